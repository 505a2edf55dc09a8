import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { trimSpan } from '../../src/articles/paragraphs.js';
import { icuSentences, splitSentences } from '../../src/articles/sentences.js';

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

describe('long paragraphs', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const pieces = [
    'Word',
    'word',
    ' ',
    '.',
    '!',
    '?',
    '”',
    ')',
    '12',
    'apples',
    'Mr.',
    'U.S.',
    'e.g.',
    '\n',
    '\r\n',
    '\u2029',
  ];
  const hostileText = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 400 }).map((p) => p.join(''));

  afterEach(() => {
    vi.restoreAllMocks();
  });

  // In V8 each step of the segmenter costs time in proportion to the whole string: a one-paragraph
  // article of 5 MB took minutes. It is given windows, and must find what it finds in the whole.
  it('finds the sentences ICU finds in the whole, a window at a time', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 4, max: 64 }), (text, window) => {
        const whole = [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
        expect([...icuSentences(text, window)]).toEqual(whole);
      }),
      { numRuns: 500, seed: 15 },
    );
  });

  it('splits a paragraph as the segmenter and the abbreviations do over the whole of it', () => {
    const ABBREVIATION = /(?:^|[\s(])(?:Mr|[A-Z]|(?:[A-Z]\.){1,3}[A-Z])\.\s*$/;
    const reference = (text: string) => {
      const spans: { start: number; end: number }[] = [];
      for (const { index, segment } of segmenter.segment(text)) {
        const previous = spans.at(-1);
        const end = index + segment.length;
        if (previous && ABBREVIATION.test(text.slice(previous.start, previous.end))) spans[spans.length - 1]!.end = end;
        else spans.push({ start: index, end });
      }
      return spans.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
    };
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(splitSentences(text, { start: 0, end: text.length })).toEqual(reference(text));
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('never gives the segmenter a whole long paragraph', () => {
    const lengths: number[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the segmenter as `this`
    const segment = Intl.Segmenter.prototype.segment;
    vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
      lengths.push(input.length);
      return segment.call(this, input);
    });
    const text = 'The council met. It voted. '.repeat(4_000);
    expect(splitSentences(text, { start: 0, end: text.length })).toHaveLength(8_000);
    expect(Math.max(...lengths)).toBeLessThan(4096);
  });
});
