import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from '../../src/bank/normalize-answer.js';
import { numberWordsToDigits } from '../../src/bank/number-words.js';

describe('numberWordsToDigits', () => {
  it.each([
    ['three', '3'],
    ['eighty six', '86'],
    ['eighty-six people', '86 people'],
    ['one hundred and twenty', '120'],
    ['nineteen thousand', '19000'],
    ['19 thousand', '19000'],
    ['two million', '2000000'],
    ['fourth vehicle', '4th vehicle'],
    ['three and four', '3 and 4'],
    ['no number here', 'no number here'],
    ['twenty two', '22'],
    ['six four', '6 4'],
    ['twenty twenty', '20 20'],
    ['a hundred', 'a 100'],
    ['1.5 million', '1500000'],
    ['twenty-first century', '21st century'],
  ])('%s → %s', (input, expected) => {
    expect(numberWordsToDigits(input)).toBe(expected);
  });
});

describe('normalizeAnswer', () => {
  it.each([
    ['  Keith Palmer ', 'keith palmer'],
    ['KEITH PALMER!', 'keith palmer'],
    ['Café', 'cafe'],
    ['Rickli’s', 'rickli s'],
    ["Rickli's", 'rickli s'],
    ['Three', '3'],
    ['19,000', '19000'],
    ['the Amaq news agency', 'amaq news agency'],
    ['An air strike', 'air strike'],
    ['al-Adnani', 'al adnani'],
    ['1.5 million', '1500000'],
    ['3.25', '3.25'],
    ['the U.K.', 'u k'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });
});
