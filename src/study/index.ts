// What src/study offers a quiz: where the history lives, its records and the store that reads and
// writes them, and finding a quiz to resume. The FSRS scheduler and what needs it (the review
// queue, statistics, the summary) are in scheduled.ts, which `review` and `stats` import on demand;
// only their types are named here, so that importing this never loads ts-fsrs.
export { dataDir } from './home.js';
export { questionHash } from './content-hash.js';
export {
  HISTORY_VERSION,
  encodeRecord,
  parseRecord,
  type AnswerRecord,
  type EndRecord,
  type HistoryRecord,
  type SessionItem,
  type SessionMode,
  type StartRecord,
} from './records.js';
export { HistoryIoError, openHistory, type HistoryReading, type HistoryStore, type Snapshot } from './store.js';
export { RESUME_LOOKBACK, isQuizStart, lookback, unfinishedSession, type UnfinishedSession } from './resume.js';
export { NEW_PER_DAY, RECENT_SESSIONS } from './review-queue.js';
export type { Today } from './review-queue.js';
export type { Score, Stats } from './stats.js';
export type { QuestionHistory, Summary } from './summary.js';
export type { AnsweredQuestion } from './bank-history.js';
