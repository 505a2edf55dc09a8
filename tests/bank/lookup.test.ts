import { beforeAll, describe, expect, it } from 'vitest';
import { articleWarnings } from '../../src/bank/article-warnings.js';
import { articlesNamed, findArticle } from '../../src/bank/lookup.js';
import { closestId, closestSentence } from '../../src/bank/near-match.js';
import type { Bank, BankArticle } from '../../src/bank/types.js';
import { parseArticle } from '../../src/articles/parse.js';
import { article, loadFixtureBank, MINI_BANK } from '../helpers.js';

let bank: Bank;
beforeAll(async () => {
  bank = await loadFixtureBank(MINI_BANK);
});

const entry = (id: string, title: string, text = 'One sentence.\n'): BankArticle => ({
  id,
  file: `articles/${id}.txt`,
  title,
  article: article(text),
});
const bankOf = (...articles: BankArticle[]): Bank => ({ id: 'b', title: 'B', articles, questions: [] });

describe('finding an article by id', () => {
  it('returns it, or names the ids the bank has', () => {
    expect(findArticle(bank, 'market').title).toBe('Market Square Reopens');
    expect(() => findArticle(bank, 'markt')).toThrow(
      'no article "markt" in bank "mini"; its articles are: harbour, market',
    );
  });
});

describe('finding an article by what a reader types', () => {
  const named = bankOf(
    entry('festival', 'Harbour Festival Draws Crowds'),
    entry('harbour', 'The “Harbour” Reopens'),
    entry('market', 'Market Square Reopens'),
  );
  it.each([
    ['an id, before any title', 'harbour', ['harbour']],
    ['a whole title, ignoring case, spacing and typography', '  the "harbour"   REOPENS ', ['harbour']],
    ['part of a title', 'reopens', ['harbour', 'market']],
    ['part of one title', 'festival draws', ['festival']],
    ['nothing for blank text', '   ', []],
    ['nothing for a title no article has', 'weather', []],
  ])('%s', (_, name, ids) => {
    expect(articlesNamed(named, name).map((a) => a.id)).toEqual(ids);
  });

  it('prefers a whole title to titles that hold it', () => {
    const shortTitle = bankOf(entry('short', 'Reopens'), entry('long', 'Market Square Reopens'));
    expect(articlesNamed(shortTitle, 'reopens').map((a) => a.id)).toEqual(['short']);
  });
});

describe('what a misspelt id most likely meant', () => {
  it.each([
    ['harbor', ['harbour', 'market'], 'harbour'],
    ['mrket', ['harbour', 'market'], 'market'],
    ['newsweek-isis-claim', ['newsweek-isis-claims', 'bbc'], 'newsweek-isis-claims'],
    ['zzz', ['harbour', 'market'], undefined],
    ['market', [], undefined],
  ])('%s among %j: %s', (id, ids, meant) => {
    expect(closestId(id, ids)).toBe(meant);
  });

  it('allows two letters off a short id and a third of a long one, no more', () => {
    expect(closestId('abcd', ['abxy'])).toBe('abxy');
    expect(closestId('abcd', ['axyz'])).toBeUndefined();
    expect(closestId('abcdefghijkl', ['abcdefghwxyz'])).toBe('abcdefghwxyz');
    expect(closestId('abcdefghijkl', ['abcdefgvwxyz'])).toBeUndefined();
  });
});

describe('which sentence a quote that is not found was taken from', () => {
  const text =
    'Title line\n\nThe mayor opened the festival at ten.\n\nRain fell all day. Crowds stayed home on Sunday.\n';
  const doc = parseArticle(text, 'text');

  it('the citable sentence sharing the most words, when half the quote or more is there', () => {
    expect(closestSentence(doc, 'the mayor opened the show')).toEqual({
      paragraph: 2,
      text: 'The mayor opened the festival at ten.',
    });
    expect(closestSentence(doc, 'crowds stayed at home')).toEqual({
      paragraph: 3,
      text: 'Crowds stayed home on Sunday.',
    });
  });

  it('nothing when under half the words are shared, or the quote has none', () => {
    expect(closestSentence(doc, 'the council met on a rainy evening downtown')).toBeUndefined();
    expect(closestSentence(doc, '... !')).toBeUndefined();
  });

  it('never a sentence that cannot be cited', () => {
    const withReply = parseArticle('Title\n\nA plain sentence here.\n\nLeave a Reply\n', 'text');
    expect(closestSentence(withReply, 'leave a reply')).toBeUndefined();
  });

  it('shows a long sentence cut short, and a Markdown one without its markup', () => {
    const long = `${'word '.repeat(60)}end.`;
    const shown = closestSentence(parseArticle(`Title\n\n${long}\n`, 'text'), 'word word end')!;
    expect(shown.text).toHaveLength(160);
    expect(shown.text.endsWith('...')).toBe(true);
    const md = parseArticle('# Title\n\nThe **mayor** opened [the festival](http://x).\n', 'markdown');
    expect(closestSentence(md, 'the mayor opened it')?.text).toBe('The mayor opened the festival.');
  });
});

describe("warnings about a bank's article files", () => {
  it('name the file, line and column of the first damage, and how often it occurs', () => {
    const damaged = bankOf(
      entry('a', 'A', 'Title\n\nFine text here.\nIt\u00e2\u20ac\u2122s here and it\u00e2\u20ac\u2122s there.\n'),
    );
    const [warning, ...rest] = articleWarnings(damaged, 'questions/b');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      file: 'questions/b/articles/a.txt',
      line: 4,
      column: 3,
      code: 'article-damage',
      severity: 'warning',
    });
    expect(warning!.message).toMatch(/^UTF-8 text read as Windows-1252 .* \(2 in all\), in paragraph \d of "a": "/);
  });

  it('say nothing of a clean article, and no count for one occurrence', () => {
    expect(articleWarnings(bank, 'mini')).toEqual([]);
    const once = articleWarnings(bankOf(entry('a', 'A', 'Title\n\nOne \ufffd here.\n')), '.');
    expect(once).toHaveLength(1);
    expect(once[0]!.message).not.toContain('in all');
    expect(once[0]).toMatchObject({ file: 'articles/a.txt', line: 3, column: 5 });
  });
});
