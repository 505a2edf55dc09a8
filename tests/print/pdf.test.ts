// The printed PDF read back with poppler's pdftotext: each question and its choices in the
// version's order, keys that match their version, no question split across pages, the paper size,
// and typography (curly quotes, dashes, accents) that survives the embedded font.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { buildPrintJob } from '../../src/print/job.js';
import { breakLongWords } from '../../src/render/print/pdf.js';
import { fakeIo } from '../cli/fake-io.js';
import { BUNDLED_BANK, FIXTURE_BANKS, loadFixtureBank, picked } from '../helpers.js';
import {
  expectInOrder,
  expectNoQuestionSplit,
  hasPoppler,
  keyParts,
  pdfFonts,
  pdfInfo,
  pdfText,
  questionParts,
  squash,
} from './pdf-tools.js';

const UNICODE_BANK = join(FIXTURE_BANKS, 'print-unicode');

async function print(args: string[]): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'citequiz-pdf-'));
  const { io, stderr } = fakeIo();
  expect(await runCli(['print', '--format', 'pdf', '--out', out, ...args], io), stderr()).toBe(0);
  return out;
}

// CI installs poppler-utils (.ci/run); a developer machine without it skips these rather than failing.
describe.skipIf(!hasPoppler && !process.env.CI)('printed PDF, read back with pdftotext', async () => {
  const bundled = await loadFixtureBank(BUNDLED_BANK);
  // As --articles prints them: grouped under the article that answers them.
  const job = buildPrintJob(bundled, {
    versions: 3,
    seed: '11',
    questions: picked(bundled, { seed: '11', count: 20 }),
    byArticle: true,
  });
  const out = await print(['--versions', '3', '--seed', '11', '--count', '20', '--teacher', '--articles']);

  it.each(job.versions.map((v) => [v.letter, v]))(
    'version %s shows every question and its choices in its own order',
    (letter, version) => {
      const text = pdfText(join(out, `quiz-${letter}.pdf`));
      expectInOrder(text, [job.title, `Version ${letter}`, 'Name:', 'Class:', 'Date:'], `quiz-${letter}`);
      expectInOrder(text, version.questions.flatMap(questionParts), `quiz-${letter}`);
      expect(text).not.toContain('Source:'); // the students' copy gives nothing away
    },
  );

  it.each(job.versions.map((v) => [v.letter, v]))(
    "key %s matches its version's order, with each source",
    (letter, version) => {
      const text = pdfText(join(out, `key-${letter}.pdf`));
      expectInOrder(text, [`Answer key · Version ${letter}`, ...version.questions.flatMap(keyParts)], `key-${letter}`);
    },
  );

  it('versions really differ, so a key fits only its own version', () => {
    const firstPrompts = job.versions.map((v) => v.questions[0]!.prompt);
    expect(new Set(firstPrompts).size).toBeGreaterThan(1);
  });

  it.each(job.versions.map((v) => [v.letter, v]))(
    'never splits a question of version %s across pages',
    (letter, version) => {
      expect(expectNoQuestionSplit(join(out, `quiz-${letter}.pdf`), version)).toBeGreaterThan(1);
    },
  );

  it("puts every version in the teacher's copy with answers and explanations inline", () => {
    const text = pdfText(join(out, 'teacher.pdf'));
    for (const version of job.versions) {
      const explained = version.questions.find((q) => q.explanation !== undefined)!;
      expectInOrder(
        text,
        [
          `Teacher's copy · Version ${version.letter}`,
          `${explained.number}.`,
          explained.prompt,
          '← answer',
          explained.explanation!,
        ],
        `teacher ${version.letter}`,
      );
    }
  });

  it("names on every page of the teacher's copy the version printed on it, and the page", () => {
    const file = join(out, 'teacher.pdf');
    const { pages } = pdfInfo(file);
    let version = '';
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(file, page);
      version = /Teacher's copy · Version ([A-Z])/.exec(text)?.[1] ?? version; // a version's first page names it
      expect(text, `page ${page}`).toContain(`Teacher's copy, Version ${version} · page ${page} of ${pages}`);
    }
    expect(version).toBe('C');
  });

  it('numbers the packet paragraphs as `citequiz read` does', () => {
    const text = pdfText(join(out, 'articles.pdf'));
    for (const article of job.articles) {
      const paragraph = article.paragraphs.find((p) => p.number > 2)!;
      expectInOrder(text, [article.title, `${paragraph.number}`, paragraph.text], `articles: ${article.id}`);
    }
  });

  it('starts each key with every answer of the version on one page, then the sources; --key grid is that page alone', async () => {
    const whole = buildPrintJob(bundled, { versions: 1, marks: 1 });
    const dir = await print(['--marks']);
    const version = whole.versions[0]!;
    const key = join(dir, 'key-A.pdf');
    const grid = pdfText(key, 1, 'raw');
    for (const q of version.questions) expect(squash(grid)).toContain(squash(`${q.number}. ${q.keyAnswer}`));
    expect(grid).toContain('Total: 69 marks');
    expect(grid).not.toContain('Source:');
    expectInOrder(pdfText(key, 2), ['Answer key · Version A · sources', '1.', 'Source:'], 'key sources');
    const quiz = pdfText(join(dir, 'quiz-A.pdf'), 1);
    expectInOrder(
      quiz,
      ['Score:', '/ 69', 'Answer all 69 questions:', 'Each question is worth 1 mark.', '1.', '(1 mark)'],
      'quiz',
    );
    expect(quiz).toMatch(/○ A\./);
    const gridOnly = await print(['--key', 'grid']);
    expect(pdfInfo(join(gridOnly, 'key-A.pdf')).pages).toBe(1);
  });

  it.each([
    ['a4', /595\.\d+ x 841\.\d+ pts \(A4\)/],
    ['letter', /612 x 792 pts \(letter\)/],
  ])('prints on %s paper', async (paper, size) => {
    const dir = await print(['--bank', UNICODE_BANK, '--paper', paper]);
    expect(pdfInfo(join(dir, 'quiz-A.pdf')).size).toMatch(size);
    expect(pdfInfo(join(dir, 'key-A.pdf')).size).toMatch(size);
  });

  it('prints curly quotes, dashes and accented letters with an embedded font', async () => {
    const dir = await print(['--bank', UNICODE_BANK, '--teacher', '--articles']);
    const quiz = pdfText(join(dir, 'quiz-A.pdf'));
    expectInOrder(
      quiz,
      [
        'Week 3 — “Cafés” & <b>prizes</b>',
        "Who won the “Best Espresso” prize <script>alert('x')</script>?",
        'A. Zoë Müller',
        'B. José Núñez',
        'C. *Bold* _Name_',
        'D. A & B <b>',
      ],
      'quiz',
    );
    expectInOrder(
      quiz,
      [
        'How many rivals from Zürich did she beat — in all?',
        'Her first menu, in 1998, offered crème brûlée and coffee only.',
        '○ True',
        '○ False',
      ],
      'quiz',
    );
    const key = pdfText(join(dir, 'key-A.pdf'));
    expectInOrder(
      key,
      [
        '1.',
        'A — Zoë Müller',
        'Source: “Café Owner Wins Espresso Award” (Le Monde <i>diplomatique</i>), paragraph 2:',
        '“The café’s owner, Zoë Müller, won the “Best Espresso” prize — beating 40 rivals from Zürich.”',
      ],
      'key',
    );
    expectInOrder(
      key,
      [
        '2.',
        '40 (also accepted: forty)',
        '3.',
        'True',
        '“Her naïve first menu in 1998 offered only crème brûlée – and coffee.”',
      ],
      'key',
    );
    expectInOrder(
      pdfText(join(dir, 'teacher.pdf')),
      ['The “Best Espresso” prize – a naïve <em>guess</em> is 12.'],
      'teacher',
    );
    expectInOrder(
      pdfText(join(dir, 'articles.pdf')),
      ['Café Owner Wins Espresso Award', '2', 'The café’s owner'],
      'articles',
    );
    expect(pdfFonts(join(dir, 'quiz-A.pdf'))).toMatch(/DejaVuSerif\S*\s+(CID )?TrueType.*yes\s+yes/);
  });

  it('sets characters the serif face lacks in DejaVu Sans rather than as empty boxes', async () => {
    const dir = await print(['--bank', UNICODE_BANK, '--articles']);
    expectInOrder(pdfText(join(dir, 'quiz-A.pdf')), ['4.', 'The judges marked her entry ✓ in every round.'], 'quiz');
    expectInOrder(
      pdfText(join(dir, 'articles.pdf')),
      ['5', 'The judges’ sheet marked her entry ✓ in every round, and the sign outside reads'],
      'articles',
    );
    expect(pdfFonts(join(dir, 'quiz-A.pdf'))).toMatch(/\+DejaVuSans\s/);
  });

  // pdfkit split such a word by measuring the rest of it for every line: a 100 KB word took 83 s
  // and ran out of memory, and this one took 17 s and 1.3 GB.
  it('prints an article holding a 20 KB word in full, across lines and pages', async () => {
    const bank = mkdtempSync(join(tmpdir(), 'citequiz-long-word-'));
    mkdirSync(join(bank, 'articles'));
    writeFileSync(join(bank, 'articles', 'a.txt'), `A Headline\nThe bridge opened in 1932. ${'x'.repeat(20_000)}y\n`);
    writeFileSync(
      join(bank, 'bank.yaml'),
      'title: T\narticles: [{id: a, file: articles/a.txt, title: A}]\nquestions: [{id: q, type: true-false, prompt: It opened in 1932., answer: true, skill: detail, sources: [{article: a, quote: opened in 1932}]}]\n',
    );
    const dir = await print(['--bank', bank, '--articles']);
    const text = pdfText(join(dir, 'articles.pdf'));
    expect(text.match(/x/g)).toHaveLength(20_000);
    expectInOrder(text, ['The bridge opened in 1932.', 'xxxxxxxxxx', 'xy'], 'articles');
  });
});

describe('breakLongWords', () => {
  it.each([
    ['a few short words', 'a few short words'],
    [`${'a'.repeat(100)} b`, `${'a'.repeat(100)} b`],
    ['a'.repeat(250), `${'a'.repeat(100)}\u200b${'a'.repeat(100)}\u200b${'a'.repeat(50)}`],
    ['😀'.repeat(101), `${'😀'.repeat(100)}\u200b😀`],
  ])('%s', (text, expected) => {
    expect(breakLongWords(text)).toBe(expected);
  });
});
