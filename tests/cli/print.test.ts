import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { fakeIo } from './fake-io.js';

const MINI = ['--bank', 'tests/fixtures/banks/mini'];
const fresh = () => mkdtempSync(join(tmpdir(), 'citequiz-print-'));

async function print(args: string[], options: { tty?: boolean } = {}) {
  const run = fakeIo();
  if (options.tty) Object.assign(run.io.stderr, { isTTY: true });
  const code = await runCli(['print', ...args], run.io);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

describe('citequiz print', () => {
  it('writes each version, its key, the teacher copy and the articles into --out', async () => {
    const out = fresh();
    const { code, stdout, stderr } = await print([
      '--format',
      'md',
      '--out',
      out,
      '--versions',
      '2',
      '--seed',
      '9',
      '--teacher',
      '--articles',
      ...MINI,
    ]);
    expect(code).toBe(0);
    const files = ['quiz-A.md', 'quiz-B.md', 'key-A.md', 'key-B.md', 'teacher.md', 'articles.md'];
    expect(readdirSync(out).sort()).toEqual([...files].sort());
    expect(stdout).toBe(files.map((f) => `${out}/${f}\n`).join(''));
    expect(stderr).toBe(
      `Printed 2 versions of 5 questions, seed 9 (--seed 9 prints the same versions): 6 files in ${out}\n`,
    );
    expect(readFileSync(join(out, 'quiz-B.md'), 'utf8')).toMatch(/^# Mini bank for tests — Version B\n/);
  });

  it('makes up a seed for several versions and says how to print them again', async () => {
    const out = fresh();
    const { code, stderr } = await print([
      '--format',
      'md',
      '--out',
      join(out, 'new', 'folder'),
      '--versions',
      '3',
      ...MINI,
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('seed 12345 (--seed 12345 prints the same versions)');
    const again = fresh();
    await print(['--format', 'md', '--out', again, '--versions', '3', '--seed', '12345', ...MINI]);
    expect(readFileSync(join(again, 'key-C.md'), 'utf8')).toBe(
      readFileSync(join(out, 'new', 'folder', 'key-C.md'), 'utf8'),
    );
  });

  it('leaves out keys with --no-key and uses --title', async () => {
    const out = fresh();
    expect((await print(['-f', 'html', '-o', out, '--no-key', '--title', 'Friday test', ...MINI])).code).toBe(0);
    expect(readdirSync(out)).toEqual(['quiz-A.html']);
    expect(readFileSync(join(out, 'quiz-A.html'), 'utf8')).toContain('<h1>Friday test</h1>');
  });

  it('writes keys as a grid alone with --key grid, a grid then the sources by default, and none with --no-key', async () => {
    const read = async (args: string[]) => {
      const out = fresh();
      expect((await print(['--format', 'md', '--out', out, ...args, ...MINI])).code).toBe(0);
      return readdirSync(out).includes('key-A.md') ? readFileSync(join(out, 'key-A.md'), 'utf8') : undefined;
    };
    const grid = await read(['--key', 'grid']);
    expect(grid).toContain('| 1. | B | 3. | False | 5. | A |\n| 2. | Alice Brown | 4. | 2 |  |  |');
    expect(grid).not.toContain('Source:');
    const full = await read([]);
    expect(full).toContain('| 1. | B | 3. | False | 5. | A |\n| 2. | Alice Brown | 4. | 2 |  |  |');
    expect(full).toMatch(/## Sources\n\n\*\*1\.\*\* \*\*B\*\* — 12,000\n> Source:/);
    expect(await read(['--key', 'full'])).toBe(full);
    expect(await read(['--no-key'])).toBeUndefined();
  });

  it('prints marks beside each question and a box for the total with --marks', async () => {
    const out = fresh();
    expect((await print(['--format', 'md', '--out', out, '--marks', '2', ...MINI])).code).toBe(0);
    const quiz = readFileSync(join(out, 'quiz-A.md'), 'utf8');
    expect(quiz).toContain('Score: ______ / 10');
    expect(quiz).toContain('**1.** How many visitors did the Riverside Harbour Festival draw on Saturday? *(2 marks)*');
    expect(readFileSync(join(out, 'key-A.md'), 'utf8')).toContain('Total: 10 marks');
    const once = fresh();
    expect((await print(['--format', 'md', '--out', once, '--marks', ...MINI])).code).toBe(0);
    expect(readFileSync(join(once, 'quiz-A.md'), 'utf8')).toContain('? *(1 mark)*');
  });

  it('writes PDFs', async () => {
    const out = fresh();
    expect((await print(['--format', 'pdf', '--out', out, '--paper', 'letter', ...MINI])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['key-A.pdf', 'quiz-A.pdf']);
    expect(readFileSync(join(out, 'quiz-A.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses to overwrite without --force, changing nothing, and overwrites with it', async () => {
    const out = fresh();
    writeFileSync(join(out, 'key-A.md'), 'my notes');
    const refused = await print(['--format', 'md', '--out', out, ...MINI]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `citequiz: ${join(out, 'key-A.md')} already exists; use --force to overwrite, or another --out folder\n`,
    );
    expect(readdirSync(out)).toEqual(['key-A.md']);
    expect(readFileSync(join(out, 'key-A.md'), 'utf8')).toBe('my notes');

    expect((await print(['--format', 'md', '--out', out, '--force', ...MINI])).code).toBe(0);
    expect(readFileSync(join(out, 'key-A.md'), 'utf8')).toMatch(/^# Mini bank for tests — Answer key/);
  });

  it('replaces with --force only the files this print writes, and names only those when refusing', async () => {
    const out = fresh();
    const full = ['--versions', '3', '--seed', '1', '--teacher', '--articles', ...MINI];
    expect((await print(['--format', 'pdf', '--out', out, ...full])).code).toBe(0);
    const pdfs = readdirSync(out).sort();
    expect(pdfs).toHaveLength(8);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    // Another format beside the PDF set: nothing of it is in the way, and nothing of it goes.
    expect((await print(['--format', 'html', '--out', out, '--force', ...full])).code).toBe(0);
    expect((await print(['--format', 'md', '--out', out, '--versions', '2', '--seed', '2', ...MINI])).code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual(pdfs);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');

    const refused = await print(['--format', 'md', '--out', out, '--versions', '2', '--seed', '3', ...MINI]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `citequiz: ${join(out, 'quiz-A.md')}, ${join(out, 'quiz-B.md')}, ${join(out, 'key-A.md')} and 1 more already exist; use --force to overwrite, or another --out folder\n`,
    );
  });

  it('says which files of an earlier print in the same format it left beside the new one', async () => {
    const out = fresh();
    expect((await print(['--format', 'md', '--out', out, '--versions', '3', '--seed', '1', ...MINI])).code).toBe(0);
    const again = await print(['--format', 'md', '--out', out, '--versions', '2', '--seed', '2', '--force', ...MINI]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(
      `Also in ${out}, from an earlier print and not part of this one: key-C.md, quiz-C.md\n`,
    );
    expect(readdirSync(out).sort()).toEqual([
      'key-A.md',
      'key-B.md',
      'key-C.md',
      'quiz-A.md',
      'quiz-B.md',
      'quiz-C.md',
    ]);
  });

  it('replaces a symlink in --out instead of writing through it', async () => {
    const out = fresh();
    const outside = join(fresh(), 'precious.txt');
    writeFileSync(outside, 'keep me');
    symlinkSync(outside, join(out, 'quiz-A.md'));
    expect((await print(['--format', 'md', '--out', out, ...MINI])).stderr).toContain(
      'quiz-A.md already exists; use --force',
    );
    expect((await print(['--format', 'md', '--out', out, '--force', ...MINI])).code).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    expect(statSync(join(out, 'quiz-A.md')).isFile()).toBe(true);
  });

  it('leaves nothing behind when a file cannot be written', async () => {
    const out = fresh();
    mkdirSync(join(out, 'key-A.md')); // a folder where the key should go
    const { code, stderr } = await print([
      '--format',
      'md',
      '--out',
      out,
      '--force',
      '--versions',
      '2',
      '--seed',
      '1',
      ...MINI,
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(`^citequiz: cannot write ${join(out, 'key-A.md').replace(/[/.]/g, '\\$&')}: it is a folder\n$`),
    );
    expect(readdirSync(out)).toEqual(['key-A.md']);
  });

  it('refuses an --out that runs through a file, or that cannot be made, in words and at once', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const throughFile = await print(['--format', 'md', '--out', join(dir, 'notes.txt', 'week3'), ...MINI]);
    expect(throughFile.code).toBe(1);
    expect(throughFile.stderr).toMatch(
      /^citequiz: cannot write to .*notes\.txt\/week3: .*notes\.txt is a file, not a folder\n$/,
    );
    // Node's recursive mkdir never returns on such a path; made one level at a time it fails.
    const impossible = await print(['--format', 'md', '--out', '/proc/citequiz-print/week3', ...MINI]);
    expect(impossible.code).toBe(1);
    expect(impossible.stderr).toMatch(/^citequiz: cannot write to \/proc\/citequiz-print\/week3: /);
  });

  it('keeps a --title with a line break on one line of the heading', async () => {
    const out = fresh();
    expect((await print(['--format', 'md', '--out', out, '--title', 'Week 3\n# not a heading', ...MINI])).code).toBe(0);
    expect(readFileSync(join(out, 'quiz-A.md'), 'utf8').split('\n')[0]).toBe('# Week 3 # not a heading — Version A');
  });

  it('shows progress on a terminal and only there', async () => {
    const out = fresh();
    const { stderr } = await print(['--format', 'md', '--out', out, ...MINI], { tty: true });
    expect(stderr).toContain('\rPrinting 2 of 2: key-A.md');
  });

  it.each([
    [
      ['--format', 'md', '--out', 'OUT', '--versions', '0'],
      2,
      "option '--versions <n>' argument '0' is invalid. expected a whole number of 1 or more.",
    ],
    [
      ['--format', 'md', '--out', 'OUT', '--versions', '101'],
      2,
      'citequiz: --versions must be a whole number from 1 to 100',
    ],
    [
      ['--format', 'md', '--out', 'OUT', '--article', 'harbor'],
      1,
      'citequiz: no article "harbor" in bank "mini"; its articles are: harbour, market',
    ],
    [
      ['--format', 'docx', '--out', 'OUT'],
      2,
      "option '-f, --format <format>' argument 'docx' is invalid. Allowed choices are pdf, html, md.",
    ],
    [['--out', 'OUT'], 2, "required option '-f, --format <format>' not specified"],
    [
      ['--format', 'md', '--out', 'OUT', '--key', 'short'],
      2,
      "option '--key <kind>' argument 'short' is invalid. Allowed choices are grid, full.",
    ],
    [
      ['--format', 'md', '--out', 'OUT', '--marks', '0'],
      2,
      "option '--marks [n]' argument '0' is invalid. expected a whole number of 1 or more.",
    ],
    [['--format', 'md', '--out', 'OUT', '--marks', '101'], 2, 'citequiz: --marks must be a whole number from 1 to 100'],
    [['--format', 'md'], 2, "required option '-o, --out <dir>' not specified"],
    [
      ['--format', 'pdf', '--out', 'OUT', '--paper', 'a5'],
      2,
      "option '--paper <size>' argument 'a5' is invalid. Allowed choices are a4, letter.",
    ],
  ])('refuses %j with exit %i', async (args, exit, message) => {
    const out = fresh();
    const { code, stderr } = await print([...args.map((a) => (a === 'OUT' ? out : a)), ...MINI]);
    expect(code).toBe(exit);
    expect(stderr).toContain(message);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses an --out that is a file', async () => {
    const file = join(fresh(), 'notes.txt');
    writeFileSync(file, 'x');
    const { code, stderr } = await print(['--format', 'md', '--out', file, ...MINI]);
    expect(code).toBe(1);
    expect(stderr).toBe(`citequiz: --out ${file} is a file, not a folder\n`);
  });
});
