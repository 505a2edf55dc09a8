import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { encodeRecord, type AnswerRecord, type HistoryRecord } from '../../src/study/records.js';
import { isQuizStart } from '../../src/study/resume.js';
import { openHistory, type HistoryStore } from '../../src/study/store.js';

const home = () => mkdtempSync(join(tmpdir(), 'citequiz-store-'));
const answer = (n: number): AnswerRecord => ({
  v: 1,
  kind: 'answer',
  session: 's',
  at: new Date(2026, 0, 1, 12, 0, n).toISOString(),
  question: `q${n}`,
  hash: 'h',
  given: 'A',
  correct: n % 2 === 0,
});
const questions = (records: readonly HistoryRecord[]) =>
  records.map((r) => (r.kind === 'answer' ? r.question : r.kind));

describe('the history store', () => {
  it('appends whole lines and reads them back in order', () => {
    const store = openHistory(home(), 'bank');
    for (let n = 0; n < 3; n++) store.append(answer(n));
    expect(readFileSync(store.file, 'utf8')).toBe([0, 1, 2].map((n) => encodeRecord(answer(n))).join(''));
    expect(store.read()).toEqual({
      records: [answer(0), answer(1), answer(2)],
      skipped: 0,
      cutShort: false,
      end: statSync(store.file).size,
    });
  });

  it('reads an empty history when there is none yet', () => {
    expect(openHistory(home(), 'bank').read()).toEqual({ records: [], skipped: 0, cutShort: false, end: 0 });
  });

  it('skips a garbage line and keeps the rest', () => {
    const store = openHistory(home(), 'bank');
    store.append(answer(0));
    appendFileSync(store.file, 'not a record\n');
    store.append(answer(1));
    expect(store.read()).toMatchObject({ records: [answer(0), answer(1)], skipped: 1 });
  });

  it('starts a fresh line after half a record, so the next record is not lost to it', () => {
    const store = openHistory(home(), 'bank');
    store.append(answer(0));
    appendFileSync(store.file, encodeRecord(answer(1)).slice(0, 30));
    const before = readFileSync(store.file);
    expect(store.read()).toMatchObject({ records: [answer(0)], skipped: 0, cutShort: true });
    store.append(answer(2));
    const after = readFileSync(store.file);
    expect(after.subarray(0, before.length)).toEqual(before); // nothing it held is rewritten
    expect(store.read()).toMatchObject({ records: [answer(0), answer(2)], skipped: 1, cutShort: false });
  });

  it('reads back from the end only as far as asked', () => {
    const store = openHistory(home(), 'bank');
    const start = (session: string): HistoryRecord => ({
      v: 1,
      kind: 'start',
      session,
      at: answer(0).at,
      mode: 'quiz',
      items: [],
    });
    store.append(start('old'));
    for (let n = 0; n < 800; n++) store.append(answer(n)); // a few chunks' worth
    store.append(start('new'));
    store.append(answer(5000));
    expect(questions(store.readBackTo(isQuizStart).records)).toEqual(['start', 'q5000']);
    expect(store.readBackTo(() => false).records).toHaveLength(803);
  });

  it('reads back a record longer than the chunks it reads in', () => {
    const store = openHistory(home(), 'bank');
    const items = Array.from({ length: 3000 }, (_, n) => ({
      question: `question-${n}`,
      hash: '0123456789abcdef',
      choices: ['one', 'two', 'three'],
    }));
    store.append(answer(1));
    store.append({ v: 1, kind: 'start', session: 'big', at: answer(0).at, mode: 'quiz', items });
    store.append(answer(2));
    expect(
      encodeRecord({ v: 1, kind: 'start', session: 'big', at: answer(0).at, mode: 'quiz', items }).length,
    ).toBeGreaterThan(3 * 64 * 1024);
    const { records, skipped } = store.readBackTo(isQuizStart);
    expect(skipped).toBe(0);
    expect(questions(records)).toEqual(['start', 'q2']);
    expect(records[0]).toMatchObject({ session: 'big', items: { length: 3000 } });
  });

  it('skips a line longer than any record without gathering it, reading back and forward', () => {
    const store = openHistory(home(), 'bank');
    store.append(answer(1));
    appendFileSync(store.file, `${'x'.repeat(17 * 1024 * 1024)}\n`);
    store.append(answer(2));
    const concat = vi.spyOn(Buffer, 'concat');
    try {
      const back = store.readBackTo(() => false);
      expect(back).toMatchObject({ records: [answer(1), answer(2)], skipped: 1 });
      // The line's 17 MB were read once and let go, never joined up (the way to quadratic time).
      const joined = concat.mock.calls.reduce((n, [list]) => n + list.reduce((m, b) => m + b.length, 0), 0);
      expect(joined).toBeLessThan(1024 * 1024);
    } finally {
      concat.mockRestore();
    }
    expect(store.read()).toMatchObject({ records: [answer(1), answer(2)], skipped: 1 });
  });

  describe('a session being taken', () => {
    // A process id that has ended, and one that runs for as long as this test: the test runner's parent.
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    const running = process.ppid;
    const lockOf = (store: HistoryStore, session: string, pid: number) =>
      writeFileSync(store.file.replace(/\.jsonl$/, `.${session}.lock`), JSON.stringify({ pid, host: hostname() }));

    it('is held by one process at a time and let go on release', () => {
      const store = openHistory(home(), 'bank');
      const hold = store.holdSession('s1');
      expect(hold).toBeDefined();
      expect(store.holdSession('s1')).toBeUndefined();
      expect(store.liveSessions()).toEqual(new Map()); // its own sessions are not another's
      hold!.release();
      expect(store.holdSession('s1')).toBeDefined();
    });

    it('is live while its process runs, and stale once it has ended', () => {
      const store = openHistory(home(), 'bank');
      store.append(answer(0)); // the history folder
      lockOf(store, 'live', running);
      lockOf(store, 'stale', ended);
      expect(store.liveSessions()).toEqual(new Map([['live', running]]));
      expect(store.holdSession('live')).toBeUndefined();
      expect(store.holdSession('stale')).toBeDefined();
      expect(readdirSync(dirname(store.file)).filter((f) => f.endsWith('.lock'))).toHaveLength(2);
    });
  });

  it('keeps a bank id from leaving the history folder', () => {
    const dir = home();
    expect(openHistory(dir, '../etc').file).toBe(join(dir, 'history', '%2E.%2Fetc.jsonl'));
    expect(openHistory(dir, '.hidden').file).toBe(join(dir, 'history', '%2Ehidden.jsonl'));
  });

  it('uses a snapshot only while the history it summarises is still there', () => {
    const store = openHistory(home(), 'bank');
    store.append(answer(0));
    const end = store.read().end;
    store.saveSnapshot({ offset: end, data: { n: 1 } });
    store.append(answer(1));
    expect(store.loadSnapshot()).toEqual({ offset: end, data: { n: 1 } });
    // Cleared and written again with different records: the snapshot no longer applies.
    expect(store.clear()).toBe(true);
    store.append(answer(7));
    store.append(answer(8));
    expect(store.loadSnapshot()).toBeUndefined();
    expect(store.clear()).toBe(true);
    expect(store.clear()).toBe(false);
  });

  it('ignores a damaged snapshot', () => {
    const store = openHistory(home(), 'bank');
    store.append(answer(0));
    writeFileSync(store.file.replace(/\.jsonl$/, '.summary.json'), '{"offset": 3, "che');
    expect(store.loadSnapshot()).toBeUndefined();
  });
});

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
    expect(questions(reading.records)).toEqual(['q1', 'q2']);
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
    expect(questions(all.records)).toEqual(['q0', 'q1', 'q2']);
    expect(all).toMatchObject({ skipped: 1, cutShort: false, end: store.size() });
    const some = store.readBackTo((r) => r.kind === 'answer' && r.question === 'q1');
    expect(questions(some.records)).toEqual(['q1', 'q2']);
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
