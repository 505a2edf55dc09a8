import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { ROOT } from '../helpers.js';
import { fakeIo } from './fake-io.js';

const EVAL = join(ROOT, 'tests/fixtures/generate/eval');
const tmp = mkdtempSync(join(tmpdir(), 'citequiz-generate-'));
const BIN = join(ROOT, 'bin/citequiz.js');

/** A folder of mixed inputs: the evaluation articles plus files that are not articles. */
function mixedFolder(name: string): string {
  const dir = join(tmp, name);
  cpSync(EVAL, dir, { recursive: true });
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 society gathered in the square on Tuesday.', 'latin1'));
  writeFileSync(join(dir, 'notes.pdf'), 'not an article');
  return dir;
}

// The quiz saves answers: keep them out of the user's own history.
const HOME = join(tmp, 'home');
const run = (args: string[], cwd = tmp) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CITEQUIZ_HOME: HOME },
  });

describe('citequiz generate', () => {
  it('end to end: a folder of mixed files → a bank that check accepts → a quiz graded from a file', () => {
    const dir = mixedFolder('mixed');
    const generated = run(['generate', dir, '--out', 'banks/mixed', '--seed', '7']);
    expect(generated.status, generated.stderr).toBe(0);
    expect(generated.stderr).toMatch(/skipping .*empty\.txt: the file is empty/);
    expect(generated.stderr).toMatch(/skipping .*photo\.txt: the file is binary/);
    expect(generated.stderr).toMatch(/skipping .*latin1\.txt: the file is not UTF-8/);
    expect(generated.stderr).toMatch(/Wrote banks\/mixed: \d+ questions on 7 articles/);
    const bankDir = join(tmp, 'banks/mixed');
    expect(readdirSync(join(bankDir, 'articles')).sort()).toEqual([
      'business-merger.txt',
      'local-bridge-closure.txt',
      'politics-council-vote.txt',
      'science-coral-study.md',
      'science-mars-rover.txt',
      'sports-cup-final.txt',
      'sports-marathon.txt',
    ]);
    const check = run(['check', '--bank', 'banks/mixed', '--json']);
    expect(check.status, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, articles: 7 });

    const bank = parse(readFileSync(join(bankDir, 'bank.yaml'), 'utf8'));
    // Answer every question correctly from the bank itself: a script drives the quiz.
    const answers = Object.fromEntries(
      bank.questions.map((q: { id: string; answer: string | boolean }) => [q.id, q.answer]),
    );
    writeFileSync(join(tmp, 'answers.json'), JSON.stringify(answers));
    const quiz = run(['quiz', '--bank', 'banks/mixed', '--answers', 'answers.json', '--json']);
    expect(quiz.status, quiz.stderr).toBe(0);
    const report = JSON.parse(quiz.stdout);
    expect(report.correct).toBe(bank.questions.length);
  });

  it('reads the article out of an HTML page: no scripts, navigation or comments, and the page says its outlet and date', () => {
    const generated = run(['generate', join(EVAL, 'business-merger.html'), '--out', 'banks/html', '--json']);
    expect(generated.status, generated.stderr).toBe(0);
    const summary = JSON.parse(generated.stdout);
    expect(summary.articles[0]).toMatchObject({
      id: 'business-merger',
      title: 'Halcyon Freight to buy Brightwater Shipping in $8.4 billion deal',
      outlet: 'The Market Ledger',
      published: '2024-09-09',
    });
    const text = readFileSync(join(tmp, 'banks/html/articles/business-merger.txt'), 'utf8');
    expect(text).toContain('Brightwater shareholders will receive $45 per share');
    const page = readFileSync(join(EVAL, 'business-merger.html'), 'utf8');
    for (const left of ['<script', 'function', 'cookie', 'Subscribe'])
      if (!page.includes(left)) throw new Error(`fixture lacks ${left}`);
    expect(text).not.toMatch(/<script|function\s*\(|cookies?\b|Subscribe/i);
    expect(text).not.toMatch(/comments?\b.*\n.*reply/i);
  });

  it('gives the same bank, byte for byte, for the same articles and seed', () => {
    expect(run(['generate', EVAL, '--out', 'banks/one', '--seed', 's']).status).toBe(0);
    expect(run(['generate', EVAL, '--out', 'banks/two', '--seed', 's']).status).toBe(0);
    expect(readFileSync(join(tmp, 'banks/two/bank.yaml'), 'utf8')).toBe(
      readFileSync(join(tmp, 'banks/one/bank.yaml'), 'utf8'),
    );
  });
});

describe('citequiz generate, in process', () => {
  const cwd = join(tmp, 'in-process');
  mkdirSync(cwd, { recursive: true });

  it('refuses to overwrite a bank unless --force, and --force replaces only a bank', async () => {
    const marathon = join(EVAL, 'sports-marathon.txt');
    expect(await runCli(['generate', marathon, '--out', 'bank'], fakeIo({ cwd }).io)).toBe(0);
    writeFileSync(join(cwd, 'bank/notes.txt'), 'mine');
    const refused = fakeIo({ cwd });
    expect(await runCli(['generate', marathon, '--out', 'bank'], refused.io)).toBe(1);
    expect(refused.stderr()).toContain('bank already exists; choose another --out, or add --force to replace it');
    expect(readFileSync(join(cwd, 'bank/notes.txt'), 'utf8')).toBe('mine');

    expect(await runCli(['generate', marathon, '--out', 'bank', '--force'], fakeIo({ cwd }).io)).toBe(0);
    expect(existsSync(join(cwd, 'bank/bank.yaml'))).toBe(true);
    expect(readdirSync(cwd).filter((f) => f.startsWith('.'))).toEqual([]);

    // A folder that is not a bank, the working folder and a folder of inputs are never replaced.
    mkdirSync(join(cwd, 'work'));
    writeFileSync(join(cwd, 'work/code.ts'), 'mine');
    const notBank = fakeIo({ cwd });
    expect(await runCli(['generate', marathon, '--out', 'work', '--force'], notBank.io)).toBe(1);
    expect(notBank.stderr()).toContain('--force replaces only a bank folder, and work holds no bank.yaml');
    const here = fakeIo({ cwd: join(cwd, 'bank') });
    expect(await runCli(['generate', marathon, '--out', '.', '--force'], here.io)).toBe(1);
    expect(here.stderr()).toContain('it holds the working folder or the articles being read');
    expect(readFileSync(join(cwd, 'work/code.ts'), 'utf8')).toBe('mine');
    expect(existsSync(join(cwd, 'bank/bank.yaml'))).toBe(true);
  });

  it('visits each folder and file once: a symlink loop ends, a file named twice is one article', async () => {
    const dir = join(cwd, 'iso', 'looped');
    mkdirSync(dir, { recursive: true });
    cpSync(join(EVAL, 'sports-marathon.txt'), join(dir, 'marathon.txt'));
    symlinkSync('.', join(dir, 'self'));
    symlinkSync('..', join(dir, 'up'));
    const { io, stdout } = fakeIo({ cwd });
    expect(
      await runCli(
        ['generate', dir, join(dir, 'marathon.txt'), './iso/looped/marathon.txt', '--out', 'looped-bank', '--json'],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(stdout()).articles).toHaveLength(1);
  });

  it('skips an HTML page saved as .txt, as check would refuse it, and keeps the rest', async () => {
    writeFileSync(join(cwd, 'page.txt'), '<p>One</p><div>two</div><span>three</span>');
    const { io, stderr } = fakeIo({ cwd });
    expect(await runCli(['generate', 'page.txt', join(EVAL, 'sports-marathon.txt'), '--out', 'with-page'], io)).toBe(0);
    expect(stderr()).toContain('skipping page.txt: the file is an HTML page');
  });

  it('says so when an article is longer than it reads, and writes its questions from the start of it', async () => {
    const sentence = (n: number) => `Repairs to span ${n} were said to cost ${n % 97} million pounds in all.`;
    const text = `Bridge Repairs\n\n${Array.from({ length: 1_700 }, (_, n) => sentence(n)).join(' ')}\n`;
    writeFileSync(join(cwd, 'long.txt'), text);
    const terminal = fakeIo({ cwd, env: { NO_COLOR: '1' } });
    const io = { ...terminal.io, stderr: { ...terminal.io.stderr, isTTY: true } };
    expect(await runCli(['generate', 'long.txt', '--out', 'long'], io)).toBe(0);
    // On a line of its own, not after the progress line.
    expect(terminal.stderr()).toContain(
      `\r\u001b[2Kcitequiz: long.txt is ${text.length.toLocaleString('en-US')} characters long: its questions come from the first 100,000 only\n`,
    );
    const bank = parse(readFileSync(join(cwd, 'long', 'bank.yaml'), 'utf8')) as {
      questions: { sources: { quote: string }[] }[];
    };
    const quotes = bank.questions.flatMap((q) => q.sources.map((s) => s.quote));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(text.indexOf(quote) + quote.length).toBeLessThanOrEqual(100_000);
    for (const quote of quotes) expect(text.indexOf(quote)).toBeGreaterThanOrEqual(0);
    // The bank keeps the whole article: its quotes point into it as given.
    expect(readFileSync(join(cwd, 'long', 'articles', 'long.txt'), 'utf8')).toBe(text);
  });

  it('fails with a clear message when nothing given is an article, and writes nothing', async () => {
    writeFileSync(join(cwd, 'empty.md'), '   \n');
    writeFileSync(join(cwd, 'x.docx'), 'PK');
    const { io, stderr } = fakeIo({ cwd });
    writeFileSync(join(cwd, 'x.rtf'), '{\\rtf1}');
    expect(await runCli(['generate', 'empty.md', 'x.docx', 'x.rtf', '--out', 'nothing'], io)).toBe(1);
    expect(stderr()).toContain('skipping empty.md: the file is empty');
    expect(stderr()).toContain('skipping x.docx: the file is not a Word document (.docx)');
    expect(stderr()).toContain('skipping x.rtf: save it as .docx, PDF or plain text');
    expect(stderr()).toContain(
      'no readable articles in empty.md, x.docx, x.rtf: give .txt, .text, .md, .markdown, .html, .htm, .pdf, .docx files',
    );
    expect(existsSync(join(cwd, 'nothing'))).toBe(false);
  });

  it('--report says why an article long enough for six questions got fewer', async () => {
    const quotes = Array.from(
      { length: 9 },
      (_, i) =>
        `"We will rebuild the ${['north', 'south', 'east'][i % 3]} pier by spring ${2030 + i}," said harbour master Ada Quist.`,
    );
    writeFileSync(join(cwd, 'quoted.txt'), ['Harbour master promises new piers', ...quotes].join('\n\n'));
    const { io, stdout, stderr } = fakeIo({ cwd });
    // No question can be made from it (every quotation is the one speaker's the story is about):
    // the report still says why.
    expect(await runCli(['generate', 'quoted.txt', '--out', 'quoted', '--report'], io)).toBe(1);
    expect(stderr()).toContain('so no bank was written; the report above says why');
    expect(stdout()).toMatch(
      /^ {2}\d questions, fewer than 6: 9 of its 9 sentences cannot stand alone as statements: quoted speech \(9\)/m,
    );
  });

  it('--report names what was passed over and why; --types limits the types', async () => {
    const { io, stdout } = fakeIo({ cwd });
    expect(
      await runCli(
        [
          'generate',
          join(EVAL, 'local-bridge-closure.txt'),
          '--out',
          'report',
          '--report',
          '--types',
          'true-false,short-answer',
        ],
        io,
      ),
    ).toBe(0);
    expect(stdout()).toMatch(/^local-bridge-closure: \d+ citable sentences, \d+ candidates, \d+ kept, \d+ rejected$/m);
    expect(stdout()).toMatch(/^\s+\d+ {2}quoted speech$/m);
    expect(stdout()).toMatch(/^ {2}candidates rejected:$/m);
    const bank = parse(readFileSync(join(cwd, 'report/bank.yaml'), 'utf8'));
    for (const q of bank.questions as { type: string }[]) expect(['true-false', 'short-answer']).toContain(q.type);
    // Boilerplate never reaches a question.
    expect(bank.questions.length).toBeGreaterThan(0);
    for (const q of bank.questions)
      expect(q.sources[0].quote).not.toMatch(/Leave a Reply|Share this article|Tags:|^By /);
  });

  it('shows progress on a terminal, one line rewritten in place, and none when stderr is not one', async () => {
    const terminal = fakeIo({ cwd });
    const io = { ...terminal.io, stderr: { ...terminal.io.stderr, isTTY: true } };
    expect(await runCli(['generate', EVAL, '--out', 'progress'], io)).toBe(0);
    expect(terminal.stderr()).toMatch(/\r\u001b\[2KReading 1\/7: /);
    expect(terminal.stderr()).toMatch(/\r\u001b\[2KAnalysing 7\/7: /);
    const piped = fakeIo({ cwd });
    expect(await runCli(['generate', EVAL, '--out', 'progress-piped'], piped.io)).toBe(0);
    expect(piped.stderr()).not.toContain('Analysing');
  });

  it('writes no bank, and says why, when no question can be made', async () => {
    writeFileSync(
      join(cwd, 'quotes.txt'),
      '"We will win," said the coach.\n\n"It was hard," she said.\n\n"Never again," he added.\n',
    );
    const { io, stderr } = fakeIo({ cwd });
    expect(await runCli(['generate', 'quotes.txt', '--out', 'empty-bank'], io)).toBe(1);
    expect(stderr()).toContain('no question could be made from 1 article, so no bank was written; --report shows why');
    expect(existsSync(join(cwd, 'empty-bank'))).toBe(false);
  });

  it('refuses an --out under a file before reading anything', async () => {
    writeFileSync(join(cwd, 'plain'), 'x');
    const { io, stderr } = fakeIo({ cwd });
    expect(await runCli(['generate', EVAL, '--out', 'plain/bank'], io)).toBe(1);
    expect(stderr()).toBe('citequiz: cannot write to plain/bank: plain is a file, not a folder\n');
  });

  it('does not read an earlier bank inside a folder of articles as more articles', async () => {
    const dir = join(cwd, 'articles-with-bank');
    mkdirSync(dir);
    cpSync(join(EVAL, 'sports-marathon.txt'), join(dir, 'marathon.txt'));
    expect(await runCli(['generate', dir, '--out', join(dir, 'bank')], fakeIo({ cwd }).io)).toBe(0);
    const again = fakeIo({ cwd });
    expect(await runCli(['generate', dir, '--out', 'outside', '--json'], again.io)).toBe(0);
    expect(again.stderr()).toMatch(/skipping .*articles-with-bank\/bank: it is a bank folder/);
    expect(JSON.parse(again.stdout()).articles).toHaveLength(1);
  });

  it('rejects unknown types and a missing --out with usage errors', async () => {
    const badType = fakeIo({ cwd });
    expect(await runCli(['generate', EVAL, '--out', 'x', '--types', 'essay'], badType.io)).toBe(2);
    expect(badType.stderr()).toContain('expected one of: multiple-choice, true-false, short-answer');
    const noOut = fakeIo({ cwd });
    expect(await runCli(['generate', EVAL], noOut.io)).toBe(2);
    expect(noOut.stderr()).toContain("required option '-o, --out <dir>' not specified");
    const emptyTitle = fakeIo({ cwd });
    expect(await runCli(['generate', EVAL, '--out', 'x', '--title', ' '], emptyTitle.io)).toBe(2);
    expect(emptyTitle.stderr()).toContain('expected some text');
    const noTypes = fakeIo({ cwd });
    expect(await runCli(['generate', EVAL, '--out', 'x', '--types', ','], noTypes.io)).toBe(2);
    const badSkill = fakeIo({ cwd });
    expect(await runCli(['generate', EVAL, '--out', 'x', '--skills', 'main-idea,spelling'], badSkill.io)).toBe(2);
    expect(badSkill.stderr()).toContain('"spelling" is not a skill; expected one or more of: detail, vocabulary');
    expect(existsSync(join(cwd, 'x'))).toBe(false);
  });

  it('--skills keeps only questions of those skills', async () => {
    const { io } = fakeIo({ cwd });
    expect(await runCli(['generate', EVAL, '--out', 'skills', '--skills', 'main-idea,detail'], io)).toBe(0);
    const bank = parse(readFileSync(join(cwd, 'skills/bank.yaml'), 'utf8'));
    const skills = new Set((bank.questions as { skill: string }[]).map((q) => q.skill));
    expect([...skills].sort()).toEqual(['detail', 'main-idea']);
  });
});

// The quiz must not pay for the NLP library, WordNet or the word vectors: nothing of them loads
// unless generate runs.
it('keeps the NLP and HTML libraries, WordNet and the word vectors out of the quiz start-up bundle', () => {
  const main = readFileSync(join(ROOT, 'dist/main.js'), 'utf8');
  // The NLP model, the HTML reader and the generator are chunks the entry module imports only
  // with import(), on first use.
  const chunks = readdirSync(join(ROOT, 'dist/chunks')).filter((f) => f.endsWith('.js'));
  const heavy = chunks.filter(
    (f) =>
      /^(model|wink-nlp|readability|resources)-/.test(f) ||
      /Which article reports/.test(readFileSync(join(ROOT, 'dist/chunks', f), 'utf8')),
  );
  expect(heavy.length).toBe(5);
  const staticImports = [...main.matchAll(/from"\.\/chunks\/([^"]+)"/g)].map((m) => m[1]);
  expect(staticImports.filter((f) => heavy.includes(f!))).toEqual([]);
  expect(/Which article reports/.test(main)).toBe(false);
  expect(/word-vectors\.bin|index\.sense/.test(main)).toBe(false);
  expect(execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' })).toContain('generate');
});
