import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/render/article.js';
import { renderDiagnostic } from '../../src/render/diagnostics.js';
import { renderFeedback } from '../../src/render/feedback.js';
import { renderReport } from '../../src/render/report.js';
import { sanitize } from '../../src/render/sanitize.js';
import { wrapIndented } from '../../src/render/wrap.js';
import { makeStyle, wantsColour } from '../../src/render/style.js';
import { buildReport, reportQuestion } from '../../src/quiz/report.js';
import { selectQuestions } from '../../src/quiz/select.js';
import { answerItem } from '../../src/quiz/session.js';
import { loadFixtureBank, MINI_BANK } from '../helpers.js';

const bank = await loadFixtureBank(MINI_BANK);
const plain = makeStyle(false);
const items = selectQuestions(bank, {});
const item = (id: string) => items.find((i) => i.question.id === id)!;

describe('renderReport', () => {
  it('shows the score, the score per article and each miss with its source', () => {
    const report = buildReport(bank, [
      answerItem(item('visitors'), 'B'),
      answerItem(item('opener'), 'Omar Said'),
      answerItem(item('both-crowds'), undefined),
    ]);
    expect(renderReport(report, plain, 80)).toMatchInlineSnapshot(`
      "Score: 1 of 3 (33%)

      By article
        1/3  Harbour Festival Draws Record Crowds
        0/1  Market Square Reopens

      Missed (2): where to read up

      1.  Who opened the Harbour Festival?
          Your answer:    Omar Said
          Correct answer: Alice Brown
          Answered in “Harbour Festival Draws Record Crowds” (Riverside Times),
            paragraph 4:
            “Mayor «Alice Brown» opened the festival at 10 a.m. and praised the
            volunteers who had spent three months preparing it.”

      2.  Which event do both articles describe as drawing more people than before?
          Your answer:    (no answer)
          Correct answer: The Harbour Festival and the reopened market
          Answered in “Harbour Festival Draws Record Crowds” (Riverside Times),
            paragraph 3:
            “The Riverside Harbour Festival drew 12,000 visitors on Saturday, «the
            largest crowd in its history».”
          Also in “Market Square Reopens”, paragraph 3:
            “«Shopkeepers said trade doubled in the first week.»”
      "
    `);
  });

  it('says so when nothing was missed', () => {
    const report = buildReport(bank, [answerItem(item('parade'), false)]);
    expect(renderReport(report, plain, 80)).toBe('Score: 1 of 1 (100%)\n\nNo misses. Every answer was right.\n');
  });

  it('marks the answer with colour on a terminal', () => {
    const report = buildReport(bank, [answerItem(item('opener'), 'x')]);
    expect(renderReport(report, makeStyle(true), 80)).toContain('\u001b[4m');
  });
});

describe('renderFeedback', () => {
  it('names the source after a right answer too', () => {
    const text = renderFeedback(reportQuestion(bank, answerItem(item('opener'), 'Alice Brown')), plain, 80);
    expect(text).toMatchInlineSnapshot(`
      "  ✓ Correct.
        Answered in “Harbour Festival Draws Record Crowds” (Riverside Times),
          paragraph 4:
          “Mayor «Alice Brown» opened the festival at 10 a.m. and praised the
          volunteers who had spent three months preparing it.”
        The mayor opened it at 10 a.m.
      "
    `);
  });
});

describe('renderArticle', () => {
  it('numbers paragraphs and sets apart what cannot be cited', () => {
    expect(renderArticle(bank.articles[0]!, plain, 60)).toMatchInlineSnapshot(`
      "Harbour Festival Draws Record Crowds
      Riverside Times · 2024-05-04 · 6 paragraphs

      1 ┆ [headline, not cited] Harbour Festival Draws Record
        ┆ Crowds

      2 ┆ [byline, not cited] Posted by Jane Doe on 4 May 2024

      3 │ The Riverside Harbour Festival drew 12,000 visitors on
        │ Saturday, the largest crowd in its history.

      4 │ Mayor Alice Brown opened the festival at 10 a.m. and
        │ praised the volunteers who had spent three months
        │ preparing it.

      5 │ The town’s “tall ship” parade, which began in 1998, was
        │ cancelled because of high winds.

      6 ┆ [comment form, not cited] Leave a Reply
      "
    `);
  });
});

describe('renderDiagnostic', () => {
  it('leads with file:line:column', () => {
    expect(
      renderDiagnostic(
        { file: 'b/bank.yaml', line: 12, column: 5, code: 'quote-not-found', message: 'quote not found' },
        plain,
      ),
    ).toBe('b/bank.yaml:12:5: error quote not found [quote-not-found]');
  });
});

describe('sanitize', () => {
  it.each([
    ['colour codes', 'red \u001b[31mtext\u001b[0m', 'red text'],
    ['a title change', 'a\u001b]0;pwned\u0007b', 'ab'],
    ['cursor movement', 'x\u001b[2Ay', 'xy'],
    ['C1 controls', 'a\u009b31mb\u0085c', 'abc'],
    ['bells and backspaces', 'a\u0007\u0008b', 'ab'],
    ['a right-to-left override', 'cost \u202e0051£\u202c today', 'cost 0051£ today'],
    ['bidirectional isolates', 'a\u2067b\u2069c', 'abc'],
    ['half a surrogate pair, made U+FFFD', 'a\ud800b😀', 'a\ufffdb😀'],
    ['tabs and new lines kept', 'a\tb\nc', 'a\tb\nc'],
    ['accents and dashes kept', 'café – “quoted”', 'café – “quoted”'],
  ])('removes %s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });
});

describe('wrapIndented', () => {
  // The former wrapping library took minutes over a 200 KB word: the suite's timeout fails it.
  it('breaks a word longer than any line into lines of the width', () => {
    const lines = wrapIndented('x'.repeat(50_000), 80, '').split('\n');
    expect(lines).toHaveLength(625);
    expect(lines.every((line) => line.length === 80)).toBe(true);
  });
});

describe('wantsColour', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { TERM: 'dumb' }, false],
    [false, { FORCE_COLOR: '1' }, true],
  ])('tty=%s env=%o → %s', (tty, env, expected) => {
    expect(wantsColour(tty, env)).toBe(expected);
  });
});
