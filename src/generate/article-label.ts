import type { SourceArticle } from './sentences.js';
import { MONTH_NAMES } from '../text/months.js';

/** "2017-03-23" → "23 March 2017"; anything else as it is. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${Number(match[3])} ${MONTH_NAMES[Number(match[2]) - 1]} ${match[1]}` : iso;
}

/**
 * How a question names each article so that a student can find it: its title, with its outlet
 * and date where known ("“Asia shares defy post-quake gloom” (BBC News, 29 December 2004)"). Two
 * articles that would still read alike are told apart by their order in the bank.
 */
export function articleLabels(articles: readonly SourceArticle[]): Map<string, string> {
  const labels = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const a of articles) {
    const details = [a.outlet, a.published ? longDate(a.published) : undefined].filter(Boolean).join(', ');
    let label = details ? `“${a.title}” (${details})` : `“${a.title}”`;
    const times = (seen.get(label) ?? 0) + 1;
    seen.set(label, times);
    if (times > 1) label = `${label} [${times}]`;
    labels.set(a.id, label);
  }
  return labels;
}

/** The outlet when it tells the articles apart, else the article as the bank labels it. */
export function articleName(
  article: SourceArticle,
  articles: readonly SourceArticle[],
  labels: ReadonlyMap<string, string>,
): string {
  const outletIsUnique =
    article.outlet !== undefined && articles.filter((a) => a.outlet === article.outlet).length === 1;
  return outletIsUnique ? article.outlet : `the article ${labels.get(article.id)!}`;
}
