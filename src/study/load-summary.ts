import { addRecords, emptySummary, reviveSummary, storeSummary, type StoredSummary, type Summary } from './summary.js';
import type { HistoryStore } from './store.js';

/** New records past which the summary is saved again: replaying fewer takes milliseconds. */
const SNAPSHOT_AFTER_RECORDS = 1000;

export interface LoadedSummary {
  readonly summary: Summary;
  /** Lines of the history that could not be read, for one warning. */
  readonly unreadable: number;
}

/** The summary of a whole history: from its snapshot plus the records written since. */
export function loadSummary(store: HistoryStore): LoadedSummary {
  const snapshot = store.loadSnapshot<StoredSummary>();
  const cached = reviveSummary(snapshot?.data);
  const summary = cached ?? emptySummary();
  const reading = store.read(cached && snapshot ? snapshot.offset : 0);
  addRecords(summary, reading.records);
  summary.skipped += reading.skipped;
  if (reading.records.length + reading.skipped >= SNAPSHOT_AFTER_RECORDS) {
    store.saveSnapshot({ offset: reading.end, data: storeSummary(summary) });
  }
  return { summary, unreadable: summary.skipped + (reading.cutShort ? 1 : 0) };
}
