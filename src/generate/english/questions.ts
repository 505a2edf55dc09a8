// English question words and the grammar around them, as tables.
import type { Token } from '../nlp.js';
import type { AnswerKind, Phrase } from '../phrases.js';

/**
 * Question words by answer kind: which word asks for the subject, and which asks for a phrase
 * after the verb, introduced by which prepositions.
 */
export const WH_WORDS: Readonly<
  Record<AnswerKind, { subject?: string; object?: string; adjunct?: { word: string; after: readonly string[] } }>
> = {
  person: { subject: 'Who' },
  organisation: { subject: 'Who' },
  count: { subject: 'How many', object: 'How many' },
  money: { object: 'How much' },
  date: { adjunct: { word: 'When', after: ['on', 'in'] } },
  year: { adjunct: { word: 'In what year', after: ['in'] } },
  place: { adjunct: { word: 'Where', after: ['in', 'at'] } },
  percent: {},
};

/** The question words a kind of answer may be asked with: the check on every question. */
export const WH_FITS: Readonly<Record<string, readonly AnswerKind[]>> = {
  Who: ['person', 'organisation'],
  'How many': ['count'],
  'About how many': ['count'],
  'How much': ['money'],
  When: ['date', 'year'],
  'In what year': ['year'],
  Where: ['place'],
};

/** A negative clause: a question on what did not happen asks for little. */
export const NEGATION = /^(not|n't|n’t|never|no|nobody|none|neither|nor)$/i;

const APPROXIMATE = /^(about|around|nearly|almost|roughly|some|approximately|more than|over|at least|up to)\s+/i;

/** "About 3,000" → the answer "3,000" asked with "About how many". */
export function countAnswer(phrase: Phrase): { answer: string; wh: string } {
  const match = APPROXIMATE.exec(phrase.text);
  return match
    ? { answer: phrase.text.slice(match[0].length), wh: 'About how many' }
    : { answer: phrase.text, wh: 'How many' };
}

/** How many tokens of "about 3,000" say it is approximate: the blank is for the number. */
export function approximation(tokens: readonly Token[], phrase: Phrase): number {
  let n = 0;
  while (phrase.first + n < phrase.last && APPROXIMATE.test(`${tokens[phrase.first + n]!.text} `)) n++;
  return n;
}
