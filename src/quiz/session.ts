import type { Bank } from '../bank/types.js';
import { bankWords } from './bank-words.js';
import type { Given } from './grade.js';
import { gradeAnswer } from './grade.js';
import type { QuizItem } from './select.js';

/** One asked question and how it went; `given` is null when it was not answered. */
export interface Outcome {
  readonly item: QuizItem;
  readonly given: string | null;
  readonly correct: boolean;
  /** A typed answer accepted despite a slip: the spelling it was taken for. */
  readonly spelling?: string;
  /** A typed answer the grader turned down and the student counted right ("I was right"). */
  readonly overridden?: true;
}

/**
 * Grades an answer to an item of `bank`. Letters refer to `letterOrder`: the choices as shown on
 * screen by default; answers read from a file pass the bank's own order, which is all a script can see.
 */
export function answerItem(
  bank: Bank,
  item: QuizItem,
  given: Given | undefined,
  letterOrder: readonly string[] = item.choices,
): Outcome {
  if (given === undefined || (typeof given === 'string' && given.trim() === '')) {
    return { item, given: null, correct: false };
  }
  const grade = gradeAnswer(item.question, given, { choiceOrder: letterOrder, words: () => bankWords(bank) });
  return { item, ...grade };
}
