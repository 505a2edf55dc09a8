// Which way a figure moved, in words: the verbs and comparisons of rising and falling, each with
// its opposite in the same form ("rose" ↔ "fell", "risen" ↔ "fallen", "ahead of" ↔ "short of"), so
// that a question can restate a change and a false statement can reverse one.

export type Direction = 'up' | 'down';

export const opposite = (d: Direction): Direction => (d === 'up' ? 'down' : 'up');

/** A word of change: which way it goes, and the word of the other way in the same form. */
export interface DirectionWord {
  readonly direction: Direction;
  readonly opposite: string;
}

/**
 * Word forms that say a figure went up, each with the form that says it went down. Read both
 * ways: "fell" is down, and its opposite is "rose". Where a word has no exact opposite
 * ("soared"), the plain one stands in ("fell").
 */
const UP_DOWN: readonly (readonly [string, string])[] = [
  ['rise', 'fall'],
  ['rises', 'falls'],
  ['rose', 'fell'],
  ['risen', 'fallen'],
  ['rising', 'falling'],
  ['increase', 'decrease'],
  ['increases', 'decreases'],
  ['increased', 'decreased'],
  ['increasing', 'decreasing'],
  ['grow', 'shrink'],
  ['grows', 'shrinks'],
  ['grew', 'shrank'],
  ['grown', 'shrunk'],
  ['growing', 'shrinking'],
  ['gain', 'lose'],
  ['gains', 'loses'],
  ['gained', 'lost'],
  ['gaining', 'losing'],
  ['raise', 'cut'],
  ['raises', 'cuts'],
  ['raised', 'cut'],
  ['raising', 'cutting'],
  ['up', 'down'],
  ['higher', 'lower'],
  ['above', 'below'],
  ['ahead of', 'short of'],
  ['more', 'fewer'],
  ['better', 'worse'],
  ['faster', 'slower'],
  ['stronger', 'weaker'],
];

/** Words with a direction but no single opposite of their own: the plain word of the other way. */
const ONE_WAY: readonly (readonly [string, Direction, string])[] = [
  ['climbed', 'up', 'fell'],
  ['jumped', 'up', 'fell'],
  ['surged', 'up', 'fell'],
  ['soared', 'up', 'fell'],
  ['rallied', 'up', 'fell'],
  ['advanced', 'up', 'fell'],
  ['dropped', 'down', 'rose'],
  ['slipped', 'down', 'rose'],
  ['slid', 'down', 'rose'],
  ['tumbled', 'down', 'rose'],
  ['plunged', 'down', 'rose'],
  ['plummeted', 'down', 'rose'],
  ['slumped', 'down', 'rose'],
  ['sank', 'down', 'rose'],
  ['dipped', 'down', 'rose'],
  ['eased', 'down', 'rose'],
  ['declined', 'down', 'rose'],
  ['lowered', 'down', 'raised'],
  ['less', 'down', 'more'],
  ['short', 'down', 'ahead'],
];

export const DIRECTION_WORDS: ReadonlyMap<string, DirectionWord> = new Map([
  ...UP_DOWN.flatMap(([up, down]): [string, DirectionWord][] => [
    [up, { direction: 'up', opposite: down }],
    [down, { direction: 'down', opposite: up }],
  ]),
  ...ONE_WAY.map(([word, direction, other]): [string, DirectionWord] => [word, { direction, opposite: other }]),
]);

/** Which way a word says a figure went: "tumbled" → down. */
export const directionOf = (word: string): Direction | undefined => DIRECTION_WORDS.get(word.toLowerCase())?.direction;

/** The word saying the other way, in the same form and case: "Rose" → "Fell", "short of" → "ahead of". */
export function reverseDirection(word: string): string | undefined {
  const other = DIRECTION_WORDS.get(word.toLowerCase())?.opposite;
  if (other === undefined) return undefined;
  return /^\p{Lu}/u.test(word) ? other.charAt(0).toUpperCase() + other.slice(1) : other;
}

/**
 * Past-tense verbs of a figure moving by itself ("shares tumbled 5%"), as the lemma wink-nlp
 * gives them. "Close" and "end" move only with "up"/"down"/"higher"/"lower" after them.
 */
export const CHANGE_VERBS: ReadonlyMap<string, Direction> = new Map([
  ...['rise', 'climb', 'jump', 'surge', 'soar', 'rally', 'gain', 'grow', 'increase', 'advance'].map(
    (v): [string, Direction] => [v, 'up'],
  ),
  ...[
    'fall',
    'drop',
    'slip',
    'slide',
    'tumble',
    'plunge',
    'plummet',
    'slump',
    'sink',
    'dip',
    'decline',
    'decrease',
    'shrink',
    'ease',
    'lose',
  ].map((v): [string, Direction] => [v, 'down']),
]);

/** Verbs of a figure being moved by someone ("the forecast was cut", "raised its rate"). */
export const MOVED_VERBS: ReadonlyMap<string, Direction> = new Map([
  ['raise', 'up'],
  ['increase', 'up'],
  ['lift', 'up'],
  ['cut', 'down'],
  ['lower', 'down'],
  ['reduce', 'down'],
  ['slash', 'down'],
]);

/** "closed up", "ended lower": the adverb after a verb of ending says the direction. */
export const DIRECTION_ADVERBS: ReadonlyMap<string, Direction> = new Map([
  ['up', 'up'],
  ['higher', 'up'],
  ['down', 'down'],
  ['lower', 'down'],
]);

/**
 * A change restated in plain words, in every tense a news sentence reports one in: most figures
 * rise and fall; an economy or a market grows and shrinks.
 */
const PLAIN = {
  rise: {
    up: { past: 'rose', participle: 'risen', passive: 'raised' },
    down: { past: 'fell', participle: 'fallen', passive: 'cut' },
  },
  grow: {
    up: { past: 'grew', participle: 'grown', passive: 'raised' },
    down: { past: 'shrank', participle: 'shrunk', passive: 'cut' },
  },
} as const;

export type Tense = 'past' | 'perfect' | 'pluperfect';

/** The plain words a change is restated in, by the verb the article used: "grew" → grow/shrink. */
export const plainWordsFor = (lemma: string): keyof typeof PLAIN =>
  /^(grow|shrink|expand|contract)$/.test(lemma) ? 'grow' : 'rise';

/** How a change is told: which way, in what tense and voice, of one thing or several. */
export interface ChangeForm {
  readonly direction: Direction;
  readonly tense: Tense;
  readonly plural: boolean;
  readonly passive: boolean;
  readonly words: keyof typeof PLAIN;
}

/**
 * "It rose", "They have fallen", "It was cut": the subject's pronoun and the plain verb of a
 * change, in the tense and voice the article used.
 */
export function changeClause(form: ChangeForm): string {
  const pronoun = form.plural ? 'They' : 'It';
  const words = PLAIN[form.words][form.direction];
  const { tense, plural } = form;
  if (form.passive) {
    const be = { past: plural ? 'were' : 'was', perfect: plural ? 'have been' : 'has been', pluperfect: 'had been' };
    return `${pronoun} ${be[tense]} ${words.passive}`;
  }
  const have = { past: '', perfect: plural ? 'have ' : 'has ', pluperfect: 'had ' };
  return `${pronoun} ${have[tense]}${tense === 'past' ? words.past : words.participle}`;
}

/** "They were unchanged at 2.05 euros": no change, in the same tense. */
export function unchangedClause(form: Omit<ChangeForm, 'direction' | 'words'>): string {
  const be = {
    past: form.plural ? 'were' : 'was',
    perfect: form.plural ? 'have been' : 'has been',
    pluperfect: 'had been',
  };
  return `${form.plural ? 'They' : 'It'} ${be[form.tense]} unchanged`;
}

/** "forecast", "expected": what a figure was set against, named by the verb alone. */
const BARE_STANDARD = /^(expected|forecast|predicted|estimated)$/i;

/** How a figure stood against a standard, as a choice: "It was higher than the 0.6% forecast". */
export function againstStandard(
  how: Direction | 'level',
  words: { readonly up: string; readonly down: string },
  standard: string,
  tense: 'past' | 'present',
  plural: boolean,
): string {
  const was = `${plural ? 'They' : 'It'} ${tense === 'past' ? (plural ? 'were' : 'was') : plural ? 'are' : 'is'}`;
  if (how === 'level') return `${was} ${BARE_STANDARD.test(standard) ? 'as' : 'in line with'} ${standard}`;
  return `${was} ${words[how]} than ${standard}`;
}

/** The standard as a question names it: "the 0.6% forecast", or "what was forecast". */
export const standardAsked = (standard: string) =>
  BARE_STANDARD.test(standard) ? `what was ${standard.toLowerCase()}` : standard;
