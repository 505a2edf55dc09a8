import type { Bank } from '../../bank/types.js';
import { CitequizError } from '../../errors.js';
import { buildReport } from '../../quiz/report.js';
import { itemsInOrder } from '../../quiz/select.js';
import type { Outcome } from '../../quiz/session.js';
import { count } from '../../render/count.js';
import { sanitize } from '../../render/sanitize.js';
import { wrapIndented } from '../../render/wrap.js';
import { askItems } from '../ask-items.js';
import { readBankFolder, requireBank } from '../bank-folder.js';
import { gradeFile, readAnswers } from '../grade-file.js';
import { historyFor, keepSummaryCurrent, sessionItem, sessionLog, warnUnreadable, withHistory } from '../history.js';
import type { Io } from '../io.js';
import { styleFor } from '../output.js';
import { printReport } from '../report-output.js';
import { DEFAULT_COUNT } from './quiz.js';

export interface ReviewOptions {
  readonly bank?: string;
  readonly missed?: boolean;
  readonly count?: number;
  readonly exam?: boolean;
  readonly answers?: string;
  readonly json?: boolean;
}

/** Asks what is due (or, with --missed, what was missed lately) and records it like any quiz. */
export async function reviewCommand(options: ReviewOptions, io: Io): Promise<number> {
  if (options.answers === undefined && !io.stdinIsTTY) {
    throw new CitequizError(
      'no-tty',
      'the review asks its questions in a terminal, and standard input is not one. To grade answers without a terminal, pass them in a file: citequiz review --answers FILE [--json]',
    );
  }
  const folder = await readBankFolder(options.bank, io.cwd);
  const bank = requireBank(folder);
  const answers = options.answers === undefined ? undefined : readAnswers(options.answers, io);
  const store = historyFor(folder.dir, io);
  const study = await import('../../study/scheduled.js');
  const now = io.now();
  const endOfToday = study.addDays(study.startOfDay(now), 1);
  const { summary, unreadable } = withHistory(() => study.loadSummary(store));
  warnUnreadable(io, store, unreadable);
  // Each question's history, found once: hashing every question of the bank is the cost here.
  const answered = study.answeredQuestions(bank, summary);
  const questions = study.reviewQueue(answered, summary, endOfToday, {
    missed: options.missed === true,
    count: options.count ?? DEFAULT_COUNT,
  });
  if (questions.length === 0) {
    const next = study.nextDue(answered, endOfToday);
    io.stderr.write(
      `${nothingToReview(bank, answered.length > 0, options.missed === true, next, study.RECENT_SESSIONS)}\n`,
    );
    if (options.json) printReport(buildReport(bank, []), true, io);
    return 0;
  }
  // Choices are shuffled in a terminal; a script's letters follow the bank's order.
  const items = itemsInOrder(questions, answers === undefined ? io.newSeed() : undefined);
  const log = sessionLog(store, io, { mode: 'review', items: items.map(sessionItem), exam: options.exam === true });
  let outcomes: Outcome[];
  if (answers !== undefined) {
    outcomes = gradeFile(bank, items, { answers, answered: log.record, session: 'this review' }, io);
  } else {
    const { style, width } = styleFor(io.stderr, io);
    const what = options.missed ? 'missed lately, latest first' : 'due for review, misses first';
    const about = `${count(items.length, 'question')} ${what} · Ctrl+C stops; answers are saved`;
    io.stderr.write(`${style.bold(sanitize(bank.title))}\n${style.dim(wrapIndented(about, width, ''))}\n\n`);
    outcomes = await askItems(
      bank,
      items,
      {
        exam: options.exam === true,
        before: 0,
        total: items.length,
        answered: log.record,
        stopped: (answered) =>
          `Review stopped after ${answered} of ${items.length} questions. Your answers are saved and count towards the schedule.`,
      },
      io,
    );
  }
  log.finish();
  printReport(buildReport(bank, outcomes), options.json, io);
  await keepSummaryCurrent(store);
  return 0;
}

function nothingToReview(
  bank: Bank,
  anyAnswered: boolean,
  missed: boolean,
  next: Date | undefined,
  recent: number,
): string {
  if (!anyAnswered)
    return `Nothing to review yet: no answers to the questions of bank "${sanitize(bank.id)}" are recorded. Take a quiz first: citequiz quiz`;
  if (missed)
    return `No question you missed in your last ${recent} sessions is waiting: each has been answered right since, or there were no misses.`;
  const when = next ? ` The next question falls due ${next.toLocaleString('en-GB', { dateStyle: 'full' })}.` : '';
  return `Nothing is due for review today.${when} To go over your latest misses now: citequiz review --missed`;
}
