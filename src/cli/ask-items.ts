import { CHOICE_LETTERS, QUESTION_TYPE_RULES } from '../bank/question-types.js';
import type { Bank } from '../bank/types.js';
import { CitequizError, isCitequizError } from '../errors.js';
import { reportQuestion } from '../quiz/report.js';
import type { QuizItem } from '../quiz/select.js';
import { answerItem, type Outcome } from '../quiz/session.js';
import { renderFeedback } from '../render/feedback.js';
import { sanitize } from '../render/sanitize.js';
import type { Io, Prompts } from './io.js';
import { styleFor } from './output.js';

export interface Asking {
  readonly exam?: boolean;
  /** Questions already answered before these (a resumed quiz), for the "4/10" numbering. */
  readonly before: number;
  readonly total: number;
  /** Called with each answer once it is settled: the history saves it there and then. */
  readonly answered: (outcome: Outcome) => void;
  /** The line a stop leaves, given how many of `total` are answered. */
  readonly stopped: (answered: number) => string;
  /** After a typed answer is turned down, the student may say they were right and have it counted. */
  readonly override?: boolean;
}

/** Asks each item in the terminal, with feedback after each answer unless in exam mode. */
export async function askItems(bank: Bank, items: readonly QuizItem[], asking: Asking, io: Io): Promise<Outcome[]> {
  const { style, width } = styleFor(io.stderr, io);
  const prompts = await io.prompts();
  const outcomes: Outcome[] = [];
  const stop = (error: unknown, answered: number) =>
    isCitequizError(error) && error.code === 'interrupted'
      ? new CitequizError('interrupted', asking.stopped(asking.before + answered))
      : error;
  for (const item of items) {
    const number = asking.before + outcomes.length + 1;
    const message = `${number}/${asking.total}  ${sanitize(item.question.prompt)}`;
    let outcome: Outcome;
    try {
      outcome = answerItem(bank, item, await ask(prompts, message, item));
    } catch (error) {
      throw stop(error, outcomes.length);
    }
    if (!asking.exam) io.stderr.write(`${renderFeedback(reportQuestion(bank, outcome), style, width)}\n`);
    const typed = QUESTION_TYPE_RULES[item.question.type].asked === 'type';
    if (asking.override && !asking.exam && typed && !outcome.correct && outcome.given !== null) {
      // Saved only once settled, so that an answer counted right is one record, not two; a stop
      // at this question keeps the answer as graded.
      try {
        if (await wasRight(prompts)) {
          outcome = { ...outcome, correct: true, overridden: true };
          io.stderr.write(`  ${style.good('✓ Counted as right,')} at your word; the report says so.\n\n`);
        }
      } catch (error) {
        asking.answered(outcome);
        throw stop(error, outcomes.length + 1);
      }
    }
    asking.answered(outcome);
    outcomes.push(outcome);
  }
  io.stderr.write('\n');
  return outcomes;
}

/** The override: "No, go on" first, so Enter keeps the grade. */
const wasRight = async (prompts: Prompts): Promise<boolean> =>
  (await prompts.choose('Was your answer right after all?', [
    { name: 'No, go on', value: 'no', keys: ['n'] },
    { name: 'Yes, I was right: count it', value: 'yes', keys: ['y', 'r'] },
  ])) === 'yes';

function ask(prompts: Prompts, message: string, item: QuizItem): Promise<string> {
  if (QUESTION_TYPE_RULES[item.question.type].asked === 'type') return prompts.text(message);
  const trueFalse = QUESTION_TYPE_RULES[item.question.type].answer === 'boolean';
  return prompts.choose(
    message,
    item.choices.map((choice, i) => {
      const letter = CHOICE_LETTERS[i]!;
      // True and False are picked by T and F as well as by their letters.
      const keys = trueFalse ? [letter.toLowerCase(), choice[0]!.toLowerCase()] : [letter.toLowerCase()];
      return { name: `${letter}. ${sanitize(choice)}`, value: choice, keys };
    }),
  );
}
