// The built CLI prints PDFs (the bundle loads pdfkit and the font files from its own chunk), and
// the quiz's start-up does not load the PDF library.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { expectInOrder, hasPoppler, pdfText } from '../print/pdf-tools.js';

const BIN = join(ROOT, 'bin/citequiz.js');
const MAIN = join(ROOT, 'dist/main.js');

/** The bundle files loaded when the CLI starts: main.js and what it imports statically, transitively. */
function loadedAtStartup(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+)"/g))
    loadedAtStartup(join(dirname(file), match[1]!), seen);
  return seen;
}

describe('the built CLI', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error('dist/ is missing: run `npm run build` first');
  });

  it('starts without the PDF library: pdfkit and fontkit are in chunks loaded only by print', () => {
    const startup = [...loadedAtStartup(MAIN)];
    expect(startup.length).toBeGreaterThanOrEqual(1);
    for (const file of startup) expect(readFileSync(file, 'utf8'), file).not.toMatch(/%PDF-|GSUB/);
    const chunks = readdirSync(join(ROOT, 'dist/chunks')).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => /%PDF-/.test(readFileSync(join(ROOT, 'dist/chunks', f), 'utf8')))).toBe(true);
  });

  it.skipIf(!hasPoppler && !process.env.CI)('prints PDFs from the bundle', () => {
    const out = mkdtempSync(join(tmpdir(), 'citequiz-bin-'));
    const result = spawnSync(
      process.execPath,
      [BIN, 'print', '--format', 'pdf', '--out', out, '--versions', '2', '--count', '5', '--seed', '3', '--articles'],
      {
        cwd: tmpdir(), // not the project: the bundled bank and the fonts are found from the installation
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe(
      `Printed 2 versions of 5 questions, seed 3 (--seed 3 prints the same versions): 5 files in ${out}\n`,
    );
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['articles.pdf', 'key-A.pdf', 'key-B.pdf', 'quiz-A.pdf', 'quiz-B.pdf']);
    expectInOrder(
      pdfText(join(out, 'quiz-B.pdf')),
      ['London attacks, 2017 — five news reports', 'Version B', '1.', '5.'],
      'quiz-B',
    );
    expect(execFileSync('pdfinfo', [join(out, 'articles.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+[1-9]/);
  });

  it('leaves no half-written print behind when stopped with Ctrl+C, whenever it comes', async () => {
    // Ctrl+C at several moments of a class set: before, during and after the files are written.
    for (const delay of [300, 900, 1500, 2500]) {
      const out = mkdtempSync(join(tmpdir(), 'citequiz-sigint-'));
      const child = spawn(
        process.execPath,
        [BIN, 'print', '--format', 'pdf', '--out', out, '--versions', '30', '--count', '20', '--seed', '1'],
        {
          stdio: 'ignore',
        },
      );
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      setTimeout(() => child.kill('SIGINT'), delay);
      const { code, signal } = await ended;
      const left = readdirSync(out);
      expect(
        left.filter((name) => name.startsWith('.')),
        `after ${delay} ms`,
      ).toEqual([]);
      // Either the whole class set or none of it.
      if (signal === 'SIGINT') expect([0, 60]).toContain(left.length);
      else expect({ code, files: left.length }).toEqual({ code: 0, files: 60 });
    }
  }, 120_000);
});
