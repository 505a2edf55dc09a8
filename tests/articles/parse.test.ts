import { describe, expect, it } from 'vitest';
import { parseArticle, sentencesBefore } from '../../src/articles/parse.js';

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
