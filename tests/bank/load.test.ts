import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleReadError, insideBank, loadBank } from '../../src/bank/load.js';
import { readBankFolder } from '../../src/cli/bank-folder.js';
import type { DiagnosticCode } from '../../src/errors.js';
import { FIXTURE_BANKS, MINI_BANK, ROOT } from '../helpers.js';

const BROKEN = join(FIXTURE_BANKS, 'broken');

/** Each broken fixture bank, the problem `check` must report, and the line of bank.yaml it names. */
const BROKEN_BANKS: readonly [string, DiagnosticCode, number][] = [
  ['malformed-yaml', 'yaml-syntax', 19],
  ['missing-field', 'schema', 16],
  ['unknown-field', 'schema', 13],
  ['bad-question-type', 'schema', 8],
  ['duplicate-question-id', 'duplicate-id', 16],
  ['duplicate-article-id', 'duplicate-id', 6],
  ['article-missing', 'article-missing', 4],
  ['article-outside-bank', 'article-outside-bank', 4],
  ['article-empty', 'article-unreadable', 4],
  ['article-binary', 'article-unreadable', 4],
  ['article-html', 'article-unreadable', 4],
  ['quote-not-found', 'quote-not-found', 15],
  ['quote-ambiguous', 'quote-ambiguous', 15],
  ['quote-not-citable', 'quote-not-citable', 15],
  ['quote-spans-paragraphs', 'quote-spans-paragraphs', 15],
  ['answer-not-in-choices', 'answer-not-in-choices', 11],
  ['duplicate-choice', 'duplicate-choice', 10],
  ['too-few-choices', 'choice-count', 10],
  ['true-false-answer', 'answer-type', 10],
  ['unknown-source-article', 'unknown-article', 14],
];

describe('loading a bank folder', () => {
  it('resolves every quote of a sound bank', async () => {
    const { result } = await readBankFolder(MINI_BANK, ROOT);
    expect(result.diagnostics).toEqual([]);
    const visitors = result.bank!.questions.find((q) => q.id === 'visitors')!;
    expect(visitors.sources[0]).toMatchObject({ article: 'harbour', paragraph: 3 });
  });

  it('has a fixture for every broken case in the table', () => {
    expect(readdirSync(BROKEN).sort()).toEqual(BROKEN_BANKS.map(([name]) => name).sort());
  });

  it.each(BROKEN_BANKS)('reports %s as %s at line %i', async (name, code, line) => {
    const { result, shownFile } = await readBankFolder(join(BROKEN, name), ROOT);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code, line, file: shownFile });
    expect(shownFile).toBe(`tests/fixtures/banks/broken/${name}/bank.yaml`);
  });
});

describe('loadBank', () => {
  const article = new TextEncoder().encode('The bridge opened in 1932.\n');
  const load = (yaml: string) => loadBank({ id: 'b', file: 'bank.yaml', dir: 'b', yaml, readArticle: () => article });

  it('reads numbers written without quotes as text', () => {
    const { bank, diagnostics } = load(`title: T
articles: [{id: a, file: a.txt, title: A}]
questions:
  - id: q
    type: multiple-choice
    prompt: When did it open?
    choices: [1932, 1923, 1942, 1952]
    answer: 1932
    skill: detail
    sources: [{article: a, quote: opened in 1932}]
`);
    expect(diagnostics).toEqual([]);
    expect(bank!.questions[0]!.answer).toBe('1932');
  });

  it.each([
    ['an empty file', ''],
    ['a list', '- one\n- two\n'],
    ['a plain string', 'just words'],
  ])('explains that %s is not a bank', (_name, yaml) => {
    expect(load(yaml).diagnostics).toEqual([
      expect.objectContaining({
        code: 'schema',
        line: 1,
        message: expect.stringContaining('mapping with title, articles and questions'),
      }),
    ]);
  });

  const ARTICLES = 'title: T\narticles: [{id: a, file: a.txt, title: A}]\n';
  it.each([
    ['a second YAML document', 'title: T\n---\ntitle: U\n', 'yaml-syntax', /one YAML document/],
    [
      'a question that is not a mapping',
      `${ARTICLES}questions: [oops]\n`,
      'schema',
      /entry 1 of "questions" should be a mapping of fields, not "oops"/,
    ],
    ['an empty list of questions', `${ARTICLES}questions:\n`, 'schema', /"questions" should be a list, not null/],
    [
      'a paragraph number in quotes',
      `${ARTICLES}questions: [{id: q, type: true-false, prompt: P, answer: true, skill: detail, sources: [{article: a, quote: x, paragraph: "2"}]}]\n`,
      'schema',
      /"paragraph" should be a number, not "2"/,
    ],
    [
      'a date not on the calendar',
      'title: T\narticles: [{id: a, file: a.txt, title: A, published: 2017-02-31}]\nquestions: []\n',
      'schema',
      /"published": is not a date on the calendar/,
    ],
    [
      'a date written as 23 March 2017',
      'title: T\narticles: [{id: a, file: a.txt, title: A, published: 23 March 2017}]\nquestions: []\n',
      'schema',
      /"published": expected an ISO date such as 2017-03-23/,
    ],
    [
      'a date written as yesterday',
      'title: T\narticles: [{id: a, file: a.txt, title: A, published: yesterday}]\nquestions: []\n',
      'schema',
      /"published": expected an ISO date/,
    ],
    [
      'a date written as 2017-13-45',
      'title: T\narticles: [{id: a, file: a.txt, title: A, published: 2017-13-45}]\nquestions: []\n',
      'schema',
      /"published": is not a date on the calendar/,
    ],
    [
      'a prompt of control characters alone, which shows as nothing',
      `${ARTICLES}questions: [{id: q, type: true-false, prompt: "\\u202E\\e[2J", answer: true, skill: detail, sources: [{article: a, quote: opened in 1932}]}]\n`,
      'schema',
      /"prompt": must not be empty/,
    ],
    [
      'choices the grader cannot tell apart',
      `${ARTICLES}questions: [{id: q, type: multiple-choice, prompt: P, choices: ["12,000", "12000", "3", "4"], answer: "3", skill: detail, sources: [{article: a, quote: opened in 1932}]}]\n`,
      'duplicate-choice',
      /"12,000" and "12000" are the same answer/,
    ],
  ])('explains %s', (_name, yaml, code, message) => {
    expect(load(yaml).diagnostics).toEqual([
      expect.objectContaining({ code, message: expect.stringMatching(message) }),
    ]);
  });

  it('reports a repeated article id even when the first one failed to load', () => {
    const result = loadBank({
      id: 'b',
      file: 'bank.yaml',
      dir: 'b',
      yaml: 'title: T\narticles: [{id: a, file: gone.txt, title: A}, {id: a, file: gone.txt, title: A}]\nquestions: []\n',
      readArticle: () => {
        throw new ArticleReadError('missing');
      },
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['article-missing', 'duplicate-id']);
  });

  describe('aliases', () => {
    const question = (i: number, explanation: string) =>
      `  - {id: q${i}, type: true-false, prompt: P, answer: true, skill: detail, explanation: ${explanation}, sources: [{article: a, quote: opened in 1932}]}`;

    it('refuses a bank whose aliases repeat one long text thousands of times', () => {
      const questions = Array.from({ length: 40 }, (_, i) =>
        question(i, i === 0 ? `&long "${'x'.repeat(500_000)}"` : '*long'),
      );
      const { bank, diagnostics } = load(`${ARTICLES}questions:\n${questions.join('\n')}\n`);
      expect(bank).toBeUndefined();
      expect(diagnostics).toEqual([
        expect.objectContaining({
          code: 'bank-too-large',
          message: expect.stringMatching(/aliases \(\*name\) repeat/),
        }),
      ]);
    });

    it('refuses a billion laughs at once: each aliased node is measured once', () => {
      const levels = ['laugh: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < 30; i++)
        levels.push(
          `l${i}: &l${i} [${Array(10)
            .fill(`*l${i - 1}`)
            .join(', ')}]`,
        );
      const { diagnostics } = load(`${levels.join('\n')}\n`);
      expect(diagnostics.map((d) => d.code)).toEqual(['bank-too-large']);
    });

    it('accepts aliases that repeat a little, and one inside the node it names', () => {
      const mc = (id: string, choices: string) =>
        `  - {id: ${id}, type: multiple-choice, prompt: When?, choices: ${choices}, answer: "1932", skill: detail, sources: [{article: a, quote: opened in 1932}]}`;
      const shared = load(`${ARTICLES}questions:\n${mc('q1', '&years [1932, 1923, 1942]')}\n${mc('q2', '*years')}\n`);
      expect(shared.diagnostics).toEqual([]);
      expect(shared.bank!.questions[1]!.choices).toEqual(['1932', '1923', '1942']);
      const cyclic = load(`${ARTICLES}questions: &q [{id: q, sources: *q}]\n`);
      expect(cyclic.diagnostics.map((d) => d.code)).not.toContain('bank-too-large');
    });
  });

  it('accepts "true" in quotes as a true-false answer', () => {
    const { bank, diagnostics } = load(`title: T
articles: [{id: a, file: a.txt, title: A}]
questions:
  - {id: q, type: true-false, prompt: It opened in 1932., answer: "true", skill: detail, sources: [{article: a, quote: opened in 1932}]}
`);
    expect(diagnostics).toEqual([]);
    expect(bank!.questions[0]!.answer).toBe(true);
  });
});

describe('article files on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citequiz-files-'));
  const bankWith = (file: string) => {
    writeFileSync(join(dir, 'bank.yaml'), `title: T\narticles: [{id: a, file: ${file}, title: A}]\nquestions: []\n`);
    return readBankFolder(dir, ROOT);
  };

  it('refuses a symlink that leads outside the bank', async () => {
    symlinkSync('/etc/hostname', join(dir, 'escape.txt'));
    const { result } = await bankWith('escape.txt');
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'article-outside-bank', line: 2 })]);
  });

  it('refuses a FIFO instead of waiting on it forever', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const { result } = await bankWith('pipe.txt');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'article-unreadable', message: expect.stringContaining('not a regular file') }),
    ]);
  });

  it('refuses a folder', async () => {
    mkdirSync(join(dir, 'folder.txt'));
    const { result } = await bankWith('folder.txt');
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'article-unreadable' })]);
  });
});

describe('Markdown articles', () => {
  it('match quotes written without the inline markup', async () => {
    const { result } = await readBankFolder(join(FIXTURE_BANKS, 'markdown'), ROOT);
    expect(result.diagnostics).toEqual([]);
    expect(result.bank!.questions.map((q) => q.sources[0]!.paragraph)).toEqual([2, 3, 4]);
  });
});

describe('insideBank', () => {
  it.each([
    ['articles/a.txt', 'articles/a.txt'],
    ['./articles/../a.txt', 'a.txt'],
    ['articles\\a.txt', 'articles/a.txt'],
    ['../a.txt', undefined],
    ['articles/../../a.txt', undefined],
    ['/etc/passwd', undefined],
    ['C:/x.txt', undefined],
    ['.', undefined],
  ])('%s → %s', (file, expected) => {
    expect(insideBank(file)).toBe(expected);
  });
});
