import { foldText } from './fold.js';
import { numberWordsToDigits } from './number-words.js';

const LEADING_ARTICLE = /^(the|a|an) /;

/**
 * The form two answers are compared in: case, accents, punctuation, typographic variants, number
 * words ("three" = "3") and a leading article do not count.
 */
export function normalizeAnswer(text: string): string {
  const plain = foldText(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1') // 19,000 → 19000
    .replace(/(\d)\.(?=\d)/g, '$1\u0000') // keep decimal points: 1.5 is not 1 5
    .replace(/[^\p{L}\p{N}\u0000]+/gu, ' ')
    .replace(/\u0000/g, '.')
    .trim();
  return numberWordsToDigits(plain).replace(LEADING_ARTICLE, '');
}
