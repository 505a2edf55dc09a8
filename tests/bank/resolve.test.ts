import { describe, expect, it } from 'vitest';
import { sentencesAround } from '../../src/articles/parse.js';
import { QuoteResolver } from '../../src/bank/resolve.js';
import { article } from '../helpers.js';

const TEXT = [
  'Bridge Reopens',
  '',
  'Posted by Sam Reporter',
  '',
  'The bridge, closed since May, reopened on Monday. Mayor Alice Brown cut the ribbon at 10 a.m.',
  'The council’s “new heart” plan cost £4 million – twice the estimate and twice the time.',
  'The bridge reopened to cheers.',
  'Leave a Reply',
].join('\n');

const parsed = article(TEXT);
const resolver = new QuoteResolver(parsed);

describe('QuoteResolver', () => {
  it('finds a quote and gives its paragraph, offsets and sentence', () => {
    const result = resolver.resolve('Mayor Alice Brown cut the ribbon');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.citation.paragraph).toBe(3);
    expect(TEXT.slice(result.citation.start, result.citation.end)).toBe('Mayor Alice Brown cut the ribbon');
    expect(sentencesAround(parsed, 3, result.citation).text).toBe('Mayor Alice Brown cut the ribbon at 10 a.m.');
  });

  it.each([
    ['straight quotes and apostrophes', 'The council\'s "new heart" plan'],
    ['a plain hyphen for a dash', '£4 million - twice the estimate'],
    ['extra spaces', 'The   council’s “new heart”   plan'],
  ])('folds %s', (_name, quote) => {
    const result = resolver.resolve(quote);
    expect(result).toMatchObject({ ok: true, citation: { paragraph: 4 } });
  });

  it('gives every sentence the quote touches as the cited sentence', () => {
    const result = resolver.resolve('reopened on Monday. Mayor Alice');
    expect(result.ok && sentencesAround(parsed, 3, result.citation).text).toBe(
      'The bridge, closed since May, reopened on Monday. Mayor Alice Brown cut the ribbon at 10 a.m.',
    );
  });

  it.each([
    ['a changed word', 'Mayor Alice Green cut the ribbon', { kind: 'not-found' }],
    ['changed case', 'mayor alice brown', { kind: 'not-found' }],
    ['a quote in two paragraphs', 'The bridge', { kind: 'ambiguous', paragraphs: [3, 5], count: 2 }],
    ['a quote twice in one paragraph', 'twice the', { kind: 'ambiguous', paragraphs: [4], count: 2 }],
    ['part of a word', 'ridge reopened', { kind: 'not-found' }],
    ['a quote ending inside a word', 'The bridge reopen', { kind: 'not-found' }],
    ['a byline', 'Posted by Sam Reporter', { kind: 'not-citable', paragraph: 2, paragraphKind: 'byline' }],
    ['the comment form', 'Leave a Reply', { kind: 'not-citable', paragraph: 6, paragraphKind: 'comment-form' }],
    [
      'a quote across paragraphs',
      'twice the time. The bridge reopened',
      { kind: 'spans-paragraphs', paragraphs: [4, 5] },
    ],
    ['an empty quote', '   ', { kind: 'not-found' }],
  ])('rejects %s', (_name, quote, failure) => {
    expect(resolver.resolve(quote)).toEqual({ ok: false, ...failure });
  });

  it('takes a paragraph number to pick one of several occurrences', () => {
    expect(resolver.resolve('The bridge', 5)).toMatchObject({ ok: true, citation: { paragraph: 5 } });
    expect(resolver.resolve('The bridge', 4)).toEqual({ ok: false, kind: 'elsewhere', paragraphs: [3, 5] });
  });
});
