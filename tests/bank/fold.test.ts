import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldText } from '../../src/bank/fold.js';

describe('fold', () => {
  it.each([
    ['London’s Parliament', "London's Parliament"],
    ['“blood with blood”', '"blood with blood"'],
    ['armed – with a knife — today', 'armed - with a knife - today'],
    ['Wednesday’s\u00a0terror', "Wednesday's terror"],
    ['wait…', 'wait...'],
    ['  many   spaces\n\tand lines  ', 'many spaces and lines'],
    ['soft\u00adhyphen', 'softhyphen'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('never folds letters, digits or case', () => {
    expect(foldText('Café 86 ISIS')).toBe('Café 86 ISIS');
  });

  it('maps every folded character back to where it came from', () => {
    const input = 'a  “b”…c';
    const { text, origin } = fold(input);
    expect(text).toBe('a "b"...c');
    expect([...origin].map((i) => input[i])).toEqual(['a', ' ', '“', 'b', '”', '…', '…', '…', 'c']);
  });
});

/** Folding as the rule says, a character at a time: what `fold` must agree with, however it runs. */
function foldByRule(input: string): { text: string; origin: number[] } {
  const PLAIN: Record<string, string> = {
    '’': "'",
    '“': '"',
    '”': '"',
    '—': '-',
    '…': '...',
    '\u00ad': '',
    '\u200b': '',
  };
  const out: { char: string; from: number }[] = [];
  let space = -1;
  // By UTF-16 unit, as offsets into the text count.
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (/\s/.test(char)) {
      if (space < 0 && out.length > 0) space = i;
      continue;
    }
    const folded = PLAIN[char] ?? char;
    if (folded !== '' && space >= 0) out.push({ char: ' ', from: space });
    if (folded !== '') space = -1;
    for (const c of folded.split('')) out.push({ char: c, from: i });
  }
  return { text: out.map((o) => o.char).join(''), origin: out.map((o) => o.from) };
}

describe('fold, on any mix of words, spaces and characters it folds', () => {
  it('gives the text and offsets of folding one character at a time', () => {
    const piece = fc.constantFrom(
      'a',
      'Go',
      'on.',
      ' ',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '’',
      '“',
      '—',
      '…',
      '\u00ad',
      '\u200b',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const input = pieces.join('');
        const { text, origin } = fold(input);
        expect({ text, origin: [...origin] }).toEqual(foldByRule(input));
      }),
      { numRuns: 1000, seed: 15 },
    );
  });
});

describe('foldText', () => {
  it.each(['plain ascii text', "it's 86 - fine", 'a  b', ' lead', 'trail ', 'tick`s', 'tab\there', 'curly ’', ''])(
    'agrees with fold() on %j',
    (input) => {
      expect(foldText(input)).toBe(fold(input).text);
    },
  );
});
