import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpaces } from '../../src/text/spaces.js';

describe('collapseSpaces', () => {
  const piece = fc.constantFrom(
    'Go',
    'on.',
    'é',
    '😀',
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\ufeff',
    '\u200b',
  );

  it.each([
    ['short', 1],
    ['longer than is done with a regular expression', 7_000],
  ])('gives what replacing every run of \\s with one space gives, %s', (_, times) => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 10, maxLength: 40 }), (pieces) => {
        const text = pieces.join('').repeat(times);
        expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' '));
      }),
      { numRuns: times > 1 ? 40 : 500, seed: 15 },
    );
  });
});
