import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load.js';
import { readBankFolder } from '../../src/cli/bank-folder.js';
import { FIXTURE_BANKS, ROOT } from '../helpers.js';

// What a bank author reads: the wording of every problem, so that a message emptied or a detail
// dropped (the paragraph, the closest sentence, the id that was meant) fails here.

const BROKEN = join(FIXTURE_BANKS, 'broken');

describe('the problems of each broken fixture bank, as a bank author reads them', () => {
  it('say what is wrong, where, and what would be right', async () => {
    const said: Record<string, string> = {};
    for (const name of readdirSync(BROKEN).sort()) {
      const { result } = await readBankFolder(join(BROKEN, name), ROOT);
      said[name] = result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}: ${d.message}`).join('\n');
    }
    expect(said).toMatchInlineSnapshot(`
      {
        "answer-not-in-choices": "11:13 answer-not-in-choices: the answer "1931" is not one of the choices",
        "article-binary": "4:11 article-unreadable: tests/fixtures/banks/broken/article-binary/articles/binary.txt: the file is binary, not text",
        "article-empty": "4:11 article-unreadable: tests/fixtures/banks/broken/article-empty/articles/empty.txt: the file is empty",
        "article-html": "4:11 article-unreadable: tests/fixtures/banks/broken/article-html/articles/page.txt: the file is an HTML page; save the article as plain text (.txt) or Markdown (.md)",
        "article-missing": "4:11 article-missing: article file not found: tests/fixtures/banks/broken/article-missing/articles/nowhere.txt",
        "article-outside-bank": "4:11 article-outside-bank: "../../mini/articles/harbour.txt" is outside the bank folder; article files must be inside it",
        "bad-question-type": "8:11 schema: "type": expected one of: multiple-choice, true-false, short-answer",
        "duplicate-article-id": "6:9 duplicate-id: article id "bridge" is used twice",
        "duplicate-choice": "10:14 duplicate-choice: choices "1932" and "1932" are the same answer to the grader",
        "duplicate-question-id": "16:9 duplicate-id: question id "year" is used twice",
        "malformed-yaml": "19:1 yaml-syntax: unexpected end of the stream within a double quoted scalar",
        "missing-field": "16:5 schema: "prompt" is required",
        "quote-ambiguous": "15:16 quote-ambiguous: quote occurs in paragraphs 3, 4 of "bridge"; quote more of the sentence or add "paragraph: N": "The bridge opened"",
        "quote-not-citable": "15:16 quote-not-citable: quote is in paragraph 2 of "bridge", a byline, which cannot be cited: "Posted by Sam Reporter"",
        "quote-not-found": "15:16 quote-not-found: quote not found in article "bridge" (articles/bridge.txt): "The bridge opened in 1932 after seven years of work."; the closest sentence is in paragraph 3: "The bridge opened in 1932 after six years of work."",
        "quote-spans-paragraphs": "15:16 quote-spans-paragraphs: quote runs across paragraphs 3 and 4 of "bridge"; cite each paragraph in its own source: "of work. The bridge opened to traffic"",
        "too-few-choices": "10:14 choice-count: expected 2 to 6 choices (usually 4), found 1",
        "true-false-answer": "10:13 answer-type: a true-false answer must be true or false, not "maybe"",
        "unknown-field": "13:19 schema: unknown field "explaination"",
        "unknown-source-article": "14:18 unknown-article: no article "tunnel" in this bank (articles: bridge)",
      }
    `);
  });
});

const ARTICLE = `The Bridge

The bridge opened in 1932 after seven years of work. It was painted red.

Crowds came. Crowds came.

The mayor spoke. Crowds came.
`;
const load = (questions: string, articles = '[{id: bridge, file: bridge.txt, title: The Bridge}]') =>
  loadBank({
    id: 'b',
    file: 'bank.yaml',
    dir: 'b',
    yaml: `title: T\narticles: ${articles}\nquestions:\n${questions}`,
    readArticle: () => new TextEncoder().encode(ARTICLE),
  });
const problems = (questions: string) =>
  load(questions).diagnostics.map((d) => `${(d.path ?? []).join('.')} ${d.code}: ${d.message}`);
const q = (fields: string) => `  - {id: q, prompt: P, skill: detail, ${fields}}\n`;
const CITED = 'sources: [{article: bridge, quote: It was painted red.}]';

describe('problems with a question', () => {
  it.each([
    ['no sources', q('type: true-false, answer: true')],
    ['a draft', q(`type: true-false, answer: true, needs-review: true, ${CITED}`)],
    ['choices on a true-false question', q(`type: true-false, answer: true, choices: [a, b], ${CITED}`)],
    [
      'accept on a multiple-choice question',
      q(`type: multiple-choice, choices: [a, b, c], answer: a, accept: [x], ${CITED}`),
    ],
    ['a true-false answer that is neither', q(`type: true-false, answer: maybe, ${CITED}`)],
    ['a short answer of true', q(`type: short-answer, answer: true, ${CITED}`)],
    ['a multiple-choice question without choices', q(`type: multiple-choice, answer: a, ${CITED}`)],
    ['one choice too few', q(`type: multiple-choice, choices: [a], answer: a, ${CITED}`)],
    ['a choice too many', q(`type: multiple-choice, choices: [a, b, c, d, e, f, g], answer: a, ${CITED}`)],
    ['a choice twice', q(`type: multiple-choice, choices: [a, b, a], answer: b, ${CITED}`)],
    ['an answer that is no choice', q(`type: multiple-choice, choices: [a, b, c], answer: d, ${CITED}`)],
    ['an id used twice', q(`type: true-false, answer: true, ${CITED}`).repeat(2)],
    ['a misspelt article', q('type: true-false, answer: true, sources: [{article: bridg, quote: x}]')],
    ['an article id nothing like any', q('type: true-false, answer: true, sources: [{article: zzzzzz, quote: x}]')],
    [
      'a quote not found, near a sentence',
      q('type: true-false, answer: true, sources: [{article: bridge, quote: The bridge opened in 1933}]'),
    ],
    [
      'a quote nowhere near',
      q('type: true-false, answer: true, sources: [{article: bridge, quote: Nothing of the kind here}]'),
    ],
    [
      'a long quote not found',
      q(
        `type: true-false, answer: true, sources: [{article: bridge, quote: "${'Long words go on and on '.repeat(5)}"}]`,
      ),
    ],
    [
      'a quote in another paragraph than given',
      q('type: true-false, answer: true, sources: [{article: bridge, quote: It was painted red., paragraph: 3}]'),
    ],
    [
      'a quote twice in its paragraph',
      q('type: true-false, answer: true, sources: [{article: bridge, quote: Crowds came., paragraph: 3}]'),
    ],
    [
      'a quote in two paragraphs',
      q('type: true-false, answer: true, sources: [{article: bridge, quote: Crowds came.}]'),
    ],
    [
      'a quote across paragraphs',
      q('type: true-false, answer: true, sources: [{article: bridge, quote: "painted red. Crowds came"}]'),
    ],
  ])('%s', (_, questions) => {
    expect(problems(questions)).toMatchSnapshot();
  });
});

describe('a sound question', () => {
  it('keeps its explanation and difficulty, and has no choices or accepted answers it did not give', () => {
    const { bank, diagnostics } = load(
      q(`type: short-answer, answer: red, explanation: It says so., difficulty: easy, ${CITED}`) +
        '  - {id: r, prompt: P, skill: detail, type: true-false, answer: "False", sources: [{article: bridge, quote: The mayor spoke.}]}\n' +
        '  - {id: s, prompt: P, skill: detail, type: multiple-choice, choices: [Red, Blue, Green], answer: red, sources: [{article: bridge, quote: The mayor spoke.}]}\n',
    );
    expect(diagnostics).toEqual([]);
    const [short, tf, mc] = bank!.questions;
    expect(short).toMatchObject({
      answer: 'red',
      choices: [],
      accept: [],
      explanation: 'It says so.',
      difficulty: 'easy',
    });
    expect(tf).not.toHaveProperty('explanation');
    expect(tf).not.toHaveProperty('difficulty');
    expect(tf!.answer).toBe(false);
    // The answer written in another case is the choice it names.
    expect(mc!.answer).toBe('Red');
    expect(short!.sources).toEqual([
      expect.objectContaining({ article: 'bridge', paragraph: 2, quote: 'It was painted red.' }),
    ]);
  });
});
