import type { Bank } from '../bank/index.js';
import { count } from '../text/count.js';
import { sanitize } from '../text/sanitize.js';
import type { Style } from './style.js';
import { wrapIndented } from './wrap.js';

export interface ArticleRow {
  readonly id: string;
  readonly title: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly paragraphs: number;
  readonly questions: number;
}

/** One row per article; a question counts for every article it cites. */
export function articleRows(bank: Bank): ArticleRow[] {
  return bank.articles.map((a) => ({
    id: a.id,
    title: a.title,
    ...(a.outlet === undefined ? {} : { outlet: a.outlet }),
    ...(a.published === undefined ? {} : { published: a.published }),
    paragraphs: a.article.paragraphs.length,
    questions: bank.questions.filter((q) => q.sources.some((s) => s.article === a.id)).length,
  }));
}

export function renderList(bank: Bank, style: Style, width: number): string {
  const rows = articleRows(bank);
  const out = [
    style.bold(sanitize(bank.title)),
    style.dim(
      `${count(bank.questions.length, 'question')} on ${count(rows.length, 'article')} (bank "${sanitize(bank.id)}")`,
    ),
    '',
  ];
  for (const row of rows) {
    out.push(style.accent(row.id));
    out.push(wrapIndented(sanitize(row.title), width, '    ', '  '));
    const details = [
      row.outlet,
      row.published,
      count(row.paragraphs, 'paragraph'),
      count(row.questions, 'question'),
    ].filter(Boolean);
    out.push(style.dim(`  ${sanitize(details.join(' · '))}`), '');
  }
  out.push(style.dim('Read one with: citequiz read <id>'));
  return out.join('\n') + '\n';
}
