import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../src/articles/sentences.js';

const sentences = (text: string) =>
  splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['One. Two? Three!', ['One.', 'Two?', 'Three!']],
    ['Dr. Rickli spoke. Then he left.', ['Dr. Rickli spoke.', 'Then he left.']],
    ['Mr. and Mrs. Smith arrived. They sat.', ['Mr. and Mrs. Smith arrived.', 'They sat.']],
    [
      'The translation was by Michael S. Smith II. He is an expert.',
      ['The translation was by Michael S. Smith II.', 'He is an expert.'],
    ],
    ['The U.S. Army said so. Others agreed.', ['The U.S. Army said so.', 'Others agreed.']],
    [
      'While the U.K. had yet to suffer an attack, it waited.',
      ['While the U.K. had yet to suffer an attack, it waited.'],
    ],
    ['“We will win.” He said it twice.', ['“We will win.”', 'He said it twice.']],
    ['No final stop', ['No final stop']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps offsets within the span it is given', () => {
    const text = 'Skip this. Take this one. And this.';
    const start = text.indexOf('Take');
    const spans = splitSentences(text, { start, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Take this one.', 'And this.']);
  });
});

describe('the one-sentence fast path', () => {
  // The segmenter itself, run on every paragraph: what splitSentences must agree with.
  const icu = (text: string) => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
  };
  const pieces = [
    'word',
    'Word',
    ' ',
    '  ',
    '.',
    ',',
    '!',
    '?',
    '"',
    '”',
    '’',
    ')',
    '…',
    '。',
    'é',
    '3',
    '\t',
    '-',
    'Mr.',
  ];

  it('agrees with the segmenter wherever it skips it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const spans = splitSentences(text, { start: 0, end: text.length });
        if (spans.length === 1 && icu(text).length > 1) {
          // One sentence for us and several for ICU is right only where an abbreviation joined them.
          expect(
            icu(text)
              .slice(0, -1)
              .every((s) => /(?:Mr|[A-Z])\.$/.test(s)),
          ).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
