import type { Bank } from '../../src/bank/types.js';
import { questionHash } from '../../src/study/content-hash.js';
import type { AnswerRecord, HistoryRecord, StartRecord } from '../../src/study/records.js';

/** Noon on a day of January 2026, local time, so that day boundaries hold in any time zone. */
export const day = (n: number, hour = 12, minute = 0) => new Date(2026, 0, n, hour, minute);

/** An answer to a bank question as the quiz records it. */
export function answered(bank: Bank, id: string, correct: boolean, at: Date, session = 's1'): AnswerRecord {
  const question = bank.questions.find((q) => q.id === id)!;
  return {
    v: 1,
    kind: 'answer',
    session,
    at: at.toISOString(),
    question: id,
    hash: questionHash(question),
    given: correct ? 'right' : 'wrong',
    correct,
  };
}

export function started(bank: Bank, ids: readonly string[], session: string, at = day(1)): StartRecord {
  const items = ids.map((id) => {
    const question = bank.questions.find((q) => q.id === id)!;
    return { question: id, hash: questionHash(question), choices: question.choices };
  });
  return { v: 1, kind: 'start', session, at: at.toISOString(), mode: 'quiz', items };
}

export const ended = (session: string, reason: 'finished' | 'abandoned' = 'finished'): HistoryRecord => ({
  v: 1,
  kind: 'end',
  session,
  at: day(1).toISOString(),
  reason,
});
