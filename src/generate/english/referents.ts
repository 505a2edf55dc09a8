// Nouns a news report uses to refer back to an organisation it has just named: "Barton & Reeve
// ... The retailer said". "the firm" alone asks a quiz reader to guess which.

export const ORGANISATION_REFERENTS = new Set(
  `firm company group retailer chain airline carrier bank lender insurer reinsurer club museum
  university college council agency union manufacturer maker carmaker housebuilder operator
  broadcaster network business giant exchange utility charity school hospital studio label
  publisher team`.split(/\s+/),
);

/**
 * Words for what a person does, written before their name ("writer Dudley Nichols", "tycoon
 * Steve Morgan"): capitalised only at the start of a sentence, unlike titles ("President Bush").
 */
export const OCCUPATIONS = new Set(
  `writer actor actress singer songwriter comedian novelist presenter model tycoon designer composer
  poet artist photographer businessman businesswoman entrepreneur campaigner activist striker
  midfielder goalkeeper defender winger batsman bowler jockey boxer golfer sprinter athlete
  rapper guitarist bassist drummer drummer dancer film-maker filmmaker screenwriter playwright
  journalist broadcaster economist analyst investor banker lawyer`.split(/\s+/),
);
