import type { AnswerKind, Phrase } from './phrases.js';
import type { Prompt } from './prompt.js';
import type { WorkingSentence } from './sentences.js';

/** A question before its choices, checks and ranking, as one question kind drafted it. */
export interface Draft {
  /** The question kind that drafted it: its name in the registry (kinds/index.ts). */
  readonly kind: string;
  /** The sentence that answers it, cited first. */
  readonly sentence: WorkingSentence;
  /**
   * Further sentences the answer rests on, cited after the first: the sentence a "he" refers back
   * to, a cause given in the next sentence, another article reporting the same.
   */
  readonly support?: readonly WorkingSentence[];
  readonly prompt: Prompt;
  /** Text for questions with a written answer; for true/false, whether the statement is true. */
  readonly answer: string | boolean;
  /** The answer's phrase in the sentence, whose kind picks distractors. */
  readonly phrase?: Phrase;
  readonly answerKind?: AnswerKind;
  /** The question word, checked against the answer's kind. */
  readonly wh?: string;
  /**
   * Choices fixed by the kind (article titles, meanings of a word, restated details), the answer
   * among them; otherwise distractors are found among the bank's phrases.
   */
  readonly choices?: readonly string[];
  /** A value another article gives for the same fact: it must be among the choices. */
  readonly rival?: string;
  readonly explanation?: string;
  /**
   * A false statement: the fact of the cited sentence it changed, and what it says instead. The
   * first stands in the sentence; the second must not.
   */
  readonly changed?: { readonly from: string; readonly to: string };
  /**
   * Other sentences of its article that its choices state whole (a main point's details): no
   * other question asks about them, since the choices would give their answers.
   */
  readonly statesAlso?: readonly WorkingSentence[];
  /** How much of the sentence was taken out to make the question: more is riskier. */
  readonly simplified: boolean;
}

/** Every sentence a draft cites, the answering one first. */
export const citedSentences = (d: Draft): readonly WorkingSentence[] => [d.sentence, ...(d.support ?? [])];
