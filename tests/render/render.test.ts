import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/render/article.js';
import { renderDiagnostic } from '../../src/render/diagnostics.js';
import type { Citation } from '../../src/bank/citation.js';
import { citationText, markedSentence, readCommand } from '../../src/render/citation.js';
import { renderFeedback } from '../../src/render/feedback.js';
import { renderReport } from '../../src/render/report.js';
import { sanitize } from '../../src/text/sanitize.js';
import { wrapIndented } from '../../src/render/wrap.js';
import { makeStyle, wantsColour } from '../../src/render/style.js';
import { buildReport, reportQuestion } from '../../src/quiz/report.js';
import type { QuizItem } from '../../src/quiz/select.js';
import { answerItem } from '../../src/quiz/session.js';
import { loadFixtureBank, MINI_BANK, picked } from '../helpers.js';

const bank = await loadFixtureBank(MINI_BANK);
const plain = makeStyle(false);
const items = picked(bank, {}).map((question) => ({ question, choices: question.choices }));
const item = (id: string) => items.find((i) => i.question.id === id)!;

describe('renderReport', () => {
  it('shows the score, the score per article and each miss with its source', () => {
    const report = buildReport(bank, [
      answerItem(bank, item('visitors'), 'B'),
      answerItem(bank, item('opener'), 'Omar Said'),
      answerItem(bank, item('both-crowds'), undefined),
      answerItem(bank, item('renovation-years'), 'two'),
    ]);
    expect(renderReport(report, plain, 80)).toMatchInlineSnapshot(`
      "Score: 2 of 4 (50%)

      By article
        1/3  Harbour Festival Draws Record Crowds
        1/1  Market Square Reopens

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
    const report = buildReport(bank, [answerItem(bank, item('parade'), false)]);
    expect(renderReport(report, plain, 80)).toBe('Score: 1 of 1 (100%)\n\nNo misses. Every answer was right.\n');
  });

  it('marks the answer with colour on a terminal', () => {
    const report = buildReport(bank, [answerItem(bank, item('opener'), 'x')]);
    expect(renderReport(report, makeStyle(true), 80)).toContain('\u001b[4m');
  });
});

describe('renderFeedback', () => {
  it('names the source after a right answer too', () => {
    const text = renderFeedback(reportQuestion(bank, answerItem(bank, item('opener'), 'Alice Brown')), plain, 80);
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
  it('shows the spelling of a typed answer accepted despite a slip', () => {
    const text = renderFeedback(reportQuestion(bank, answerItem(bank, item('opener'), 'Alice Bronw')), plain, 80);
    expect(text.split('\n')[0]).toBe('  ✓ Accepted — spelling: Alice Brown');
  });

  it('ends the answer with one full stop, whatever the answer ends with', () => {
    const opener = item('opener');
    const ending: QuizItem = { ...opener, question: { ...opener.question, answer: 'Mayor Alice Brown.' } };
    for (const [asked, expected] of [
      [opener, '  ✗ Not quite. The answer is Alice Brown.'],
      [ending, '  ✗ Not quite. The answer is Mayor Alice Brown.'],
    ] as const) {
      const text = renderFeedback(reportQuestion(bank, answerItem(bank, asked, 'Omar Said')), plain, 80);
      expect(text.split('\n')[0]).toBe(expected);
    }
  });
});

describe('a citation', () => {
  const citation = (sentence: string, marked: string): Citation => ({
    article: 'harbour',
    title: 'Harbour Festival',
    outlet: 'Riverside Times',
    paragraph: 4,
    quote: marked,
    sentence,
    mark: { start: sentence.indexOf(marked), end: sentence.indexOf(marked) + marked.length },
  });

  it.each([
    ['The mayor opened it.', 'mayor', '“The «mayor» opened it.”'],
    ['“We will not be cowed,” the mayor said.', 'mayor', '“We will not be cowed,” the «mayor» said.'],
    ['"Never," he said.', 'Never', '"«Never»," he said.'],
  ])('quotes %s once', (sentence, marked, shown) => {
    expect(markedSentence(citation(sentence, marked), plain)).toBe(shown);
  });

  it('reads as one line in exports, and as a command that opens its paragraph', () => {
    const cited = citation('“We will not be cowed,” the mayor said.', 'mayor');
    expect(citationText(cited)).toBe(
      '“Harbour Festival” (Riverside Times), paragraph 4: “We will not be cowed,” the mayor said.',
    );
    expect(readCommand(cited)).toBe('citequiz read harbour --paragraph 4');
    expect(readCommand(cited, "'my bank'")).toBe("citequiz read harbour --paragraph 4 --bank 'my bank'");
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

  it('wraps a paragraph of many chunks as it would wrap it whole: each line as full as the next word allows', () => {
    const words = Array.from({ length: 60_000 }, (_, i) => 'word'.slice(0, 1 + (i % 4)) + String(i % 997));
    const lines = wrapIndented(words.join(' '), 60, '  ').split('\n');
    expect(lines.map((line) => line.slice(2)).join(' ')).toBe(words.join(' '));
    lines.forEach((line, i) => {
      expect(line.length).toBeLessThanOrEqual(60);
      const next = lines[i + 1]?.slice(2).split(' ')[0];
      if (next !== undefined) expect(line.length + 1 + next.length, `line ${i}`).toBeGreaterThan(60);
    });
  });

  it('wraps one word of many chunks into full lines', () => {
    const lines = wrapIndented('y'.repeat(200_001), 81, '').split('\n');
    expect(lines.slice(0, -1).every((line) => line.length === 81)).toBe(true);
    expect(lines.join('')).toBe('y'.repeat(200_001));
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
