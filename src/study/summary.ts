// What the history adds up to, folded record by record: per question (and wording) its answers
// and FSRS card, plus the sessions and days studied. Statistics and the review queue read this
// instead of the raw history, and a snapshot of it spares replaying years of answers each time.
import type { HistoryRecord } from './records.js';
import { newCard, rate, reviveCard, storeCard, type Card, type StoredCard } from './schedule.js';

export interface QuestionHistory {
  answers: number;
  /** When it was first answered: a question introduced today counts towards today's new ones. */
  firstAt: number;
  correct: number;
  lastAt: number;
  lastCorrect: boolean;
  lastSession: string;
  card: Card;
}

export interface Summary {
  answers: number;
  /** Keyed by questionKey(id, hash): an edited question starts afresh. */
  readonly questions: Map<string, QuestionHistory>;
  /** Sessions with at least one answer. */
  sessions: number;
  /**
   * The latest sessions, in the order of their first answer: enough to tell a session seen before
   * (a resumed quiz goes on under its own id) without keeping every id of years of study.
   */
  readonly recentSessions: string[];
  /** Local calendar days (YYYY-MM-DD) with at least one answer. */
  readonly days: Set<string>;
  /** Lines of the history that were not records. */
  skipped: number;
}

export const questionKey = (id: string, hash: string) => `${id}\u0000${hash}`;

/** Sessions remembered by id; more than a quiz looks back to resume (RESUME_LOOKBACK). */
const RECENT_SESSIONS_KEPT = 50;

export const emptySummary = (): Summary => ({
  answers: 0,
  questions: new Map(),
  sessions: 0,
  recentSessions: [],
  days: new Set(),
  skipped: 0,
});

/** The local calendar day of a moment: streaks follow the student's days, not UTC's. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Adds records to the summary in place: it may hold a hundred thousand answers. */
export function addRecords(summary: Summary, records: readonly HistoryRecord[]): Summary {
  for (const record of records) {
    if (record.kind !== 'answer') continue;
    const at = new Date(record.at);
    const key = questionKey(record.question, record.hash);
    const known = summary.questions.get(key);
    const card = rate(known?.card ?? newCard(at), record.correct, at);
    summary.questions.set(key, {
      answers: (known?.answers ?? 0) + 1,
      firstAt: known?.firstAt ?? at.getTime(),
      correct: (known?.correct ?? 0) + (record.correct ? 1 : 0),
      lastAt: at.getTime(),
      lastCorrect: record.correct,
      lastSession: record.session,
      card,
    });
    summary.answers++;
    if (!summary.recentSessions.includes(record.session)) {
      summary.sessions++;
      summary.recentSessions.push(record.session);
      if (summary.recentSessions.length > RECENT_SESSIONS_KEPT) summary.recentSessions.shift();
    }
    summary.days.add(dayKey(at));
  }
  return summary;
}

/** The snapshot's JSON form; `format` changes whenever the summary's shape or meaning does. */
export interface StoredSummary {
  readonly format: typeof SUMMARY_FORMAT;
  readonly answers: number;
  readonly skipped: number;
  readonly questions: readonly [string, Omit<QuestionHistory, 'card'> & { card: StoredCard }][];
  readonly sessions: number;
  readonly recentSessions: readonly string[];
  readonly days: readonly string[];
}

const SUMMARY_FORMAT = 3;

export const storeSummary = (summary: Summary): StoredSummary => ({
  format: SUMMARY_FORMAT,
  answers: summary.answers,
  skipped: summary.skipped,
  questions: [...summary.questions].map(([key, q]) => [key, { ...q, card: storeCard(q.card) }]),
  sessions: summary.sessions,
  recentSessions: summary.recentSessions,
  days: [...summary.days],
});

/** The summary a snapshot holds, or undefined when it is of another format or damaged. */
export function reviveSummary(stored: StoredSummary | undefined): Summary | undefined {
  if (stored?.format !== SUMMARY_FORMAT) return undefined;
  try {
    return {
      answers: stored.answers,
      skipped: stored.skipped,
      questions: new Map(stored.questions.map(([key, q]) => [key, { ...q, card: reviveCard(q.card) }])),
      sessions: stored.sessions,
      recentSessions: [...stored.recentSessions],
      days: new Set(stored.days),
    };
  } catch {
    return undefined;
  }
}
