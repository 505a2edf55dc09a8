import type { Bank } from '../bank/types.js';
import type { Given } from '../quiz/grade.js';
import type { QuizItem } from '../quiz/select.js';
import { answerItem, type Outcome } from '../quiz/session.js';
import { sanitize } from '../render/sanitize.js';
import { parseAnswers, readAnswersFile } from './answers-file.js';
import type { Io } from './io.js';
import { say } from './output.js';

/**
 * The answers of an --answers file (- for standard input), read before a session starts so that a
 * file that cannot be read leaves no session behind.
 */
export const readAnswers = (file: string, io: Io): Map<string, Given> =>
  file === '-' ? parseAnswers(io.readStdin(), 'standard input') : readAnswersFile(file, io.cwd);

export interface Grading {
  readonly answers: ReadonlyMap<string, Given>;
  readonly answered: (outcome: Outcome) => void;
  /** Names the session ("this review") in the warning about answers to questions it does not ask. */
  readonly session: string;
}

/**
 * Grades every item from the answers of an --answers file; those the file leaves out count as
 * missed in the report, but only answers the file gives reach `answered` (the history): leaving a
 * question out of a script is not an attempt at it.
 */
export function gradeFile(bank: Bank, items: readonly QuizItem[], grading: Grading, io: Io): Outcome[] {
  const { answers, answered, session } = grading;
  const ids = new Set(bank.questions.map((q) => q.id));
  const unknown = [...answers.keys()].filter((id) => !ids.has(id));
  if (unknown.length > 0) say(io, `citequiz: ignoring answers to questions not in the bank: ${listed(unknown)}`);
  const asked = new Set(items.map((item) => item.question.id));
  const outside = [...answers.keys()].filter((id) => ids.has(id) && !asked.has(id));
  if (outside.length > 0)
    say(io, `citequiz: ignoring answers to questions ${session} does not ask: ${listed(outside)}`);
  return items.map((item) => {
    const given = answers.get(item.question.id);
    // Letters in a file refer to the bank's order of choices: that is the order a script can see.
    const outcome = answerItem(bank, item, given, item.question.choices);
    if (given !== undefined) answered(outcome);
    return outcome;
  });
}

/** Ids for a message: a file answering thousands of questions gets one line, not thousands of ids. */
const LISTED = 5;
const listed = (ids: readonly string[]): string =>
  ids.slice(0, LISTED).map(sanitize).join(', ') + (ids.length > LISTED ? ` and ${ids.length - LISTED} more` : '');
