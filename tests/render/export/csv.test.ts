import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../../src/render/export/csv.js';
import { citationLines } from '../../../src/render/export/citation.js';
import { BUNDLED_BANK, loadFixtureBank, MINI_BANK } from '../../helpers.js';

const read = (csv: string): Record<string, string>[] => parse(csv, { columns: true, bom: true });

describe('CSV export', () => {
  it('gives one flashcard per question: front, back and source', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    const cards = read(renderCsv(bank));
    expect(cards.slice(0, 3)).toEqual([
      {
        front:
          'How many visitors did the Riverside Harbour Festival draw on Saturday?\nA. 3,000\nB. 12,000\nC. 1,998\nD. 4,000',
        back: 'B. 12,000',
        source:
          'Source: “Harbour Festival Draws Record Crowds” (Riverside Times), paragraph 3: “The Riverside Harbour Festival drew 12,000 visitors on Saturday, the largest crowd in its history.”',
      },
      {
        front: 'Who opened the Harbour Festival?',
        back: 'Alice Brown (also: Mayor Alice Brown; Mayor Brown)\nThe mayor opened it at 10 a.m.',
        source:
          'Source: “Harbour Festival Draws Record Crowds” (Riverside Times), paragraph 4: “Mayor Alice Brown opened the festival at 10 a.m. and praised the volunteers who had spent three months preparing it.”',
      },
      {
        front: 'True or false? The tall ship parade went ahead despite the wind.',
        back: 'False',
        source:
          'Source: “Harbour Festival Draws Record Crowds” (Riverside Times), paragraph 5: “The town’s “tall ship” parade, which began in 1998, was cancelled because of high winds.”',
      },
    ]);
  });

  it('reads back every question of the bundled bank with its sources', async () => {
    const bank = await loadFixtureBank(BUNDLED_BANK);
    const cards = read(renderCsv(bank));
    expect(cards).toHaveLength(bank.questions.length);
    bank.questions.forEach((q, i) => {
      const card = cards[i]!;
      expect(card.front!.startsWith(q.type === 'true-false' ? `True or false? ${q.prompt}` : q.prompt)).toBe(true);
      expect(card.source).toBe(citationLines(bank, q).join('\n'));
    });
  });

  it('starts with a byte-order mark and a header row', async () => {
    const csv = renderCsv(await loadFixtureBank(MINI_BANK));
    expect(csv.startsWith('\uFEFFfront,back,source\n')).toBe(true);
  });

  it('reads back any text, except that a leading = + - @ tab or CR gets an apostrophe', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('"', ',', '\n', ';', "'", '=', '+', '-', '@', '\t', ' ', 'a', '“', 'é'),
          minLength: 1,
        }),
        (text) => {
          const question = { ...bank.questions[1]!, prompt: text, explanation: text };
          const [card] = read(renderCsv({ ...bank, questions: [question] }));
          const guarded = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
          expect(card!.front).toBe(guarded(text));
          expect(card!.back).toBe(`Alice Brown (also: Mayor Alice Brown; Mayor Brown)\n${text}`);
        },
      ),
    );
  });

  it.each([
    ['quotes, commas and line breaks', 'He said "yes, twice",\nthen left', 'He said "yes, twice",\nthen left'],
    ['a formula', '=HYPERLINK("http://example.com")', '\'=HYPERLINK("http://example.com")'],
    ['a leading @', '@SUM(1)', "'@SUM(1)"],
  ])('keeps %s in a cell; a spreadsheet will not run it', async (_name, prompt, front) => {
    const bank = await loadFixtureBank(MINI_BANK);
    const question = { ...bank.questions[1]!, prompt };
    expect(read(renderCsv({ ...bank, questions: [question] }))[0]!.front).toBe(front);
  });
});
