// Text fits the terminal it is written to, broken between words: a line longer than the terminal
// is broken by the terminal itself, mid-word ("news s / ervice").
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { wrapWidth } from '../../src/render/wrap.js';
import { fakeIo, tempHome } from './fake-io.js';

const lines = (text: string) => stripVTControlCharacters(text).split('\n');
const longest = (text: string) => Math.max(...lines(text).map((line) => line.length));

describe('wrapWidth', () => {
  it.each<[number | undefined, string | undefined, number]>([
    [60, undefined, 60],
    [60, '120', 60], // a terminal's own width wins
    [200, undefined, 100], // past 100 columns lines are hard to read
    [undefined, undefined, 80],
    [undefined, '120', 120], // piped: COLUMNS says
    [undefined, ' 72 ', 72],
    [undefined, 'wide', 80],
    [undefined, '0', 80],
  ])('a terminal of %s columns, COLUMNS=%s: %i', (columns, variable, width) => {
    expect(wrapWidth(columns, variable)).toBe(width);
  });
});

describe.each([60, 100])('on a terminal %i columns wide', (columns) => {
  it('fits every line of the quiz, its feedback and its messages', async () => {
    const run = fakeIo({ answers: [...Array(10).fill('A')] });
    Object.assign(run.io.stderr, { isTTY: true, columns });
    expect(await runCli(['quiz', '--seed', '5', '--count', '10'], run.io)).toBe(0);
    expect(run.stderr()).toContain('Not quite');
    expect(longest(run.stderr())).toBeLessThanOrEqual(columns);
  });

  it('fits a message about nothing to review, and an error', async () => {
    const home = tempHome();
    const review = fakeIo({ home, answers: [] });
    Object.assign(review.io.stderr, { isTTY: true, columns });
    expect(await runCli(['review', '--new', '0'], review.io)).toBe(0);
    expect(review.stderr()).toContain('Nothing is due for review today.');
    expect(longest(review.stderr())).toBeLessThanOrEqual(columns);
    const error = fakeIo({ answers: [] });
    Object.assign(error.io.stderr, { isTTY: true, columns });
    expect(await runCli(['quiz', '--article', 'no-such-article-in-this-bank'], error.io)).toBe(1);
    expect(longest(error.stderr())).toBeLessThanOrEqual(columns);
  });
});

describe('a report that is not written to a terminal', () => {
  it('wraps at COLUMNS when it is set, and at 80 when not', async () => {
    const answers = ['--answers', '-', '--type', 'short-answer'];
    const wide = fakeIo({ env: { COLUMNS: '140' }, stdin: '{}' });
    expect(await runCli(['quiz', ...answers], wide.io)).toBe(0);
    expect(longest(wide.stdout())).toBeGreaterThan(80);
    expect(longest(wide.stdout())).toBeLessThanOrEqual(140);
    const plain = fakeIo({ stdin: '{}' });
    expect(await runCli(['quiz', ...answers], plain.io)).toBe(0);
    expect(longest(plain.stdout())).toBeLessThanOrEqual(80);
  });
});
