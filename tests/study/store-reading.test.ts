import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeRecord, type AnswerRecord, type HistoryRecord } from '../../src/study/records.js';
import { openHistory } from '../../src/study/store.js';

const home = () => mkdtempSync(join(tmpdir(), 'citequiz-reading-'));
const answer = (n: number): AnswerRecord => ({
  v: 1,
  kind: 'answer',
  session: 's',
  at: new Date(2026, 0, 1, 12, 0, n).toISOString(),
  question: `q${n}`,
  hash: 'h',
  given: 'A',
  correct: true,
});
const ids = (records: readonly HistoryRecord[]) => records.map((r) => (r.kind === 'answer' ? r.question : r.kind));
const snapshotFile = (file: string) => file.replace(/\.jsonl$/, '.summary.json');

describe('reading part of a history', () => {
  it('from a byte offset: only the records written after it', () => {
    const store = openHistory(home(), 'bank');
    store.append(answer(0));
    const after = store.size();
    expect(after).toBe(Buffer.byteLength(encodeRecord(answer(0))));
    store.append(answer(1));
    store.append(answer(2));
    const reading = store.read(after);
    expect(ids(reading.records)).toEqual(['q1', 'q2']);
    expect(reading).toMatchObject({ skipped: 0, cutShort: false, end: store.size() });
    expect(store.read(store.size())).toEqual({ records: [], skipped: 0, cutShort: false, end: store.size() });
  });

  it('leaves half a line at the end unread, and says so', () => {
    const store = openHistory(home(), 'bank');
    store.append(answer(0));
    const whole = store.size();
    appendFileSync(store.file, '{"v":1,"kind":"ans');
    expect(store.read()).toMatchObject({ cutShort: true, end: whole, skipped: 0 });
    expect(store.read(whole)).toEqual({ records: [], skipped: 0, cutShort: true, end: whole });
  });

  it('from the end: garbage lines counted and passed over, records in file order', () => {
    const store = openHistory(home(), 'bank');
    store.append(answer(0));
    appendFileSync(store.file, 'garbage\n   \n');
    store.append(answer(1));
    store.append(answer(2));
    const all = store.readBackTo(() => false);
    expect(ids(all.records)).toEqual(['q0', 'q1', 'q2']);
    expect(all).toMatchObject({ skipped: 1, cutShort: false, end: store.size() });
    const some = store.readBackTo((r) => r.kind === 'answer' && r.question === 'q1');
    expect(ids(some.records)).toEqual(['q1', 'q2']);
    expect(some.skipped).toBe(0);
  });

  it('of a history that does not exist yet: nothing', () => {
    const store = openHistory(home(), 'bank');
    const nothing = { records: [], skipped: 0, cutShort: false, end: 0 };
    expect(store.readBackTo(() => true)).toEqual(nothing);
    expect(store.read(10)).toEqual(nothing);
    expect(store.size()).toBe(0);
  });

  it('keeps the dots inside a bank id', () => {
    const dir = home();
    expect(openHistory(dir, 'week.3').file).toBe(join(dir, 'history', 'week.3.jsonl'));
    expect(openHistory(dir, '').file).toBe(join(dir, 'history', '%00.jsonl'));
  });
});

describe('a saved snapshot', () => {
  const withSnapshot = () => {
    const store = openHistory(home(), 'bank');
    for (let n = 0; n < 3; n++) store.append(answer(n));
    store.saveSnapshot({ offset: store.size(), data: { n: 3 } });
    return store;
  };

  it('is written with a check of the bytes before its offset', () => {
    const store = withSnapshot();
    const saved = JSON.parse(readFileSync(snapshotFile(store.file), 'utf8')) as { offset: number; check: string };
    const bytes = readFileSync(store.file);
    expect(saved.check).toBe(bytes.subarray(bytes.length - 64).toString('base64'));
    expect(store.loadSnapshot()).toEqual({ offset: store.size(), data: { n: 3 } });
  });

  it.each<[string, (saved: { offset: number; check: string }, size: number) => object]>([
    ['at offset 0', (saved) => ({ ...saved, offset: 0 })],
    ['at an offset that is no whole number', (saved) => ({ ...saved, offset: 1.5 })],
    ['without its check', (saved) => ({ ...saved, check: undefined })],
    ['past the end of the history', (saved, size) => ({ ...saved, offset: size + 1 })],
    ['whose check does not match', (saved) => ({ ...saved, check: Buffer.from('other').toString('base64') })],
  ])('is not used %s', (_, change) => {
    const store = withSnapshot();
    const saved = JSON.parse(readFileSync(snapshotFile(store.file), 'utf8')) as { offset: number; check: string };
    writeFileSync(snapshotFile(store.file), JSON.stringify(change(saved, store.size())));
    expect(store.loadSnapshot()).toBeUndefined();
  });

  it('still applies to a history that has only grown since', () => {
    const store = withSnapshot();
    const offset = store.size();
    store.append(answer(3));
    expect(store.loadSnapshot()).toEqual({ offset, data: { n: 3 } });
  });

  it('checks fewer bytes when the history is shorter than the check', () => {
    const store = openHistory(home(), 'bank');
    mkdirSync(dirname(store.file), { recursive: true });
    writeFileSync(store.file, '\n');
    store.saveSnapshot({ offset: 1, data: 'x' });
    expect(store.loadSnapshot()).toEqual({ offset: 1, data: 'x' });
  });
});
