import { stripMarkdown } from '../articles/markdown.js';
import { PARAGRAPH_KINDS } from '../articles/types.js';
import type { BankArticle } from '../bank/types.js';
import { count } from './count.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';
import { wrapIndented } from './wrap.js';

/**
 * An article as `citequiz read` shows it: numbered paragraphs (the numbers citations use), wrapped
 * to the terminal, with lines that cannot be cited set apart by a dotted rule and a label.
 */
export function renderArticle(entry: BankArticle, style: Style, width: number): string {
  const { article } = entry;
  const details = [entry.outlet, entry.published, count(article.paragraphs.length, 'paragraph')]
    .filter(Boolean)
    .join(' · ');
  const out = [wrapIndented(style.bold(sanitize(entry.title)), width, ''), style.dim(sanitize(details)), ''];
  const gutter = String(article.paragraphs.length).length;
  for (const p of article.paragraphs) {
    const number = String(p.number).padStart(gutter);
    const shown = article.format === 'markdown' ? stripMarkdown(p.text).text : p.text;
    const text = sanitize(shown).replace(/\s*\n\s*/g, ' ');
    if (p.citable) {
      out.push(wrapIndented(text, width, `${' '.repeat(gutter)} │ `, `${style.accent(number)} │ `), '');
    } else {
      const label = `[${PARAGRAPH_KINDS[p.kind].label}, not cited]`;
      out.push(style.dim(wrapIndented(`${label} ${text}`, width, `${' '.repeat(gutter)} ┆ `, `${number} ┆ `)), '');
    }
  }
  return out.join('\n').trimEnd() + '\n';
}
