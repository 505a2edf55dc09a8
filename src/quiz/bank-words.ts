import { normalizeAnswer } from '../bank/normalize-answer.js';
import type { Bank } from '../bank/types.js';

const cache = new WeakMap<Bank, ReadonlySet<string>>();

/**
 * Every word of the bank's articles, prompts, choices and answers, as normalizeAnswer gives them:
 * the names and words a typed answer must not be turned into by typo tolerance. Made once per
 * bank, and only when an answer is not exactly right.
 */
export function bankWords(bank: Bank): ReadonlySet<string> {
  let words = cache.get(bank);
  if (!words) {
    const texts = [
      ...bank.articles.map((a) => a.article.text),
      ...bank.questions.flatMap((q) => [q.prompt, ...q.choices, String(q.answer), ...q.accept]),
    ];
    words = new Set(texts.flatMap((text) => normalizeAnswer(text).split(' ')));
    cache.set(bank, words);
  }
  return words;
}
