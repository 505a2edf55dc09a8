import type { Given } from './grade.js';
import { gradeAnswer } from './grade.js';
import type { QuizItem } from './select.js';

/** One asked question and how it went; `given` is null when it was not answered. */
export interface Outcome {
  readonly item: QuizItem;
  readonly given: string | null;
  readonly correct: boolean;
}

/**
 * Grades an answer to an item. Letters refer to `letterOrder`: the choices as shown on screen by
 * default; answers read from a file pass the bank's own order, which is all a script can see.
 */
export function answerItem(
  item: QuizItem,
  given: Given | undefined,
  letterOrder: readonly string[] = item.choices,
): Outcome {
  if (given === undefined || (typeof given === 'string' && given.trim() === '')) {
    return { item, given: null, correct: false };
  }
  const grade = gradeAnswer(item.question, given, letterOrder);
  return { item, given: grade.given, correct: grade.correct };
}
