// The English of vocabulary questions: which WordNet parts of speech the tagger's tags are, and
// how a WordNet definition becomes a choice a student reads.
import type { LexiconPos } from '../language.js';
import type { Pos } from '../nlp.js';

/**
 * The tagger's parts of speech whose words are asked, as WordNet's. Not adverbs: their senses
 * differ by shades ("truly": "in accordance with truth", "in fact"), which makes poor choices.
 */
export const LEXICON_POS: Partial<Record<Pos, LexiconPos>> = { NOUN: 'n', VERB: 'v', ADJ: 'a' };

/** Longest definition offered as a choice, in words: a longer one reads as a riddle. */
const MAX_CHOICE_WORDS = 12;

/**
 * A WordNet definition as a choice, without asides in brackets ("sloping land (especially the
 * slope beside a body of water)" → "sloping land"): whole when short, else its first clause.
 * Undefined when even that is too long to read as a choice.
 */
export function definitionChoice(gloss: string): string | undefined {
  const tidy = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.;])/g, '$1')
      .replace(/^[\s,;]+|[\s,.:;]+$/g, '');
  const whole = tidy(gloss.replace(/\([^()]*\)/g, ' '));
  const fits = (text: string) =>
    text.length > 0 && text.split(' ').length <= MAX_CHOICE_WORDS && !/--|\betc\b/.test(text);
  if (fits(whole)) return whole;
  const first = tidy(whole.split(';')[0]!);
  return fits(first) ? first : undefined;
}

/**
 * Whether a definition leans on the word it defines ("utter words of protest" for "protest"): as
 * a choice, it points at itself or reads as no definition at all.
 */
export function definesByItself(definition: string, lemma: string, word: string): boolean {
  const stem = lemma.slice(0, Math.max(4, lemma.length - 3)).toLowerCase();
  return definition
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => w.startsWith(stem) || w === word.toLowerCase());
}

/** Words of a definition that carry its meaning: "against" in "be against", not "be". */
const meaningWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 3 && !DEFINITION_WORDS.has(w));

/** Words many definitions use whatever they define. */
const DEFINITION_WORDS = new Set([
  'something',
  'someone',
  'somebody',
  'that',
  'with',
  'from',
  'into',
  'which',
  'being',
  'having',
  'used',
  'especially',
  'other',
  'more',
  'make',
  'made',
  'cause',
  'give',
  'take',
  'have',
]);

/** The share of the words that carry meaning in the shorter of two definitions that the other also has. */
export function sharedWords(a: string, b: string): number {
  const [x, y] = [new Set(meaningWords(a)), new Set(meaningWords(b))];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared === 0 ? 0 : shared / Math.min(x.size, y.size);
}

/** Particles that make a verb a phrasal verb ("walk out", "pick up"). */
export const PARTICLES = new Set(['out', 'up', 'off', 'away', 'down', 'over', 'back', 'on', 'in', 'through', 'around']);
