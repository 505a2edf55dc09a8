import { randomUUID } from 'node:crypto';
import { CitequizError } from '../errors.js';
import { count } from '../text/count.js';
import type { Outcome, QuizItem } from '../quiz/index.js';
import {
  questionHash,
  dataDir,
  HISTORY_VERSION,
  type SessionItem,
  type StartRecord,
  HistoryIoError,
  openHistory,
  type HistoryStore,
} from '../study/index.js';
import { historyKey } from './bank-folder.js';
import type { Io } from './io.js';
import { say } from './output.js';

const VERBS = { read: 'read', write: 'save answers to', delete: 'delete' } as const;

/** The history of the bank in `dir`, in CITEQUIZ_HOME or the user's data folder. */
export const historyFor = (dir: string, io: Io): HistoryStore => openHistory(dataDir(io.env, io.cwd), historyKey(dir));

/** Runs a history operation, turning a failing disk into a message that says what to do. */
export function withHistory<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof HistoryIoError)) throw error;
    throw new CitequizError(
      'history',
      `cannot ${VERBS[error.operation]} the study history ${error.file}: ${error.message}. Set CITEQUIZ_HOME to a folder you can write to.`,
    );
  }
}

/** One warning, however many lines are bad; the good records are used and the file is left as it is. */
export function warnUnreadable(io: Io, store: HistoryStore, lines: number): void {
  if (lines === 0) return;
  say(
    io,
    `citequiz: warning: ${count(lines, 'line')} of ${store.file} could not be read (cut short, damaged, or from another version of citequiz) and ${lines === 1 ? 'was' : 'were'} skipped; every other record is kept and the file is left as it is.`,
  );
}

export const sessionItem = (item: QuizItem): SessionItem => ({
  question: item.question.id,
  hash: questionHash(item.question),
  choices: item.choices,
});

/** Saves a session as it goes: its start, each answer the moment it is given, and its end. */
export interface SessionLog {
  /** Passed on as a callback: it must not need `this`. */
  readonly record: (outcome: Outcome) => void;
  /** Records the end, and lets go of the quiz. */
  readonly finish: () => void;
  /** Lets go of the quiz without ending it (Ctrl+C), so that another terminal may resume it. */
  readonly close: () => void;
}

export type SessionStart = Pick<StartRecord, 'mode' | 'items'> & Partial<Pick<StartRecord, 'seed' | 'exam'>>;

/**
 * Starts a new session, or continues `resumed` (a session id) without a second start. A quiz is
 * held for as long as it runs, so that no other terminal offers to resume it meanwhile.
 */
export function sessionLog(store: HistoryStore, io: Io, start: SessionStart | { resumed: string }): SessionLog {
  const at = () => io.now().toISOString();
  const session = 'resumed' in start ? start.resumed : randomUUID();
  const hold = 'resumed' in start || start.mode === 'quiz' ? withHistory(() => store.holdSession(session)) : undefined;
  if ('resumed' in start && !hold)
    throw new CitequizError(
      'history',
      'that quiz was resumed in another terminal a moment ago; run citequiz quiz again to start a new one.',
    );
  // Written before the first question, so that a disk that refuses it stops the quiz before any answer is lost.
  if (!('resumed' in start))
    withHistory(() => store.append({ v: HISTORY_VERSION, kind: 'start', session, at: at(), ...start }));
  const close = () => hold?.release();
  return {
    record: ({ item, given, correct, overridden }) =>
      withHistory(() =>
        store.append({
          v: HISTORY_VERSION,
          kind: 'answer',
          session,
          at: at(),
          question: item.question.id,
          hash: questionHash(item.question),
          given,
          correct,
          ...(overridden ? { overridden } : {}),
        }),
      ),
    finish: () => {
      withHistory(() => store.append({ v: HISTORY_VERSION, kind: 'end', session, at: at(), reason: 'finished' }));
      close();
    },
    close,
  };
}

/** Marks an unfinished quiz as not to be offered again. */
export const abandonSession = (store: HistoryStore, io: Io, session: string): void =>
  withHistory(() =>
    store.append({ v: HISTORY_VERSION, kind: 'end', session, at: io.now().toISOString(), reason: 'abandoned' }),
  );

/**
 * After a session: updates the summary that `stats` and `review` start from. Best effort, and
 * after the report: a failure here loses nothing, as the history itself holds every answer.
 */
export async function keepSummaryCurrent(store: HistoryStore): Promise<void> {
  const study = await import('../study/scheduled.js');
  try {
    study.keepSummaryCurrent(store);
  } catch (error) {
    if (!(error instanceof HistoryIoError)) throw error;
  }
}
