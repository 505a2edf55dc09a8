import type { AnswerRecord, HistoryRecord, StartRecord } from './records.js';

/** How many of the latest sessions are looked at for a quiz to resume; older ones are let go. */
export const RESUME_LOOKBACK = 10;

/** A quiz that was stopped before its last question: what it asked and what was answered. */
export interface UnfinishedSession {
  readonly start: StartRecord;
  /** The latest answer to each of its questions that was answered. */
  readonly answers: ReadonlyMap<string, AnswerRecord>;
}

export const isQuizStart = (record: HistoryRecord): record is StartRecord =>
  record.kind === 'start' && record.mode === 'quiz';

/**
 * A stop condition for reading the history backwards: true once the last `RESUME_LOOKBACK`
 * sessions of any kind have started, so a quiz starting up reads only its latest sessions, never
 * years of them, however many of those were reviews.
 */
export function lookback(): (record: HistoryRecord) => boolean {
  let starts = 0;
  return (record) => record.kind === 'start' && ++starts >= RESUME_LOOKBACK;
}

/**
 * The latest quiz that has neither ended nor been set aside, was answered at least once (one
 * stopped before its first answer holds nothing to go back to) and still has questions to ask.
 * A quiz run by a script, or one running at the same time, after it does not hide it.
 */
export function unfinishedSession(records: readonly HistoryRecord[]): UnfinishedSession | undefined {
  const ended = new Set<string>();
  const answers = new Map<string, Map<string, AnswerRecord>>();
  for (const record of records) {
    if (record.kind === 'end') ended.add(record.session);
    else if (record.kind === 'answer') {
      const given = answers.get(record.session) ?? new Map<string, AnswerRecord>();
      answers.set(record.session, given.set(record.question, record));
    }
  }
  for (let i = records.length - 1; i >= 0; i--) {
    const start = records[i]!;
    if (!isQuizStart(start) || ended.has(start.session)) continue;
    const given = answers.get(start.session);
    if (given && start.items.some((item) => !given.has(item.question))) return { start, answers: given };
  }
  return undefined;
}
