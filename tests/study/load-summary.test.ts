import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../src/bank/types.js';
import { keepSummaryCurrent, loadSummary } from '../../src/study/load-summary.js';
import { openHistory, type HistoryStore } from '../../src/study/store.js';
import type { StoredSummary } from '../../src/study/summary.js';
import { loadFixtureBank, MINI_BANK } from '../helpers.js';
import { answered, day } from './history-fixtures.js';

let bank: Bank;
beforeAll(async () => {
  bank = await loadFixtureBank(MINI_BANK);
});
const storeWith = (answers: number): HistoryStore => {
  const store = openHistory(mkdtempSync(join(tmpdir(), 'citequiz-summary-')), 'bank');
  for (let n = 0; n < answers; n++) store.append(answered(bank, 'visitors', n % 2 === 0, day(1 + n)));
  return store;
};

describe('the summary of a history', () => {
  it('adds up every answer, and saves a snapshot once enough records were replayed', () => {
    const store = storeWith(3);
    expect(loadSummary(store, 4).summary.answers).toBe(3);
    expect(store.loadSnapshot()).toBeUndefined();
    const { summary, unreadable } = loadSummary(store, 3);
    expect(summary.answers).toBe(3);
    expect(unreadable).toBe(0);
    expect(store.loadSnapshot<StoredSummary>()).toMatchObject({ offset: store.size() });
  });

  it('goes on from the snapshot: only records written since are replayed', () => {
    const store = storeWith(2);
    loadSummary(store, 1);
    const snapshot = store.loadSnapshot<StoredSummary>()!;
    store.append(answered(bank, 'opener', true, day(5)));
    expect(loadSummary(store, 100).summary.answers).toBe(3);
    // Still the old snapshot: one new record is under the threshold.
    expect(store.loadSnapshot<StoredSummary>()).toEqual(snapshot);
    loadSummary(store, 1);
    expect(store.loadSnapshot<StoredSummary>()!.offset).toBe(store.size());
  });

  it('replays the whole history when the snapshot is not one it can read', () => {
    const store = storeWith(2);
    store.saveSnapshot({ offset: store.size(), data: { not: 'a summary' } });
    expect(loadSummary(store, 100).summary.answers).toBe(2);
  });

  it('counts lines it could not read, and a last line cut short', () => {
    const store = storeWith(1);
    appendFileSync(store.file, 'not json\n{"v":1,"kind":"answer"');
    const { summary, unreadable } = loadSummary(store, 100);
    expect(summary.answers).toBe(1);
    expect(unreadable).toBe(2);
  });
});

describe('keeping the summary current at the end of a session', () => {
  it('saves a snapshot after even one new record', () => {
    const store = storeWith(1);
    keepSummaryCurrent(store);
    expect(store.loadSnapshot<StoredSummary>()!.offset).toBe(store.size());
  });

  it('leaves a large history with no snapshot for stats to summarise', () => {
    const store = storeWith(1);
    appendFileSync(store.file, `${' '.repeat(4 * 1024 * 1024)}\n`);
    keepSummaryCurrent(store);
    expect(store.loadSnapshot()).toBeUndefined();
  });
});
