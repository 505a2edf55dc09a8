// End-to-end runs of the built CLI in a real terminal (tmux): a green unit suite can hide a CLI
// that hangs, draws nothing, or ignores Ctrl+C once a real TTY is involved.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin/citequiz.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = `citequiz-test-${process.pid}`;
const MINI = 'tests/fixtures/banks/mini';
/** The study history of these runs, kept out of the real data folder. */
const HOME = mkdtempSync(join(tmpdir(), 'citequiz-e2e-home-'));
const ENV = { ...process.env, CITEQUIZ_HOME: HOME };

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screen = (session: string) => tmux('capture-pane', '-p', '-J', '-S', '-500', '-t', session);

/**
 * Starts `citequiz args` in a fresh 100x50 terminal; the shell prints EXIT=<code> when it ends.
 * Each session has its own history unless `home` is given; `env` adds shell assignments.
 */
function start(
  session: string,
  args: string,
  home = mkdtempSync(join(tmpdir(), 'citequiz-e2e-home-')),
  env = '',
): void {
  const command = `cd ${ROOT} && export CITEQUIZ_HOME=${home} ${env}; node ${BIN} ${args}; echo EXIT=$?; sleep 600`;
  tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '50', `bash -c '${command}'`);
}

async function waitFor(session: string, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = screen(session);
    if (pattern.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${pattern} on screen:\n${text}`);
}

// CI installs tmux (.ci/run); a developer machine without it skips these rather than failing.
describe.skipIf(!hasTmux && !process.env.CI)('in a real terminal', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  });
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  it('answers questions with the keyboard and reads the report off the screen', async () => {
    start('answer', `quiz --bank ${MINI} --seed 3 --count 3`);
    // With seed 3 the first three questions are: visitors (choice), renovation-years, opener (typed).
    await waitFor('answer', /1\/3 {2}How many visitors/);
    tmux('send-keys', '-t', 'answer', 'Enter');
    await waitFor('answer', /2\/3 {2}How many years/);
    tmux('send-keys', '-t', 'answer', '-l', 'two');
    tmux('send-keys', '-t', 'answer', 'Enter');
    await waitFor('answer', /3\/3 {2}Who opened/);
    tmux('send-keys', '-t', 'answer', '-l', 'Omar Said');
    tmux('send-keys', '-t', 'answer', 'Enter');
    await waitFor('answer', /Was your answer right after all\?/);
    tmux('send-keys', '-t', 'answer', 'Enter'); // "No, go on"
    await waitFor('answer', /Retry the \w+ you missed now\?/);
    tmux('send-keys', '-t', 'answer', 'n', 'Enter');
    const text = await waitFor('answer', /EXIT=\d+/);
    expect(text).toContain('EXIT=0');
    expect(text).toMatch(/Score: \d of 3/);
    expect(text).toContain('Your answer:    Omar Said');
    expect(text).toContain('Correct answer: Alice Brown');
    expect(text).toMatch(/Answered in “Harbour Festival Draws Record Crowds” \(Riverside Times\),\s+paragraph 4:/);
  });

  it.each([
    ['Ctrl+C', 'C-c'],
    ['Ctrl+D', 'C-d'],
  ])('stops on %s at a prompt with one line and exit 130, keeping the answers given', async (_name, key) => {
    const session = `stop-${key}`;
    start(session, `quiz --bank ${MINI} --seed 3 --count 3`);
    await waitFor(session, /1\/3 {2}How many visitors/);
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor(session, /2\/3 {2}How many years/);
    tmux('send-keys', '-t', session, key);
    const text = await waitFor(session, /EXIT=\d+/);
    expect(text).toContain('Quiz stopped after 1 of 3 questions. Your answers are saved');
    expect(text).toContain('EXIT=130');
    expect(text).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('offers to resume a quiz stopped with Ctrl+C, and goes on from the next question', async () => {
    const home = mkdtempSync(join(tmpdir(), 'citequiz-e2e-home-'));
    start('stop', `quiz --bank ${MINI} --seed 3 --count 3`, home);
    await waitFor('stop', /1\/3 {2}How many visitors/);
    tmux('send-keys', '-t', 'stop', 'Enter');
    await waitFor('stop', /2\/3 {2}How many years/);
    tmux('send-keys', '-t', 'stop', 'C-c');
    expect(await waitFor('stop', /EXIT=\d+/)).toContain('Quiz stopped after 1 of 3 questions. Your answers are saved');
    start('resume', `quiz --bank ${MINI}`, home);
    await waitFor('resume', /You have an unfinished quiz \(started .*, 1 of 3 questions answered\)/);
    tmux('send-keys', '-t', 'resume', 'Enter'); // "Resume it" is the first choice
    await waitFor('resume', /2\/3 {2}How many years/);
    tmux('send-keys', '-t', 'resume', '-l', 'two');
    tmux('send-keys', '-t', 'resume', 'Enter');
    await waitFor('resume', /3\/3 {2}Who opened/);
    tmux('send-keys', '-t', 'resume', '-l', 'Alice Brown');
    tmux('send-keys', '-t', 'resume', 'Enter');
    await waitFor('resume', /Retry the \w+ you missed now\?/); // the first answer, a guess
    tmux('send-keys', '-t', 'resume', 'n', 'Enter');
    const text = await waitFor('resume', /EXIT=\d+/);
    expect(text).toContain('EXIT=0');
    expect(text).toMatch(/Score: \d of 3/);
  });

  it('never offers to resume a quiz that is still going on in another terminal', async () => {
    const home = mkdtempSync(join(tmpdir(), 'citequiz-e2e-home-'));
    start('first', `quiz --bank ${MINI} --seed 3 --count 3`, home);
    await waitFor('first', /1\/3 {2}How many visitors/);
    tmux('send-keys', '-t', 'first', 'Enter');
    await waitFor('first', /2\/3 {2}How many years/);
    start('second', `quiz --bank ${MINI} --seed 4 --count 1`, home);
    const second = await waitFor('second', /1\/1 {2}/);
    // The message is wrapped to the terminal's width.
    expect(second.replace(/\s+/g, ' ')).toMatch(
      /your quiz started .* is going on in another terminal \(process \d+\), so it is not offered here/,
    );
    expect(second).not.toContain('You have an unfinished quiz');
    tmux('send-keys', '-t', 'second', '-l', 'x'); // an answer to a typed question; a list ignores it
    tmux('send-keys', '-t', 'second', 'Enter');
    // A wrong answer is followed by "right after all?" (for a typed one) and an offer to retry.
    let text = await waitFor('second', /EXIT=\d+|right after all\?|you missed now\?/);
    if (/right after all\?/.test(text) && !/EXIT=/.test(text)) {
      tmux('send-keys', '-t', 'second', 'Enter'); // "No, go on"
      text = await waitFor('second', /EXIT=\d+|you missed now\?/);
    }
    if (/you missed now\?/.test(text) && !/EXIT=/.test(text)) {
      tmux('send-keys', '-t', 'second', '-l', 'n'); // "No, that is all"
      tmux('send-keys', '-t', 'second', 'Enter');
      text = await waitFor('second', /EXIT=\d+/);
    }
    expect(text).toContain('EXIT=0');
    // Once the first terminal lets go of it, the quiz is offered again.
    tmux('send-keys', '-t', 'first', 'C-c');
    await waitFor('first', /EXIT=130/);
    start('third', `quiz --bank ${MINI}`, home);
    await waitFor('third', /You have an unfinished quiz \(started .*, 1 of 3 questions answered\)/);
    tmux('send-keys', '-t', 'third', 'C-c');
  });

  it('misses a question, retries it, and follows the read line from the report to the paragraph', async () => {
    // One question: how many years the Market Square renovation took (2).
    start('learn', `quiz --bank ${MINI} --article market --type short-answer`);
    await waitFor('learn', /1\/1 {2}How many years/);
    tmux('send-keys', '-t', 'learn', '-l', 'three');
    tmux('send-keys', '-t', 'learn', 'Enter');
    await waitFor('learn', /Not quite\. The answer is 2\.[\s\S]*Was your answer right after all\?/);
    tmux('send-keys', '-t', 'learn', 'Enter'); // "No, go on"
    await waitFor('learn', /Retry the one you missed now\?/);
    tmux('send-keys', '-t', 'learn', 'Enter'); // "Yes, retry it"
    await waitFor('learn', /Retry the one[\s\S]*1\/1 {2}How many years/);
    tmux('send-keys', '-t', 'learn', '-l', 'two');
    tmux('send-keys', '-t', 'learn', 'Enter');
    const text = await waitFor('learn', /EXIT=\d+/);
    expect(text).toContain('EXIT=0');
    expect(text).toContain('Retry: 1 of 1 right.');
    expect(text).toMatch(/Score: 0 of 1/);
    const read = /→ (citequiz read market --paragraph 2 --bank \S+)/.exec(text);
    expect(read, text).not.toBeNull();
    start('follow', read![1]!.replace(/^citequiz /, ''));
    const paragraph = await waitFor('follow', /EXIT=\d+/);
    expect(paragraph).toContain('EXIT=0');
    expect(paragraph).toMatch(/2 ┃ The Market Square reopened on Monday after a two-year renovation/);
    expect(paragraph).not.toContain('Source: Town Gazette'); // paragraph 4, not beside 2
  });

  it('pages a long article on a terminal through $PAGER, and never a piped one', async () => {
    const article = 'newsweek-isis-claims';
    start('pager', `read ${article}`, undefined, 'PAGER="sed s/^/PAGED:/"');
    const paged = await waitFor('pager', /EXIT=\d+/);
    expect(paged).toMatch(/^PAGED:ISIS Claims Responsibility/m);
    start('piped', `read ${article} | head -3`, undefined, 'PAGER="sed s/^/PAGED:/"');
    const piped = await waitFor('piped', /EXIT=\d+/);
    expect(piped).toMatch(/^ISIS Claims Responsibility/m);
    expect(piped).not.toContain('PAGED:');
  });

  it('starts the bundled bank with no arguments, as `npm start` does', async () => {
    start('bundled', '');
    const text = await waitFor('bundled', /1\/10 {2}/);
    expect(text).toContain('London attacks, 2017');
    tmux('send-keys', '-t', 'bundled', 'C-c');
    expect(await waitFor('bundled', /EXIT=\d+/)).toContain('EXIT=130');
  });
});

describe('without a terminal', () => {
  it('exits 2 at once, naming --answers, when stdin is not a TTY', () => {
    const result = spawnSync('node', [BIN, 'quiz'], {
      cwd: ROOT,
      env: ENV,
      input: '',
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--answers FILE/);
    expect(result.stdout).toBe('');
  });

  it('grades an answers file and prints JSON', () => {
    const result = spawnSync('node', [BIN, 'quiz', '--bank', MINI, '--answers', '-', '--json'], {
      cwd: ROOT,
      env: ENV,
      input: '{"visitors": "12,000", "parade": "B"}',
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ total: 5, correct: 2 });
  });

  it('checks the bundled bank from any folder', () => {
    const result = spawnSync('node', [BIN, 'check'], { cwd: '/', env: ENV, encoding: 'utf8', timeout: 10_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ .*bank\.yaml: \d+ questions on 5 articles/);
  });
});
