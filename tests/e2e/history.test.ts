// The study history under real processes: killed with SIGKILL mid-stream, two at once on the same
// file, and a history damaged on disk. Spawns the built CLI; no mocks.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticBank } from '../../bench/synthetic-bank.js';
import { historyKey } from '../../src/cli/bank-folder.js';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin/citequiz.js');
const QUESTIONS = 600;
const temp = (name: string) => mkdtempSync(join(tmpdir(), `citequiz-${name}-`));

let bank: string;
let answers: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  bank = join(temp('bank'), 'synthetic');
  writeSyntheticBank(bank, 6, QUESTIONS);
  // Every question answered "A": right or wrong, each is one record written and flushed.
  answers = join(temp('answers'), 'answers.json');
  writeFileSync(
    answers,
    JSON.stringify(Object.fromEntries(Array.from({ length: QUESTIONS }, (_, q) => [`q${q}`, 'A']))),
  );
});

const historyFile = (home: string) => join(home, 'history', `${historyKey(bank)}.jsonl`);
const env = (home: string) => ({ ...process.env, CITEQUIZ_HOME: home, NO_COLOR: '1' });
const run = (home: string, ...args: string[]) =>
  spawnSync('node', [BIN, ...args, '--bank', bank], { cwd: ROOT, env: env(home), encoding: 'utf8', timeout: 60_000 });
const start = (home: string, ...args: string[]) =>
  spawn('node', [BIN, ...args, '--bank', bank], { cwd: ROOT, env: env(home), stdio: 'ignore' });
const ended = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
const lines = (home: string) =>
  readFileSync(historyFile(home), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
const warnings = (stderr: string) => stderr.split('\n').filter((line) => line.includes('warning'));

async function untilLines(home: string, count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (existsSync(historyFile(home)) && lines(home).length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`the history never reached ${count} lines`);
}

function statsOf(home: string): { answers: number; warnings: string[] } {
  const result = run(home, 'stats', '--json');
  expect(result.status, result.stderr).toBe(0);
  return { answers: JSON.parse(result.stdout).answers, warnings: warnings(result.stderr) };
}

describe('a quiz killed with SIGKILL while it writes', () => {
  it('loses at most the answer being written, and the history stays readable and resumable', async () => {
    const home = temp('home');
    for (const round of [1, 2, 3]) {
      const child = start(home, 'quiz', '--answers', answers);
      const exit = ended(child);
      await untilLines(home, round * 40);
      child.kill('SIGKILL');
      await exit;
      // Every line but perhaps the last is a whole record.
      const all = lines(home);
      for (const line of all.slice(0, -1)) expect(() => JSON.parse(line)).not.toThrow();
      const { answers: counted, warnings: warned } = statsOf(home);
      const whole = all.filter((line) => line.includes('"kind":"answer"') && line.endsWith('}')).length;
      expect(counted).toBeGreaterThanOrEqual(whole - 1);
      expect(warned.length).toBeLessThanOrEqual(1);
    }
    // The last killed quiz resumes where it stopped and ends with the whole report.
    const before = readFileSync(historyFile(home));
    const resumed = run(home, 'quiz', '--resume', '--answers', answers, '--json');
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(JSON.parse(resumed.stdout).total).toBe(QUESTIONS);
    const after = readFileSync(historyFile(home));
    expect(after.subarray(0, before.length)).toEqual(before); // appended to, never rewritten
    const records = after
      .toString('utf8')
      .split('\n')
      .flatMap((line) => {
        try {
          return [JSON.parse(line)];
        } catch {
          return [];
        }
      });
    const session = records.filter((r) => r.kind === 'start').at(-1).session;
    const answered = records.filter((r) => r.kind === 'answer' && r.session === session).map((r) => r.question);
    expect(new Set(answered).size).toBe(QUESTIONS); // every question of it answered, none twice
    expect(answered).toHaveLength(QUESTIONS);
  });
});

describe('two quizzes at once on the same history', () => {
  it('lose no record', async () => {
    const home = temp('home');
    const runs = [start(home, 'quiz', '--answers', answers), start(home, 'quiz', '--answers', answers)];
    expect(await Promise.all(runs.map(ended))).toEqual([0, 0]);
    const records = lines(home).map((line) => JSON.parse(line));
    expect(records.filter((r) => r.kind === 'answer')).toHaveLength(2 * QUESTIONS);
    const sessions = new Set(records.map((r) => r.session));
    expect(sessions.size).toBe(2);
    // Whether their answers interleave in the file depends on how the machine schedules the two
    // processes (on a loaded one the first may finish before the second starts writing): what
    // must hold either way is that neither loses a record.
    expect(statsOf(home)).toEqual({ answers: 2 * QUESTIONS, warnings: [] });
  });
});

describe('a damaged history', () => {
  it.each([
    ['a garbage line', '\u0000\u0001garbage}{\n'],
    ['a record of another version', '{"v":7,"kind":"answer","session":"x","at":"2026-01-01T00:00:00Z"}\n'],
    ['half a line at the end', '{"v":1,"kind":"answer","session":"x","at":"2026-01-01T00:0'],
  ])('with %s gives one warning, keeps every good record and is never written with less', (_name, damage) => {
    const home = temp('home');
    expect(run(home, 'quiz', '--answers', answers, '--count', '20').status).toBe(0);
    appendFileSync(historyFile(home), damage);
    const damaged = readFileSync(historyFile(home));

    const stats = run(home, 'stats', '--json');
    expect(stats.status).toBe(0);
    expect(warnings(stats.stderr)).toHaveLength(1);
    expect(stats.stderr).toMatch(/1 line of .*synthetic-[0-9a-f]{8}\.jsonl could not be read/);
    expect(JSON.parse(stats.stdout).answers).toBe(20);

    const quiz = run(home, 'quiz', '--answers', answers, '--count', '5', '--json');
    expect(quiz.status).toBe(0);
    expect(warnings(quiz.stderr).length).toBeLessThanOrEqual(1);
    const after = readFileSync(historyFile(home));
    expect(after.length).toBeGreaterThan(damaged.length);
    expect(after.subarray(0, damaged.length)).toEqual(damaged);
    expect(statsOf(home).answers).toBe(25);
    expect(statSync(historyFile(home)).size).toBe(after.length);
  });
});

describe('a history that is not a file', () => {
  // Reading a FIFO waits for a writer that never comes: each command must refuse it at once. The
  // spawn's timeout keeps a regression from hanging the suite.
  it.each([['history'], ['stats'], ['quiz', '--answers', 'ANSWERS']])('%s refuses a FIFO', (...argv) => {
    const home = temp('home');
    mkdirSync(join(home, 'history'));
    execFileSync('mkfifo', [historyFile(home)]);
    const result = run(home, ...argv.map((arg) => (arg === 'ANSWERS' ? answers : arg)));
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /cannot (read|save answers to) the study history .*: it is a named pipe \(FIFO\), not a file/,
    );
  });
});
