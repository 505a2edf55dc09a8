import { describe, expect, it } from 'vitest';
import { escapeGift, renderGift } from '../../../src/render/export/gift.js';
import { BUNDLED_BANK, FIXTURE_BANKS, loadFixtureBank, MINI_BANK } from '../../helpers.js';
import { parseGift } from './gift-parser.js';
import { expectGiftRoundTrip } from './gift-round-trip.js';

describe('GIFT export', () => {
  it.each([
    ['the bundled bank', BUNDLED_BANK],
    ['the mini fixture bank', MINI_BANK],
    ['the Markdown fixture bank', `${FIXTURE_BANKS}/markdown`],
    ['the fixture bank of LMS metacharacters', `${FIXTURE_BANKS}/lms-metacharacters`],
  ])('%s parses with gift-pegjs into the same questions, answers and feedback', async (_name, dir) => {
    expectGiftRoundTrip(await loadFixtureBank(dir));
  });

  it('files the questions in a category named after the bank, each with a name, its id, plain format, answers and the citation after ####', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    const blocks = renderGift(bank).split('\n\n');
    expect(blocks[0]).toBe(
      '// Mini bank for tests\n// citequiz bank "mini": 5 questions; general feedback gives each one\'s source.',
    );
    expect(blocks[1]).toBe('$CATEGORY: $course$/top/Mini bank for tests');
    expect(blocks.slice(2, 5).join('\n\n')).toMatchInlineSnapshot(`
      "// [id:visitors] [tag:detail] [tag:harbour]
      ::How many visitors did the Riverside Harbour Festival draw on Saturday?::[plain]How many visitors did the Riverside Harbour Festival draw on Saturday? {
      ~3,000
      =12,000
      ~1,998
      ~4,000
      ####Source\\: “Harbour Festival Draws Record Crowds” (Riverside Times), paragraph 3\\: “The Riverside Harbour Festival drew 12,000 visitors on Saturday, the largest crowd in its history.”
      }

      // [id:opener] [tag:detail] [tag:harbour]
      ::Who opened the Harbour Festival?::[plain]Who opened the Harbour Festival? {
      =Alice Brown
      =Mayor Alice Brown
      =Mayor Brown
      =the Alice Brown
      =Alice Brown.
      =the Mayor Alice Brown
      =Mayor Alice Brown.
      =the Mayor Brown
      =Mayor Brown.
      ####The mayor opened it at 10 a.m.\\nSource\\: “Harbour Festival Draws Record Crowds” (Riverside Times), paragraph 4\\: “Mayor Alice Brown opened the festival at 10 a.m. and praised the volunteers who had spent three months preparing it.”
      }

      // [id:parade] [tag:detail] [tag:harbour]
      ::The tall ship parade went ahead despite the wind.::[plain]The tall ship parade went ahead despite the wind. {
      F
      ####Source\\: “Harbour Festival Draws Record Crowds” (Riverside Times), paragraph 5\\: “The town’s “tall ship” parade, which began in 1998, was cancelled because of high winds.”
      }"
    `);
  });

  it('names every source, the one that answers first', async () => {
    const gift = renderGift(await loadFixtureBank(MINI_BANK));
    expect(gift).toContain(
      '####Source\\: “Harbour Festival Draws Record Crowds” (Riverside Times), paragraph 3\\: “The Riverside Harbour Festival drew 12,000 visitors on Saturday, the largest crowd in its history.”\\nAlso in\\: “Market Square Reopens”, paragraph 3\\: “Shopkeepers said trade doubled in the first week.”',
    );
  });

  it.each([
    ['a\\b', 'a\\\\b'],
    ['a\\nb (a backslash and n)', 'a\\\\nb (a backslash and n)'],
    ['line one\nline two', 'line one\\nline two'],
    ['CR LF\r\nends', 'CR LF\\nends'],
    ['~ = # { } :', '\\~ \\= \\# \\{ \\} \\:'],
    ['\\=', '\\\\\\='],
    ['“curly” – dash, é', '“curly” – dash, é'],
  ])('escapes %j as %j (GUIDE §5: backslash first)', (text, escaped) => {
    expect(escapeGift(text)).toBe(escaped);
  });

  it('writes a literal * in a short answer as \\* so Moodle does not read it as a wildcard', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    const opener = { ...bank.questions[1]!, answer: 'A*B', accept: ['*'] };
    const gift = renderGift({ ...bank, questions: [opener] });
    expect(gift).toContain('=A\\\\*B\n=\\\\*\n');
    expect((parseGift(gift)[1] as { choices: unknown[] }).choices.slice(0, 2)).toMatchObject([
      { text: { text: 'A\\*B' } },
      { text: { text: '\\*' } },
    ]);
  });

  it('drops control characters and escape sequences from bank text', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    const question = { ...bank.questions[0]!, prompt: 'Bell\u0007 and \u001b[31mred\u001b[0m?' };
    expect(renderGift({ ...bank, questions: [question] })).toContain('::Bell and red?::[plain]Bell and red? {');
  });
});
