import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insideBank, loadBank } from '../../src/bank/load.js';
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
    expect(load(yaml).diagnostics).toEqual([expect.objectContaining({ code: 'schema', line: 1, message: expect.stringContaining('mapping with title, articles and questions') })]);
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
