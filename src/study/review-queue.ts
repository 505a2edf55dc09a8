import type { Question } from '../bank/types.js';
import type { AnsweredQuestion } from './bank-history.js';
import type { Summary } from './summary.js';

/** How far back `review --missed` looks. */
export const RECENT_SESSIONS = 5;

export interface ReviewChoice {
  /** Only questions missed in the last sessions and not answered right since, whether due or not. */
  readonly missed?: boolean;
}

/**
 * What `review` asks. By default the questions due by the end of today (a miss is due the next
 * day), misses first, then the longest overdue.
 */
export function reviewQueue(
  answered: readonly AnsweredQuestion[],
  summary: Summary,
  endOfToday: Date,
  choice: ReviewChoice,
): Question[] {
  const picked = choice.missed ? recentMisses(answered, summary) : dueBy(answered, endOfToday);
  return picked.map((a) => a.question);
}

function dueBy(answered: readonly AnsweredQuestion[], end: Date): AnsweredQuestion[] {
  return answered
    .filter((a) => a.history.card.due <= end)
    .sort(
      (a, b) =>
        Number(a.history.lastCorrect) - Number(b.history.lastCorrect) ||
        a.history.card.due.getTime() - b.history.card.due.getTime(),
    );
}

function recentMisses(answered: readonly AnsweredQuestion[], summary: Summary): AnsweredQuestion[] {
  const recent = new Set(summary.recentSessions.slice(-RECENT_SESSIONS));
  return answered
    .filter((a) => !a.history.lastCorrect && recent.has(a.history.lastSession))
    .sort((a, b) => b.history.lastAt - a.history.lastAt);
}

/** When the next question falls due after `after`, for "nothing is due" messages. */
export function nextDue(answered: readonly AnsweredQuestion[], after: Date): Date | undefined {
  const later = answered.map((a) => a.history.card.due).filter((due) => due > after);
  return later.length === 0 ? undefined : new Date(Math.min(...later.map((d) => d.getTime())));
}
