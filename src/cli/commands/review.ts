import type { Question } from '../../bank/index.js';
import { count } from '../../text/count.js';
import { sessionItem, sessionLog, warnUnreadable, withHistory } from '../history.js';
import type { Io } from '../io.js';
import { say } from '../output.js';
import { selectFor } from '../selection.js';
import { runSession, type SessionKind } from '../session.js';
import { DEFAULT_COUNT } from './quiz.command.js';
import type { ReviewOptions } from './review.command.js';

/**
 * Asks what FSRS says is due today, misses first, then new questions up to the day's allowance
 * (or, with --missed, what was missed lately), and records it like any quiz.
 */
const REVIEW: SessionKind<ReviewOptions> = {
  name: 'review',
  async plan(options, { bank, store, scripted, io }) {
    const study = await import('../../study/scheduled.js');
    const startOfToday = study.startOfDay(io.now());
    const window = { startOfToday, endOfToday: study.addDays(startOfToday, 1) };
    const { summary, unreadable } = withHistory(() => study.loadSummary(store));
    warnUnreadable(io, store, unreadable);
    // Each question's history, found once: hashing every question of the bank is the cost here.
    const answered = study.answeredQuestions(bank, summary);
    const newPerDay = options.new ?? study.NEW_PER_DAY;
    // What the order found, kept for the header and for saying why nothing is asked.
    let parts: ReturnType<typeof study.today> | undefined;
    let unseen = 0;
    const items = selectFor(
      bank,
      options,
      {
        // Choices are shuffled in a terminal; a script's letters follow the bank's order.
        ...(scripted ? {} : { seed: io.newSeed() }),
        defaultCount: DEFAULT_COUNT,
        order: (matching) => {
          const picked = new Set(matching);
          const mine = answered.filter((a) => picked.has(a.question));
          if (options.missed) return study.recentMisses(mine, summary);
          parts = study.today(matching, mine, window, newPerDay);
          unseen = matching.length - mine.length;
          return study.reviewOrder(parts);
        },
      },
      io,
    );
    if (items.length === 0) {
      const next = study.nextDue(answered, window.endOfToday);
      say(io, options.missed ? noRecentMisses(study.RECENT_SESSIONS) : nothingDue(next, unseen, newPerDay));
      return undefined;
    }
    const exam = options.exam === true;
    const asked = items.map((item) => item.question);
    return {
      items,
      done: [],
      log: sessionLog(store, io, { mode: 'review', items: items.map(sessionItem), exam }),
      exam,
      about: parts ? describeToday(asked, parts) : `${count(items.length, 'question')} missed lately, latest first`,
    };
  },
  stopped: (answered, total) =>
    `Review stopped after ${answered} of ${total} questions. Your answers are saved and count towards the schedule.`,
};

export const reviewCommand = (options: ReviewOptions, io: Io): Promise<number> => runSession(REVIEW, options, io);

/** "10 questions: 2 missed before, 1 due, 7 new". */
function describeToday(
  asked: readonly Question[],
  parts: { [part in 'learning' | 'due' | 'new']: readonly Question[] },
) {
  const of = (part: readonly Question[]) => asked.filter((q) => part.includes(q)).length;
  const shares = [
    [of(parts.learning), 'missed before'],
    [of(parts.due), 'due'],
    [of(parts.new), 'new'],
  ] as const;
  const described = shares.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return `${count(asked.length, 'question')}: ${described.join(', ')}`;
}

const noRecentMisses = (recent: number) =>
  `No question you missed in your last ${recent} sessions is waiting: each has been answered right since, or there were no misses.`;

function nothingDue(next: Date | undefined, unseen: number, newPerDay: number): string {
  const when = next ? ` The next question falls due ${next.toLocaleString('en-GB', { dateStyle: 'full' })}.` : '';
  const fresh =
    unseen === 0
      ? ' Every question has been answered at least once.'
      : newPerDay === 0
        ? ` ${count(unseen, 'question')} not yet answered ${unseen === 1 ? 'waits' : 'wait'} for --new N.`
        : ` Today's ${count(newPerDay, 'new question')} ${newPerDay === 1 ? 'has' : 'have'} been introduced; ${unseen} more wait for tomorrow, or for --new N today.`;
  return `Nothing is due for review today.${when}${fresh} To go over your latest misses now: citequiz review --missed`;
}
