import { describe, expect, it } from 'vitest';
import { parseArticle, sentencesAround, sentencesBefore } from '../../src/articles/parse.js';

describe('sentencesBefore', () => {
  const text = 'A Headline\n\nThe first sentence is here. The second one follows it.\n\nA third stands alone.\n';
  const article = parseArticle(text, 'text');

  it('gives every sentence of an article no longer than asked', () => {
    expect(sentencesBefore(article, text.length)).toBe(article.sentences);
  });

  it('leaves out the sentence the end runs through, and every one after it', () => {
    const sentences = sentencesBefore(article, text.indexOf('follows'));
    expect(sentences.map((s) => s.text)).toEqual(['A Headline', 'The first sentence is here.']);
    expect(sentences).toEqual(article.sentences.slice(0, 2));
  });

  it('keeps a paragraph that ends before the end whole', () => {
    expect(sentencesBefore(article, text.indexOf('A third')).map((s) => s.text)).toEqual([
      'A Headline',
      'The first sentence is here.',
      'The second one follows it.',
    ]);
  });
});

describe('sentencesAround', () => {
  it('finds each sentence of a long article as the list of its sentences has it', () => {
    const lines = Array.from({ length: 1_500 }, (_, n) => `Line ${n} says one thing. Then another.`);
    const article = parseArticle(`A Headline\n${lines.join('\n')}\n`, 'text');
    expect(article.sentences.length).toBeGreaterThan(3_000);
    for (const sentence of article.sentences) {
      const inside = { start: sentence.start + 1, end: sentence.end - 1 };
      expect(sentencesAround(article, sentence.paragraph, inside)).toEqual({
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
      });
    }
  });
});
