// Words with a clear opposite, in all their forms, for false statements the article rules out:
// "shares rose 8%" is false as "shares fell 8%", where "shares rose 9%" was only a nudge. Not
// "denied" and "confirmed" or "admitted": "the party chief confirmed hiding the prime minister" is
// false without reading, since nobody confirms what they are accused of.

/** A verb's forms: base, past, past participle, third person, -ing. */
type Forms = readonly [string, string, string, string, string];

const VERB_PAIRS: readonly (readonly [Forms, Forms])[] = [
  [
    ['rise', 'rose', 'risen', 'rises', 'rising'],
    ['fall', 'fell', 'fallen', 'falls', 'falling'],
  ],
  [
    ['increase', 'increased', 'increased', 'increases', 'increasing'],
    ['decrease', 'decreased', 'decreased', 'decreases', 'decreasing'],
  ],
  [
    ['gain', 'gained', 'gained', 'gains', 'gaining'],
    ['lose', 'lost', 'lost', 'loses', 'losing'],
  ],
  [
    ['win', 'won', 'won', 'wins', 'winning'],
    ['lose', 'lost', 'lost', 'loses', 'losing'],
  ],
  // "rejects a suggestion" is false as "accepts" it; "approves a suggestion" is no English.
  [
    ['accept', 'accepted', 'accepted', 'accepts', 'accepting'],
    ['reject', 'rejected', 'rejected', 'rejects', 'rejecting'],
  ],
  [
    ['approve', 'approved', 'approved', 'approves', 'approving'],
    ['reject', 'rejected', 'rejected', 'rejects', 'rejecting'],
  ],
  [
    ['grow', 'grew', 'grown', 'grows', 'growing'],
    ['shrink', 'shrank', 'shrunk', 'shrinks', 'shrinking'],
  ],
  [
    ['climb', 'climbed', 'climbed', 'climbs', 'climbing'],
    ['fall', 'fell', 'fallen', 'falls', 'falling'],
  ],
  [
    ['surge', 'surged', 'surged', 'surges', 'surging'],
    ['plunge', 'plunged', 'plunged', 'plunges', 'plunging'],
  ],
  [
    ['strengthen', 'strengthened', 'strengthened', 'strengthens', 'strengthening'],
    ['weaken', 'weakened', 'weakened', 'weakens', 'weakening'],
  ],
  [
    ['support', 'supported', 'supported', 'supports', 'supporting'],
    ['oppose', 'opposed', 'opposed', 'opposes', 'opposing'],
  ],
  [
    ['welcome', 'welcomed', 'welcomed', 'welcomes', 'welcoming'],
    ['criticise', 'criticised', 'criticised', 'criticises', 'criticising'],
  ],
  [
    ['hire', 'hired', 'hired', 'hires', 'hiring'],
    ['fire', 'fired', 'fired', 'fires', 'firing'],
  ],
];

/** Words (not verbs) with a clear opposite, both ways. */
const WORD_PAIRS: readonly (readonly [string, string])[] = [
  ['higher', 'lower'],
  ['highest', 'lowest'],
  ['above', 'below'],
  ['better', 'worse'],
  ['best', 'worst'],
  ['larger', 'smaller'],
  ['largest', 'smallest'],
  ['bigger', 'smaller'],
  ['biggest', 'smallest'],
  ['stronger', 'weaker'],
  ['strongest', 'weakest'],
  ['positive', 'negative'],
  ['profit', 'loss'],
  ['profits', 'losses'],
  ['surplus', 'deficit'],
  ['more', 'fewer'],
];

const OPPOSITE = new Map<string, string>();
/** The verbs' forms: reversed only where the word is a verb ("pledged their support" is no "oppose"). */
const VERB_FORMS = new Set(VERB_PAIRS.flat(2));
/** Verb forms that are nouns with the same opposite: "a rise of 5%" is false as "a fall of 5%". */
const NOUNS_TOO = new Set(['rise', 'rises', 'fall', 'falls', 'increase', 'increases', 'decrease', 'decreases']);
for (const [a, b] of VERB_PAIRS) {
  for (let form = 0; form < 5; form++) {
    if (!OPPOSITE.has(a[form]!)) OPPOSITE.set(a[form]!, b[form]!);
    if (!OPPOSITE.has(b[form]!)) OPPOSITE.set(b[form]!, a[form]!);
  }
}
for (const [a, b] of WORD_PAIRS) {
  OPPOSITE.set(a, b);
  OPPOSITE.set(b, a);
}
// "lost" is the opposite of "won" and of "gained", "more" of "fewer" and of "less": a word with two
// opposites is not reversed. Others take the first pair they appear in ("fell" → "rose").
const AMBIGUOUS = new Set(['lose', 'lost', 'loses', 'losing', 'more', 'fewer']);

/**
 * The word of opposite meaning in the same form ("rose" → "fell"), or undefined. `pos` is the
 * word's tag where it is known: a verb's form used as another part of speech keeps its meaning.
 */
export function oppositeOf(word: string, pos?: string): string | undefined {
  const lower = word.toLowerCase();
  if (AMBIGUOUS.has(lower)) return undefined;
  if (pos !== undefined && pos !== 'VERB' && VERB_FORMS.has(lower) && !(pos === 'NOUN' && NOUNS_TOO.has(lower)))
    return undefined;
  const opposite = OPPOSITE.get(lower);
  if (!opposite) return undefined;
  return word.charAt(0) === word.charAt(0).toUpperCase()
    ? opposite.charAt(0).toUpperCase() + opposite.slice(1)
    : opposite;
}
