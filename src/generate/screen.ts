import type { WorkingSentence } from './sentences.js';
import { UNRESOLVED_PRONOUNS } from './words.js';

const words = (s: WorkingSentence) => s.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM').length;
const PERSONAL = /^(i|we|us|our|my|me|you|your)$/i;

/**
 * Sentences no question should be made from, and why (reported by `generate --report`). Captions,
 * bylines and other non-citable lines never get this far: only citable paragraphs are analysed.
 */
export const SENTENCE_REJECTIONS = [
  { reason: 'quoted speech', test: (s: WorkingSentence) => /["“”]|(^|\s)‘/.test(s.quote) },
  { reason: 'opens with a pronoun', test: (s: WorkingSentence) => UNRESOLVED_PRONOUNS.has(s.tokens[0]?.text.toLowerCase() ?? '') },
  { reason: 'first or second person', test: (s: WorkingSentence) => s.tokens.some((t) => PERSONAL.test(t.text) && t.pos === 'PRON') },
  { reason: 'not a statement', test: (s: WorkingSentence) => !/\.$/.test(s.quote) || s.tokens.at(-2)?.text === '.' },
  { reason: 'too short', test: (s: WorkingSentence) => words(s) < 6 },
  { reason: 'too long', test: (s: WorkingSentence) => words(s) > 45 },
  { reason: 'no verb', test: (s: WorkingSentence) => !s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX') },
] as const;

/** Why a sentence is passed over, or undefined when questions may be made from it. */
export function screenSentence(s: WorkingSentence): string | undefined {
  return SENTENCE_REJECTIONS.find((rule) => rule.test(s))?.reason;
}
