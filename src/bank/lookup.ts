import { CitequizError } from '../errors.js';
import type { Bank, BankArticle } from './types.js';

/** The article with this id, or an error that lists the ids the bank has. */
export function findArticle(bank: Bank, id: string): BankArticle {
  const article = bank.articles.find((a) => a.id === id);
  if (article) return article;
  const known =
    bank.articles.length > 0
      ? `its articles are: ${bank.articles.map((a) => a.id).join(', ')}`
      : 'none of its articles could be read (see citequiz check)';
  throw new CitequizError('not-found', `no article "${id}" in bank "${bank.id}"; ${known}`);
}
