import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/articles/sentences.js';

const sentences = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['One. Two? Three!', ['One.', 'Two?', 'Three!']],
    ['Dr. Rickli spoke. Then he left.', ['Dr. Rickli spoke.', 'Then he left.']],
    ['Mr. and Mrs. Smith arrived. They sat.', ['Mr. and Mrs. Smith arrived.', 'They sat.']],
    ['The translation was by Michael S. Smith II. He is an expert.', ['The translation was by Michael S. Smith II.', 'He is an expert.']],
    ['The U.S. Army said so. Others agreed.', ['The U.S. Army said so.', 'Others agreed.']],
    ['While the U.K. had yet to suffer an attack, it waited.', ['While the U.K. had yet to suffer an attack, it waited.']],
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
