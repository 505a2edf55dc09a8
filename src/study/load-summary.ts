import { addRecords, emptySummary, reviveSummary, storeSummary, type StoredSummary, type Summary } from './summary.js';
import type { HistoryStore } from './store.js';

/** New records past which `stats` and `review` save the summary again: replaying fewer takes milliseconds. */
const SNAPSHOT_AFTER_RECORDS = 1000;
/**
 * A history without a summary larger than this is left for `stats` to summarise: replaying it
 * would hold up the end of a quiz for seconds. Below it (some 20,000 answers) it takes moments.
 */
const SUMMARISE_AT_SESSION_END_BYTES = 4 * 1024 * 1024;

export interface LoadedSummary {
  readonly summary: Summary;
  /** Lines of the history that could not be read, for one warning. */
  readonly unreadable: number;
}

/** The summary of a whole history: from its snapshot plus the records written since. */
export function loadSummary(
  store: HistoryStore,
  saveAfter = SNAPSHOT_AFTER_RECORDS,
  snapshot = store.loadSnapshot<StoredSummary>(),
): LoadedSummary {
  const cached = reviveSummary(snapshot?.data);
  const summary = cached ?? emptySummary();
  const from = cached && snapshot ? snapshot.offset : 0;
  const reading = store.read(from);
  addRecords(summary, reading.records);
  summary.skipped += reading.skipped;
  if (reading.records.length + reading.skipped >= saveAfter && reading.end > from) {
    store.saveSnapshot({ offset: reading.end, data: storeSummary(summary) });
  }
  return { summary, unreadable: summary.skipped + (reading.cutShort ? 1 : 0) };
}

/**
 * Brings the saved summary up to date at the end of a session, so that `stats` and `review` find
 * it current however long a history grows.
 */
export function keepSummaryCurrent(store: HistoryStore): void {
  const snapshot = store.loadSnapshot<StoredSummary>();
  if (!snapshot && store.size() > SUMMARISE_AT_SESSION_END_BYTES) return;
  loadSummary(store, 1, snapshot);
}
