// The two questions a session asks besides its own: "Was your answer right after all?" after a
// typed answer is turned down, and "Retry the ones you missed now?" at the end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyKey } from '../../src/cli/bank-folder.js';
import { runCli } from '../../src/cli/program.js';
import { MINI_BANK } from '../helpers.js';
import { CTRL_C, fakeIo, tempHome } from './fake-io.js';

// One question: "How many years did the Market Square renovation take?" (answer: 2).
const ONE = ['quiz', '--bank', MINI_BANK, '--article', 'market', '--type', 'short-answer'];
const answers = (home: string) =>
  readFileSync(join(home, 'history', `${historyKey(MINI_BANK)}.jsonl`), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line))
    .filter((r) => r.kind === 'answer');

describe('"I was right"', () => {
  it('is offered after a typed answer is turned down, and counts it right in the history and the report', async () => {
    const home = tempHome();
    const run = fakeIo({ home, extras: 'script', answers: ['three years', 'B'] });
    expect(await runCli(ONE, run.io)).toBe(0);
    expect(run.asked.map((a) => [a.message, a.choices])).toEqual([
      ['1/1  How many years did the Market Square renovation take?', []],
      ['Was your answer right after all?', ['No, go on', 'Yes, I was right: count it']],
    ]);
    expect(run.stderr()).toContain('✓ Counted as right, at your word');
    expect(answers(home)).toMatchObject([
      { question: 'renovation-years', given: 'three years', correct: true, overridden: true },
    ]);
    expect(run.stdout()).toMatch(/^Score: 1 of 1 \(100%\), 1 of them counted right at your word\n/);
    expect(run.stdout()).toContain('Counted right at your word (1)');
    expect(run.stdout()).toContain('Your answer:    three years\n    Bank’s answer:  2');
  });

  it('keeps the grade when declined, and the miss is in the report', async () => {
    const home = tempHome();
    const run = fakeIo({ home, extras: 'script', answers: ['three years', 'A', 'B'] });
    expect(await runCli(ONE, run.io)).toBe(0);
    expect(answers(home)).toEqual([expect.not.objectContaining({ overridden: expect.anything() })]);
    expect(answers(home)[0]).toMatchObject({ correct: false });
    expect(run.stdout()).toContain('Missed (1): where to read up');
  });

  it('is not offered for a choice, an empty answer or in exam mode', async () => {
    for (const argv of [
      ['quiz', '--bank', MINI_BANK, '--type', 'true-false'],
      [...ONE, '--exam'],
    ]) {
      const run = fakeIo({ answers: ['A'] });
      expect(await runCli(argv, run.io)).toBe(0);
      expect(run.offered.filter((m) => m.startsWith('Was'))).toEqual([]);
    }
    const blank = fakeIo({ answers: [''] });
    await runCli(ONE, blank.io);
    expect(blank.offered.filter((m) => m.startsWith('Was'))).toEqual([]);
  });

  it('keeps the answer as graded when the quiz is stopped there', async () => {
    const home = tempHome();
    const run = fakeIo({ home, extras: 'script', answers: ['three years', CTRL_C] });
    expect(await runCli(ONE, run.io)).toBe(130);
    expect(run.stderr().trimEnd().split('\n').at(-1)).toBe(
      'Quiz stopped after 1 of 1 questions. Your answers are saved: `citequiz quiz` offers to resume.',
    );
    expect(answers(home)).toMatchObject([{ given: 'three years', correct: false }]);
  });
});

describe('the retry at the end', () => {
  it('asks the missed questions again, once, saving nothing', async () => {
    const home = tempHome();
    const run = fakeIo({ home, extras: 'script', answers: ['three years', 'A', 'A', 'two'] });
    expect(await runCli(ONE, run.io)).toBe(0);
    expect(run.asked.map((a) => a.message)).toEqual([
      '1/1  How many years did the Market Square renovation take?',
      'Was your answer right after all?',
      'Retry the one you missed now? (not saved; no change to reviews)',
      '1/1  How many years did the Market Square renovation take?',
    ]);
    expect(run.stderr()).toMatch(/Retry: 1 of 1 right\.\n$/);
    expect(answers(home)).toHaveLength(1);
    expect(run.stdout()).toContain('Missed (1)'); // the report stands as the quiz went
  });

  it('is not offered when nothing was missed, for --json, or to a script', async () => {
    const right = fakeIo({ extras: 'script', answers: ['2'] });
    expect(await runCli(ONE, right.io)).toBe(0);
    expect(right.asked).toHaveLength(1);
    const json = fakeIo({ answers: ['three years'] });
    expect(await runCli([...ONE, '--json'], json.io)).toBe(0);
    expect(json.offered).toEqual(['Was your answer right after all?']);
  });

  it('ends with exit 130 when stopped, the session already saved', async () => {
    const home = tempHome();
    const run = fakeIo({ home, extras: 'script', answers: ['three years', 'A', CTRL_C] });
    expect(await runCli(ONE, run.io)).toBe(130);
    expect(run.stderr().trimEnd().split('\n').at(-1)).toBe('Retry stopped. The session was saved before it.');
    expect(run.stdout()).toContain('Missed (1)');
    expect(answers(home)).toHaveLength(1);
  });

  it('is offered after a review too', async () => {
    const home = tempHome();
    await runCli(
      [...ONE, '--no-resume'],
      fakeIo({ home, answers: ['three years'], now: () => new Date(2026, 0, 1, 12) }).io,
    );
    const run = fakeIo({ home, answers: ['three years'], now: () => new Date(2026, 0, 2, 12) });
    expect(await runCli(['review', '--bank', MINI_BANK, '--new', '0'], run.io)).toBe(0);
    expect(run.offered).toEqual([
      'Was your answer right after all?',
      'Retry the one you missed now? (not saved; no change to reviews)',
    ]);
  });
});
