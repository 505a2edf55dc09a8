import { stripMarkdown } from '../articles/index.js';
import type { Bank, Question } from '../bank/index.js';
import { sanitize } from '../text/sanitize.js';

export interface PacketParagraph {
  /** The number `citequiz read` shows and citations use. */
  readonly number: number;
  readonly text: string;
}

export interface PacketArticle {
  readonly id: string;
  readonly title: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly paragraphs: readonly PacketParagraph[];
}

/**
 * The articles the questions cite, in the bank's order, numbered as `citequiz read` numbers them.
 * Lines that cannot be cited (a repeated headline, photo credits, "Read more") are left out: a
 * handout is for reading. Their numbers are skipped, so the paragraph numbers stay those the keys
 * and `citequiz read` give.
 */
export function packetArticles(bank: Bank, questions: readonly Question[]): PacketArticle[] {
  const cited = new Set(questions.flatMap((q) => q.sources.map((s) => s.article)));
  return bank.articles
    .filter((entry) => cited.has(entry.id))
    .map((entry) => ({
      id: entry.id,
      title: sanitize(entry.title),
      ...(entry.outlet === undefined ? {} : { outlet: sanitize(entry.outlet) }),
      ...(entry.published === undefined ? {} : { published: entry.published }),
      paragraphs: entry.article.paragraphs
        .filter((p) => p.citable)
        .map((p) => {
          const shown = entry.article.format === 'markdown' ? stripMarkdown(p.text).text : p.text;
          const text = sanitize(shown)
            .replace(/\s*\n\s*/g, ' ')
            .trim();
          return { number: p.number, text };
        }),
    }));
}
