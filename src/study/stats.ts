import { SKILLS, type Skill } from '../bank/schema.js';
import type { Bank } from '../bank/types.js';
import { answeringArticle } from '../bank/citation.js';
import { answeredQuestions, type AnsweredQuestion } from './bank-history.js';
import { NEW_PER_DAY, today } from './review-queue.js';
import { dayKey, type Summary } from './summary.js';

const MOST_MISSED = 5;
const WEEK_DAYS = 7;

export interface Score {
  readonly correct: number;
  readonly total: number;
  /** correct / total, 0 when nothing was answered. */
  readonly score: number;
}

export interface Stats {
  readonly bank: string;
  /** Every recorded answer, including those to questions since edited or removed. */
  readonly answers: number;
  readonly sessions: number;
  readonly streak: { readonly current: number; readonly longest: number };
  /** Over the bank's questions as they are now. */
  readonly overall: Score;
  readonly byArticle: readonly (Score & { readonly article: string; readonly title: string })[];
  readonly bySkill: readonly (Score & { readonly skill: Skill })[];
  /** Today's review as `citequiz review` would ask it, before --count: Anki's new / learning / due. */
  readonly today: {
    /** Never answered, up to the day's allowance (NEW_PER_DAY) less those first answered today. */
    readonly new: number;
    /** Due today and missed when last answered. */
    readonly learning: number;
    /** Due today and answered right last time. */
    readonly due: number;
  };
  readonly due: {
    /** Due by the end of today, overdue ones included. */
    readonly today: number;
    /** Due in the seven days after today. */
    readonly next7Days: number;
    /** Never answered yet. */
    readonly new: number;
  };
  /** Misses first counted, most first; ids to look up in the bank. */
  readonly mostMissed: readonly { readonly id: string; readonly missed: number; readonly answered: number }[];
}

const score = (correct: number, total: number): Score => ({ correct, total, score: total === 0 ? 0 : correct / total });

const sum = (answered: readonly AnsweredQuestion[]) =>
  score(
    answered.reduce((n, a) => n + a.history.correct, 0),
    answered.reduce((n, a) => n + a.history.answers, 0),
  );

export function buildStats(bank: Bank, summary: Summary, now: Date): Stats {
  const answered = answeredQuestions(bank, summary);
  const startOfToday = startOfDay(now);
  const endOfToday = addDays(startOfToday, 1);
  const queue = today(bank.questions, answered, { startOfToday, endOfToday }, NEW_PER_DAY);
  const endOfWeek = addDays(endOfToday, WEEK_DAYS);
  const dues = answered.map((a) => a.history.card.due);
  return {
    bank: bank.id,
    answers: summary.answers,
    sessions: summary.sessions,
    streak: streaks(summary.days, now),
    overall: sum(answered),
    // A question counts once, towards the article that answers it, as in the quiz report.
    byArticle: bank.articles
      .map((article) => ({
        article: article.id,
        title: article.title,
        ...sum(answered.filter((a) => answeringArticle(a.question) === article.id)),
      }))
      .filter((a) => a.total > 0),
    bySkill: SKILLS.map((skill) => ({ skill, ...sum(answered.filter((a) => a.question.skill === skill)) })).filter(
      (s) => s.total > 0,
    ),
    today: { new: queue.new.length, learning: queue.learning.length, due: queue.due.length },
    due: {
      today: dues.filter((due) => due < endOfToday).length,
      next7Days: dues.filter((due) => due >= endOfToday && due < endOfWeek).length,
      new: bank.questions.length - answered.length,
    },
    mostMissed: answered
      .map((a) => ({
        id: a.question.id,
        missed: a.history.answers - a.history.correct,
        answered: a.history.answers,
        lastAt: a.history.lastAt,
      }))
      .filter((q) => q.missed > 0)
      .sort((a, b) => b.missed - a.missed || b.lastAt - a.lastAt)
      .slice(0, MOST_MISSED)
      .map(({ id, missed, answered: total }) => ({ id, missed, answered: total })),
  };
}

export const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());
export const addDays = (date: Date, days: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/**
 * Days in a row with at least one answer. The current streak still stands on a day not yet
 * studied if yesterday was: it ends only when a whole day goes by.
 */
function streaks(days: ReadonlySet<string>, now: Date): Stats['streak'] {
  const today = startOfDay(now);
  let current = 0;
  for (let day = days.has(dayKey(today)) ? today : addDays(today, -1); days.has(dayKey(day)); day = addDays(day, -1))
    current++;
  let longest = 0;
  for (const key of days) {
    const [y, m, d] = key.split('-').map(Number) as [number, number, number];
    const day = new Date(y, m - 1, d);
    if (days.has(dayKey(addDays(day, -1)))) continue; // not the first day of a run
    let run = 1;
    while (days.has(dayKey(addDays(day, run)))) run++;
    longest = Math.max(longest, run);
  }
  return { current, longest };
}
