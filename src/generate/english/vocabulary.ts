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
 * A WordNet definition as a choice: the first of its clauses, without asides in brackets
 * ("sloping land (especially the slope beside a body of water)" → "sloping land"). Undefined when
 * even that is too long to read as a choice.
 */
export function definitionChoice(gloss: string): string | undefined {
  const text = gloss
    .replace(/\([^()]*\)/g, ' ')
    .split(/;/)[0]!
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.])/g, '$1')
    .replace(/^[\s,]+|[\s,.:]+$/g, '');
  const words = text.split(' ').length;
  return text.length > 0 && words <= MAX_CHOICE_WORDS && !/--|\betc\b/.test(text) ? text : undefined;
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

/** Particles that make a verb a phrasal verb ("walk out", "pick up"). */
export const PARTICLES = new Set(['out', 'up', 'off', 'away', 'down', 'over', 'back', 'on', 'in', 'through', 'around']);
