import { describe, expect, it } from 'vitest';
import { findDamage } from '../../src/articles/damage.js';
import { article } from '../helpers.js';

describe('scraping damage in an article', () => {
  it.each([
    ['a box where a dash was', 'On the bridge □ where two died.', 'a "□" (U+25A1)'],
    ['a replacement character', 'The caf\ufffd opened.', 'a "\ufffd" (U+FFFD)'],
    ['UTF-8 read as Windows-1252', 'The mayorâ€™s speech.', 'UTF-8 text read as Windows-1252'],
    ['an accent read as Windows-1252', 'The cafÃ© opened.', 'UTF-8 text read as Windows-1252'],
    ['two commas', 'Crowds,, then rain.', 'doubled punctuation'],
    ['two full stops', 'It rained.. Then it stopped.', 'doubled punctuation'],
    ['a comma before a full stop', 'It rained,. Then it stopped.', 'doubled punctuation'],
  ])('finds %s', (_name, text, what) => {
    const [damage, ...more] = findDamage(article(`Headline\n\n${text}\n`));
    expect(more).toEqual([]);
    expect(damage!.what).toContain(what);
    expect(damage!.paragraph).toBe(2);
  });

  it.each([
    ['an ellipsis', 'It went on... and on.'],
    ['a typographic ellipsis', 'It went on… and on.'],
    ['accented letters', 'Ana Lúcia Reyes, Smith & Søn, £4 million, “quoted”.'],
    ['decimals and thousands', 'It rose 1.5% to 19,000.'],
  ])('leaves %s alone', (_name, text) => {
    expect(findDamage(article(`Headline\n\n${text}\n`))).toEqual([]);
  });

  it('counts every occurrence and shows the first', () => {
    const [damage] = findDamage(article('One □ two\n\nthree □ four □ five\n'));
    expect(damage).toMatchObject({ count: 3, paragraph: 1, offset: 4, excerpt: 'One □ two' });
  });
});
