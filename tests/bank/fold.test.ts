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

describe('foldText', () => {
  it.each(['plain ascii text', "it's 86 - fine", 'a  b', ' lead', 'trail ', 'tick`s', 'tab\there', 'curly ’', ''])(
    'agrees with fold() on %j',
    (input) => {
      expect(foldText(input)).toBe(fold(input).text);
    },
  );
});
