// --count, --article and --type mean one thing to quiz, review, print and export: the same
// questions picked, the same message when nothing matches, the same note when --count is too many.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { fakeIo, tempHome } from './fake-io.js';

const BANK = ['--bank', 'tests/fixtures/banks/mini'];
const temp = () => mkdtempSync(join(tmpdir(), 'citequiz-selection-'));
/** Noon on a January day. */
const day = (n: number) => () => new Date(2026, 0, n, 12);

/** Runs a command picking with `options`; resolves to the ids it asked, printed or exported. */
const COMMANDS: Record<string, (options: string[]) => Promise<{ code: number; ids: string[]; stderr: string }>> = {
  async quiz(options) {
    const answers = join(temp(), 'answers.json');
    writeFileSync(answers, '{}');
    const run = fakeIo();
    const code = await runCli(['quiz', ...BANK, '--answers', answers, '--json', ...options], run.io);
    return {
      code,
      ids: code === 0 ? JSON.parse(run.stdout()).questions.map((q: { id: string }) => q.id) : [],
      stderr: run.stderr(),
    };
  },
  async review(options) {
    // Every question missed on day 1, so all are due on day 2.
    const home = tempHome();
    const none = join(temp(), 'none.json');
    writeFileSync(
      none,
      JSON.stringify({ visitors: 'A', opener: 'x', parade: true, 'renovation-years': '9', 'both-crowds': 'B' }),
    );
    await runCli(['quiz', ...BANK, '--answers', none], fakeIo({ home, now: day(1) }).io);
    const empty = join(temp(), 'empty.json');
    writeFileSync(empty, '{}');
    const run = fakeIo({ home, now: day(2) });
    const code = await runCli(['review', ...BANK, '--answers', empty, '--json', ...options], run.io);
    return {
      code,
      ids:
        code === 0
          ? JSON.parse(run.stdout())
              .questions.map((q: { id: string }) => q.id)
              .sort()
          : [],
      stderr: run.stderr(),
    };
  },
  async print(options) {
    const out = temp();
    const run = fakeIo();
    const code = await runCli(['print', ...BANK, '--format', 'md', '--out', out, '--no-key', ...options], run.io);
    const quiz = code === 0 ? readFileSync(join(out, 'quiz-A.md'), 'utf8') : '';
    // The printed prompts, matched back to ids through the bank's prompts.
    const prompts: Record<string, string> = {
      visitors: 'How many visitors',
      opener: 'Who opened',
      parade: 'The tall ship parade',
      'renovation-years': 'How many years',
      'both-crowds': 'Which event',
    };
    const ids = Object.keys(prompts).filter((id) => quiz.includes(prompts[id]!));
    return { code, ids, stderr: run.stderr() };
  },
  async export(options) {
    const run = fakeIo();
    const code = await runCli(['export', ...BANK, '--format', 'json', '--out', '-', ...options], run.io);
    return {
      code,
      ids: code === 0 ? JSON.parse(run.stdout()).questions.map((q: { id: string }) => q.id) : [],
      stderr: run.stderr(),
    };
  },
};

describe.each(Object.keys(COMMANDS))('citequiz %s', (command) => {
  const run = COMMANDS[command]!;

  it('takes the questions citing --article and of --type', async () => {
    const picked = await run(['--article', 'market', '--type', 'short-answer', '--type', 'multiple-choice']);
    expect(picked.code, picked.stderr).toBe(0);
    expect([...picked.ids].sort()).toEqual(['both-crowds', 'renovation-years']);
  });

  it('takes at most --count of them', async () => {
    const picked = await run(['--article', 'harbour', '--count', '2']);
    expect(picked.code, picked.stderr).toBe(0);
    expect(picked.ids).toHaveLength(2);
  });

  it('names the options when no question matches them', async () => {
    const picked = await run(['--article', 'market', '--type', 'true-false']);
    expect(picked.code).toBe(1);
    expect(picked.stderr).toContain(
      'citequiz: no question in bank "mini" matches --article market --type true-false; `citequiz list` shows what each article has\n',
    );
  });

  it('names the articles there are when --article is not one of them', async () => {
    const picked = await run(['--article', 'harbor']);
    expect(picked.code).toBe(1);
    expect(picked.stderr).toContain(
      'citequiz: no article "harbor" in bank "mini"; its articles are: harbour, market\n',
    );
  });
});

describe.each(['quiz', 'print', 'export'])('citequiz %s --count with fewer questions than that', (command) => {
  it('takes all that match and says so', async () => {
    const picked = await COMMANDS[command]!(['--article', 'market', '--count', '6']);
    expect(picked.code).toBe(0);
    expect(picked.ids).toHaveLength(2);
    expect(picked.stderr).toContain(
      'citequiz: --count 6 asks for more questions than the 2 that match; taking all 2.\n',
    );
  });
});
