import type { Skill } from '../bank/schema.js';
import type { AnswerKind, Phrase } from './phrases.js';
import type { WorkingSentence } from './sentences.js';

/** The ways a question is made from a sentence. */
export const TRANSFORMS = {
  'wh-subject': { skill: 'detail', weight: 0.95, label: 'wh-question, subject replaced' },
  'wh-inverted': { skill: 'detail', weight: 0.9, label: 'wh-question, do-support or inversion' },
  cloze: { skill: 'detail', weight: 0.7, label: 'fill in the blank' },
  'true-statement': { skill: 'detail', weight: 0.6, label: 'true/false, as stated' },
  'false-twin': { skill: 'detail', weight: 0.75, label: 'true/false, one fact swapped' },
  'which-article': { skill: 'cross-article', weight: 0.8, label: 'which article reports' },
  'whose-account': { skill: 'cross-article', weight: 1, label: 'whose account (articles disagree)' },
} as const satisfies Record<string, { skill: Skill; weight: number; label: string }>;
export type Transform = keyof typeof TRANSFORMS;

/** A question before distractors, checks and ranking. */
export interface Draft {
  readonly transform: Transform;
  readonly sentence: WorkingSentence;
  prompt: string;
  /** Text for questions with a written answer; for true/false, whether the statement is true. */
  readonly answer: string | boolean;
  /** The answer's phrase in the sentence, whose kind picks distractors. */
  readonly phrase?: Phrase;
  readonly kind?: AnswerKind;
  /** The question word, checked against the answer's kind. */
  readonly wh?: string;
  /** Text choices fixed by the transform (article titles); otherwise distractors are found. */
  readonly fixedChoices?: readonly string[];
  /** A value another article gives for the same fact: it must be among the choices. */
  readonly rival?: string;
  readonly explanation?: string;
  /** How much of the sentence was taken out to make the question: more is riskier. */
  readonly simplified: boolean;
}
