import type { AnswerRecord, HistoryRecord, StartRecord } from './records.js';

/** A quiz that was stopped before its last question: what it asked and what was answered. */
export interface UnfinishedSession {
  readonly start: StartRecord;
  /** The latest answer to each of its questions that was answered. */
  readonly answers: ReadonlyMap<string, AnswerRecord>;
}

export const isQuizStart = (record: HistoryRecord): record is StartRecord => record.kind === 'start' && record.mode === 'quiz';

/**
 * The latest quiz, when it has neither ended nor been abandoned and has questions left. Only the
 * latest counts: offering a session from weeks ago after several finished ones would surprise.
 * `records` must reach back at least to that quiz's start (see HistoryStore.readBackTo).
 */
export function unfinishedSession(records: readonly HistoryRecord[]): UnfinishedSession | undefined {
  const startAt = records.findLastIndex(isQuizStart);
  if (startAt < 0) return undefined;
  const start = records[startAt] as StartRecord;
  const answers = new Map<string, AnswerRecord>();
  for (const record of records.slice(startAt + 1)) {
    if (record.session !== start.session) continue;
    if (record.kind === 'end') return undefined;
    if (record.kind === 'answer') answers.set(record.question, record);
  }
  const left = start.items.filter((item) => !answers.has(item.question)).length;
  return left > 0 ? { start, answers } : undefined;
}
