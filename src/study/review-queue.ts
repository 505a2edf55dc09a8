import type { Question } from '../bank/types.js';
import type { AnsweredQuestion } from './bank-history.js';
import type { Summary } from './summary.js';

/** How far back `review --missed` looks. */
export const RECENT_SESSIONS = 5;
/** New questions a day, as Anki's default of a few a day keeps reviews from piling up. */
export const NEW_PER_DAY = 10;

/** Today's queue, in the three parts Anki shows: misses to learn again, reviews due, and new questions. */
export interface Today {
  /** Due by the end of today and missed when last answered: asked first. */
  readonly learning: readonly Question[];
  /** Due by the end of today and answered right last time. */
  readonly due: readonly Question[];
  /** Never answered, in the bank's order, as many as today's allowance leaves. */
  readonly new: readonly Question[];
}

/**
 * What is waiting today among `questions` (those the session may ask, each with its history in
 * `answered` if it has one): what FSRS says is due by `endOfToday`, misses first then the longest
 * overdue, and new questions up to `newPerDay` less those first answered since `startOfToday`.
 */
export function today(
  questions: readonly Question[],
  answered: readonly AnsweredQuestion[],
  window: { readonly startOfToday: Date; readonly endOfToday: Date },
  newPerDay: number,
): Today {
  const seen = new Set(answered.map((a) => a.question));
  const due = answered
    .filter((a) => a.history.card.due <= window.endOfToday)
    .sort((a, b) => a.history.card.due.getTime() - b.history.card.due.getTime());
  const introduced = answered.filter((a) => a.history.firstAt >= window.startOfToday.getTime()).length;
  return {
    learning: due.filter((a) => !a.history.lastCorrect).map((a) => a.question),
    due: due.filter((a) => a.history.lastCorrect).map((a) => a.question),
    new: questions.filter((q) => !seen.has(q)).slice(0, Math.max(0, newPerDay - introduced)),
  };
}

/** Today's queue in the order a review asks it. */
export const reviewOrder = (queue: Today): Question[] => [...queue.learning, ...queue.due, ...queue.new];

/** `review --missed`: questions missed in the last sessions and not answered right since, due or not, latest first. */
export function recentMisses(answered: readonly AnsweredQuestion[], summary: Summary): Question[] {
  const recent = new Set(summary.recentSessions.slice(-RECENT_SESSIONS));
  return answered
    .filter((a) => !a.history.lastCorrect && recent.has(a.history.lastSession))
    .sort((a, b) => b.history.lastAt - a.history.lastAt)
    .map((a) => a.question);
}

/** When the next question falls due after `after`, for "nothing is due" messages. */
export function nextDue(answered: readonly AnsweredQuestion[], after: Date): Date | undefined {
  const later = answered.map((a) => a.history.card.due).filter((due) => due > after);
  return later.length === 0 ? undefined : new Date(Math.min(...later.map((d) => d.getTime())));
}
