import type { Bank } from '../../bank/types.js';
import { count } from '../../render/count.js';
import { sanitize } from '../../render/sanitize.js';
import { sessionItem, sessionLog, warnUnreadable, withHistory } from '../history.js';
import type { Io } from '../io.js';
import { say } from '../output.js';
import { selectFor } from '../selection.js';
import { runSession, type SessionKind, type SessionOptions } from '../session.js';
import { DEFAULT_COUNT } from './quiz.js';

export interface ReviewOptions extends SessionOptions {
  readonly missed?: boolean;
}

/** Asks what is due (or, with --missed, what was missed lately) and records it like any quiz. */
const REVIEW: SessionKind<ReviewOptions> = {
  name: 'review',
  async plan(options, { bank, store, scripted, io }) {
    const study = await import('../../study/scheduled.js');
    const endOfToday = study.addDays(study.startOfDay(io.now()), 1);
    const { summary, unreadable } = withHistory(() => study.loadSummary(store));
    warnUnreadable(io, store, unreadable);
    // Each question's history, found once: hashing every question of the bank is the cost here.
    const answered = study.answeredQuestions(bank, summary);
    const missed = options.missed === true;
    const items = selectFor(
      bank,
      options,
      {
        // Choices are shuffled in a terminal; a script's letters follow the bank's order.
        ...(scripted ? {} : { seed: io.newSeed() }),
        defaultCount: DEFAULT_COUNT,
        order: (matching) => {
          const picked = new Set(matching);
          const queue = answered.filter((a) => picked.has(a.question));
          return study.reviewQueue(queue, summary, endOfToday, { missed });
        },
      },
      io,
    );
    if (items.length === 0) {
      const next = study.nextDue(answered, endOfToday);
      say(io, nothingToReview(bank, answered.length > 0, missed, next, study.RECENT_SESSIONS));
      return undefined;
    }
    const exam = options.exam === true;
    const what = missed ? 'missed lately, latest first' : 'due for review, misses first';
    return {
      items,
      done: [],
      log: sessionLog(store, io, { mode: 'review', items: items.map(sessionItem), exam }),
      exam,
      about: `${count(items.length, 'question')} ${what}`,
    };
  },
  stopped: (answered, total) =>
    `Review stopped after ${answered} of ${total} questions. Your answers are saved and count towards the schedule.`,
};

export const reviewCommand = (options: ReviewOptions, io: Io): Promise<number> => runSession(REVIEW, options, io);

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
