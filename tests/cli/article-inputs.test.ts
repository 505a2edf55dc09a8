import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readInputArticle } from '../../src/cli/article-inputs.js';
import { runCli } from '../../src/cli/program.js';
import { ROOT } from '../helpers.js';
import { fakeIo } from './fake-io.js';

const DOCUMENTS = join(ROOT, 'tests/fixtures/documents');
const EVAL = join(ROOT, 'tests/fixtures/generate/eval');
const article = JSON.parse(readFileSync(join(DOCUMENTS, 'article.json'), 'utf8')) as {
  outlet: string;
  headline: string;
  byline: string;
  paragraphs: string[];
};
const tmp = mkdtempSync(join(tmpdir(), 'citequiz-inputs-'));
const paragraphsOf = (text: string) => text.trim().split('\n\n');

/** A PDF of one page holding `draw`'s marks, made as the fixtures are, with pdfkit. */
async function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const { default: PDFDocument } = (await import('pdfkit')) as unknown as {
    default: new (options: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;
  };
  return new Promise((done) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => done(Buffer.concat(chunks)));
    draw(doc);
    doc.end();
  });
}

describe('reading PDF and Word articles', () => {
  it('reads a PDF as its paragraphs: wrapped lines joined, across the page break, headers and page numbers left out', async () => {
    const read = await readInputArticle('ferry.pdf', DOCUMENTS, 'ferry');
    expect(paragraphsOf(read.text)).toEqual([article.headline, article.byline, ...article.paragraphs]);
    expect(read).toMatchObject({
      fileName: 'ferry.txt',
      format: 'text',
      title: article.headline,
      // From the running header, "The Lakeport Daily | Monday 3 March 2025", left out of the text.
      outlet: article.outlet,
      published: '2025-03-03',
    });
  });

  it('reads a Word file as its paragraphs, a line break parting lines', async () => {
    const read = await readInputArticle('ferry.docx', DOCUMENTS, 'ferry');
    expect(paragraphsOf(read.text)).toEqual([
      article.headline,
      `${article.byline}, ${article.outlet}`,
      'Monday 3 March 2025',
      ...article.paragraphs,
    ]);
    expect(read).toMatchObject({ title: article.headline, outlet: article.outlet, published: '2025-03-03' });
  });

  it("reads a Word file's page header for the outlet and date", async () => {
    const { unzipSync, zipSync, strToU8 } = await import('fflate');
    const parts = unzipSync(readFileSync(join(DOCUMENTS, 'ferry.docx')));
    const header = '<w:hdr><w:p><w:r><w:t>The Harbour Post | 4 March 2025</w:t></w:r></w:p></w:hdr>';
    const { readDocx } = await import('../../src/articles/docx.js');
    const read = await readDocx(zipSync({ ...parts, 'word/header1.xml': strToU8(header) }));
    expect(read.furniture).toEqual(['The Harbour Post | 4 March 2025']);
  });

  it.each([
    ['broken.pdf', 'not a PDF at all', 'the file is not a PDF that can be read'],
    ['broken.docx', 'PK not a zip', 'the file is not a Word document (.docx)'],
  ])('says why %s cannot be read', async (name, content, reason) => {
    writeFileSync(join(tmp, name), content);
    await expect(readInputArticle(name, tmp, 'x')).rejects.toThrow(reason);
  });

  it('takes PDF and Word files up to 50 MiB, as photos make them larger than their text', async () => {
    const sized = (name: string, bytes: number) => {
      writeFileSync(join(tmp, name), '');
      truncateSync(join(tmp, name), bytes);
    };
    sized('photos.pdf', 6 * 1024 * 1024);
    await expect(readInputArticle('photos.pdf', tmp, 'x')).rejects.toThrow('the file is not a PDF that can be read');
    sized('huge.docx', 51 * 1024 * 1024);
    await expect(readInputArticle('huge.docx', tmp, 'x')).rejects.toThrow('larger than 50 MiB');
  });

  it('says a PDF without text is a scan, not an article', async () => {
    writeFileSync(join(tmp, 'scan.pdf'), await pdf((doc) => doc.rect(100, 100, 300, 400).fill('#888')));
    await expect(readInputArticle('scan.pdf', tmp, 'x')).rejects.toThrow('the PDF has no text to read (a scan?');
  });

  it('leaves Markdown front matter out of the article and takes its facts', async () => {
    writeFileSync(
      join(tmp, 'fm.md'),
      '---\ntitle: Ferry returns\nsource: The Lakeport Daily\ndate: 3 March 2025\n---\n\n# Ferry returns\n\nThe ferry runs again.\n',
    );
    const read = await readInputArticle('fm.md', tmp, 'fm');
    expect(read).toMatchObject({
      text: '\n# Ferry returns\n\nThe ferry runs again.\n',
      format: 'markdown',
      fileName: 'fm.md',
      title: 'Ferry returns',
      outlet: 'The Lakeport Daily',
      published: '2025-03-03',
    });
  });
});

describe('citequiz generate: which inputs it reads', () => {
  it('makes a bank from a PDF and a Word file that check accepts', async () => {
    const cwd = join(tmp, 'documents');
    mkdirSync(join(cwd, 'in'), { recursive: true });
    for (const file of ['ferry.pdf', 'ferry.docx', 'article.json'])
      cpSync(join(DOCUMENTS, file), join(cwd, 'in', file));
    const { io, stdout, stderr } = fakeIo({ cwd });
    expect(await runCli(['generate', 'in', '--out', 'bank', '--json'], io), stderr()).toBe(0);
    const summary = JSON.parse(stdout());
    expect(summary.articles.map((a: { from: string }) => a.from).sort()).toEqual(['in/ferry.docx', 'in/ferry.pdf']);
    // Named, with the reason, as every file passed over is.
    expect(stderr()).toContain('skipping in/article.json: not an article file (.txt, ');
    const check = fakeIo({ cwd });
    expect(await runCli(['check', '--bank', 'bank'], check.io), check.stderr()).toBe(0);
    const bank = parse(readFileSync(join(cwd, 'bank/bank.yaml'), 'utf8'));
    expect(bank.articles[0]).toMatchObject({ outlet: article.outlet, published: '2025-03-03' });
  });

  it('stops at a path that does not exist, before reading anything', async () => {
    const { io, stderr } = fakeIo({ cwd: tmp });
    expect(
      await runCli(['generate', join(EVAL, 'sports-marathon.txt'), 'nowhere.txt', 'gone/', '--out', 'b'], io),
    ).toBe(1);
    expect(stderr()).toBe('citequiz: no such file or folder: nowhere.txt, gone/\n');
    expect(existsSync(join(tmp, 'b'))).toBe(false);
  });

  it('names every file it passes over, and why', async () => {
    const dir = join(tmp, 'mixed');
    mkdirSync(join(dir, '.git'), { recursive: true });
    cpSync(join(EVAL, 'sports-marathon.txt'), join(dir, 'marathon.txt'));
    for (const name of ['photo.jpg', 'old.doc', '.DS_Store']) writeFileSync(join(dir, name), 'x');
    const { io, stderr } = fakeIo({ cwd: tmp });
    expect(await runCli(['generate', 'mixed', '--out', 'mixed-bank'], io)).toBe(0);
    expect(stderr()).toContain('skipping hidden entries in mixed: .DS_Store, .git');
    expect(stderr()).toContain('skipping mixed/old.doc: an old Word file: save it as .docx or PDF');
    expect(stderr()).toContain(
      'skipping mixed/photo.jpg: not an article file (.txt, .text, .md, .markdown, .html, .htm, .pdf, .docx)',
    );
  });

  it('does not follow a link out of a folder it reads, as the bank loader would not', async () => {
    const dir = join(tmp, 'linked');
    mkdirSync(join(tmp, 'private'), { recursive: true });
    mkdirSync(dir);
    writeFileSync(join(tmp, 'private/diary.txt'), 'Dear diary, the exam answers are under the desk in room 4.\n');
    cpSync(join(EVAL, 'sports-marathon.txt'), join(dir, 'marathon.txt'));
    symlinkSync(join(tmp, 'private'), join(dir, 'more'));
    symlinkSync(join(tmp, 'private/diary.txt'), join(dir, 'diary.txt'));
    symlinkSync('marathon.txt', join(dir, 'same.txt'));
    const { io, stderr, stdout } = fakeIo({ cwd: tmp });
    expect(await runCli(['generate', 'linked', '--out', 'linked-bank', '--json'], io)).toBe(0);
    expect(stderr()).toContain('skipping linked/more: a link to outside linked, not followed');
    expect(stderr()).toContain('skipping linked/diary.txt: a link to outside linked, not followed');
    expect(JSON.parse(stdout()).articles).toHaveLength(1);
    expect(readdirSync(join(tmp, 'linked-bank/articles'))).toEqual(['marathon.txt']);
  });
});

describe('citequiz generate --outlet and --date', () => {
  const cwd = join(tmp, 'overrides');
  mkdirSync(join(cwd, 'bbc'), { recursive: true });
  cpSync(join(EVAL, 'sports-marathon.txt'), join(cwd, 'bbc/marathon.txt'));
  cpSync(join(EVAL, 'sports-cup-final.txt'), join(cwd, 'bbc/cup.txt'));
  cpSync(join(EVAL, 'local-bridge-closure.txt'), join(cwd, 'bridge.txt'));
  const facts = async (args: string[]) => {
    const { io, stdout, stderr } = fakeIo({ cwd });
    expect(
      await runCli(['generate', 'bbc', 'bridge.txt', '--out', 'out', '--force', '--json', ...args], io),
      stderr(),
    ).toBe(0);
    return Object.fromEntries(
      JSON.parse(stdout()).articles.map((a: { id: string; outlet: string; published: string }) => [
        a.id,
        [a.outlet, a.published],
      ]),
    );
  };

  it('uses what the article states when nothing is given', async () => {
    // The bridge report dates itself in its dateline: "ASHCOMBE, 21 January 2025 — ...".
    expect(await facts([])).toEqual({ marathon: [null, null], cup: [null, null], bridge: [null, '2025-01-21'] });
  });

  it('gives one value to every article, or to a folder and a file, the most specific winning', async () => {
    expect(
      await facts([
        '--outlet',
        'Ashcombe Gazette',
        '--outlet',
        'bbc=BBC News',
        '--outlet',
        'bbc/cup.txt=BBC Sport',
        '--date',
        'bbc=5 March 2024',
        '--date',
        'bridge.txt=none',
      ]),
    ).toEqual({
      marathon: ['BBC News', '2024-03-05'],
      cup: ['BBC Sport', '2024-03-05'],
      bridge: ['Ashcombe Gazette', null],
    });
  });

  it.each([
    [['--date', 'yesterday'], '--date yesterday: expected a date such as 2024-03-05 or 5 March 2024'],
    [['--date', 'bridge.txt=2024-02-30'], '--date bridge.txt=2024-02-30: expected a date'],
    [['--outlet', 'brigde.txt=Gazette'], '--outlet brigde.txt=Gazette: no such file or folder: brigde.txt'],
    [['--outlet', `${EVAL}=Gazette`], 'names no article among those given to read'],
    [['--outlet', 'bbc='], 'expected some text after the ='],
  ])('refuses %j as a usage error', async (args, message) => {
    const { io, stderr } = fakeIo({ cwd });
    expect(await runCli(['generate', 'bbc', 'bridge.txt', '--out', 'refused', ...args], io)).toBe(2);
    expect(stderr()).toContain(message);
    expect(existsSync(join(cwd, 'refused'))).toBe(false);
  });

  it('says how in its help', async () => {
    const { io, stdout } = fakeIo({ cwd });
    await runCli(['generate', '--help'], io);
    expect(stdout()).toMatch(/--outlet <\[path=\]name>/);
    expect(stdout()).toMatch(/--date <\[path=\]date>/);
    expect(stdout()).toContain('.pdf and .docx');
  });
});

// pdf.js and mammoth are large: neither may load unless a PDF or Word file is read.
it('keeps pdf.js and mammoth out of every chunk that loads without a PDF or Word file', () => {
  const dist = join(ROOT, 'dist');
  const chunks = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
  const source = (file: string) => readFileSync(join(dist, file), 'utf8');
  const heavy = chunks.filter((f) => /pdfjsVersion|mammoth/.test(source(`chunks/${f}`))).map((f) => `chunks/${f}`);
  expect(heavy.length).toBeGreaterThan(0);
  // Everything the start-up bundle and the generate command load statically.
  const generate = chunks.find((f) => source(`chunks/${f}`).includes('no readable articles in'))!;
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const [, target] of source(file).matchAll(/(?:from|import)\s*"\.\/(?:chunks\/)?([^"]+\.js)"/g))
      visit(`chunks/${target!.replace(/^chunks\//, '')}`);
  };
  visit('main.js');
  visit(`chunks/${generate}`);
  expect(heavy.filter((file) => reached.has(file))).toEqual([]);
  expect(execFileSync(process.execPath, [join(ROOT, 'bin/citequiz.js'), '--help'], { encoding: 'utf8' })).toContain(
    'generate',
  );
});
