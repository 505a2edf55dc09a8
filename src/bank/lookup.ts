import { CitequizError } from '../errors.js';
import { foldText } from './fold.js';
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

/**
 * The articles `name` means, for a reader typing it: the one with that id; else those with that
 * title, ignoring case and typography; else those whose title holds it.
 */
export function articlesNamed(bank: Bank, name: string): BankArticle[] {
  const byId = bank.articles.find((a) => a.id === name);
  if (byId) return [byId];
  const wanted = comparable(name);
  if (wanted === '') return [];
  const titled = bank.articles.filter((a) => comparable(a.title) === wanted);
  return titled.length > 0 ? titled : bank.articles.filter((a) => comparable(a.title).includes(wanted));
}

const comparable = (text: string): string => foldText(text).toLowerCase().replace(/\s+/g, ' ').trim();
