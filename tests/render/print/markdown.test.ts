import { describe, expect, it } from 'vitest';
import { printDocuments } from '../../../src/print/documents.js';
import { buildPrintJob } from '../../../src/print/job.js';
import { escapeMarkdown, renderMarkdown } from '../../../src/render/print/markdown.js';
import { FIXTURE_BANKS, loadFixtureBank, MINI_BANK, picked } from '../../helpers.js';

const mini = await loadFixtureBank(MINI_BANK);
const job = buildPrintJob(mini, { versions: 1, questions: picked(mini, { articles: ['market'] }) });
const documents = printDocuments(job, { key: 'full', teacher: true, articles: true });
const render = (name: string) => renderMarkdown(documents.find((d) => d.name === name)!.document, job);

describe('Markdown print', () => {
  it('prints a quiz with a header, numbered questions, lettered choices and lines to write on', () => {
    expect(render('quiz-A')).toMatchInlineSnapshot(`
      "# Mini bank for tests — Version A

      Name: ______________________  Class: ____________  Date: ____________

      *Answer all 2 questions: fill in the bubble of the one best answer; write your answer on the lines.*

      **1.** How many years did the Market Square renovation take?

      Answer: ________________________________________

      **2.** Which event do both articles describe as drawing more people than before?

      - ○ A. The Harbour Festival and the reopened market
      - ○ B. A council meeting
      - ○ C. A tall ship parade
      - ○ D. A Monday concert
      "
    `);
  });

  it('prints the key with each answer and where it is written', () => {
    expect(render('key-A')).toMatchInlineSnapshot(`
      "# Mini bank for tests — Answer key, Version A

      | No. | Answer | No. | Answer |
      | --: | --- | --: | --- |
      | 1. | 2 | 2. | A |

      ## Sources

      **1.** **2**
      > Source: “Market Square Reopens”, paragraph 2:  
      > “The Market Square reopened on Monday **after a two-year renovation** that cost £4 million.”

      **2.** **A** — The Harbour Festival and the reopened market
      > Source: “Harbour Festival Draws Record Crowds” (Riverside Times), paragraph 3:  
      > “The Riverside Harbour Festival drew 12,000 visitors on Saturday, **the largest crowd in its history**.”

      > Also in: “Market Square Reopens”, paragraph 3:  
      > “**Shopkeepers said trade doubled in the first week.**”
      "
    `);
  });

  it("marks answers in the teacher's copy and numbers the packet's paragraphs", () => {
    expect(render('teacher')).toContain(
      '- ● A. The Harbour Festival and the reopened market ← answer\n- ○ B. A council meeting\n',
    );
    expect(render('teacher')).toContain('Answer: **2**');
    expect(render('articles')).toMatchInlineSnapshot(`
      "# Mini bank for tests — Articles

      ## Harbour Festival Draws Record Crowds

      Riverside Times · 2024-05-04

      **3** The Riverside Harbour Festival drew 12,000 visitors on Saturday, the largest crowd in its history.

      **4** Mayor Alice Brown opened the festival at 10 a.m. and praised the volunteers who had spent three months preparing it.

      **5** The town’s “tall ship” parade, which began in 1998, was cancelled because of high winds.

      ## Market Square Reopens

      **2** The Market Square reopened on Monday after a two-year renovation that cost £4 million.

      **3** Shopkeepers said trade doubled in the first week. The council's planning chief, Omar Said, called the project "a new heart for the town."
      "
    `);
  });

  it.each([
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['*stars* and _under_ `code` [link](x)', '\\*stars\\* and \\_under\\_ \\`code\\` \\[link\\](x)'],
    ['a\\*b &copy; a*b*c', 'a\\\\\\*b \\&copy; a\\*b\\*c'],
    [
      'a line\n# not a heading\n> not a quote\n1. not a list\n- nor this\n---',
      'a line\n\\# not a heading\n\\> not a quote\n1\\. not a list\n\\- nor this\n\\---',
    ],
  ])('escapes %j so it shows as written', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it.each([
    '6.7 million',
    '5 * 3 = 15',
    'Fill in the blank: ___',
    'snake_case',
    'café — “quoted” 12,000 > 11,000',
    'AT&T',
    '-5 degrees',
  ])('leaves %j as it is: nothing in it would render otherwise', (text) => {
    expect(escapeMarkdown(text)).toBe(text);
  });

  it('escapes block markers at the start of text that begins a line', () => {
    expect(escapeMarkdown('# 1. heading', { lineStart: true })).toBe('\\# 1. heading');
    expect(escapeMarkdown('12. March', { lineStart: true })).toBe('12\\. March');
    expect(escapeMarkdown('12. March')).toBe('12. March');
  });

  it('keeps bank text as text', async () => {
    const bank = await loadFixtureBank(`${FIXTURE_BANKS}/print-unicode`);
    const unicode = buildPrintJob(bank, { versions: 1 });
    const quiz = renderMarkdown({ kind: 'quiz', version: unicode.versions[0]! }, unicode);
    expect(quiz).toContain("**1.** Who won the “Best Espresso” prize \\<script>alert('x')\\</script>?");
    expect(quiz).toContain('- ○ C. \\*Bold\\* \\_Name\\_');
    expect(quiz).not.toMatch(/(?<!\\)<(script|b)>/); // every < escaped: no tag starts
  });
});
