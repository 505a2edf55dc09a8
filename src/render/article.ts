import { mapSpan, stripMarkdown } from '../articles/markdown.js';
import { PARAGRAPH_KINDS, type Paragraph, type Span } from '../articles/types.js';
import type { BankArticle } from '../bank/types.js';
import { count } from './count.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';
import { wrapIndented } from './wrap.js';

/** Part of an article to show: one paragraph and those either side, with the cited sentences marked. */
export interface Excerpt {
  readonly paragraph: number;
  /** Spans of the article's text to mark in that paragraph: the sentences the bank cites there. */
  readonly cited: readonly Span[];
}

/**
 * An article as `citequiz read` shows it: numbered paragraphs (the numbers citations use), wrapped
 * to the terminal, with lines that cannot be cited set apart by a dotted rule and a label. With an
 * excerpt, only its paragraph and the two beside it, that one ruled heavier and its cited
 * sentences marked.
 */
export function renderArticle(entry: BankArticle, style: Style, width: number, excerpt?: Excerpt): string {
  const { article } = entry;
  const details = [entry.outlet, entry.published, count(article.paragraphs.length, 'paragraph')]
    .filter(Boolean)
    .join(' · ');
  const out = [wrapIndented(style.bold(sanitize(entry.title)), width, ''), style.dim(sanitize(details)), ''];
  const gutter = String(article.paragraphs.length).length;
  const shown = excerpt
    ? article.paragraphs.filter((p) => Math.abs(p.number - excerpt.paragraph) <= 1)
    : article.paragraphs;
  for (const p of shown) {
    const number = String(p.number).padStart(gutter);
    const target = p.number === excerpt?.paragraph;
    const text = paragraphText(p, article.format === 'markdown', target ? excerpt!.cited : [], style);
    if (p.citable) {
      const rule = target ? '┃' : '│';
      out.push(wrapIndented(text, width, `${' '.repeat(gutter)} ${rule} `, `${style.accent(number)} ${rule} `), '');
    } else {
      const label = `[${PARAGRAPH_KINDS[p.kind].label}, not cited]`;
      out.push(style.dim(wrapIndented(`${label} ${text}`, width, `${' '.repeat(gutter)} ┆ `, `${number} ┆ `)), '');
    }
  }
  return out.join('\n').trimEnd() + '\n';
}

/** A paragraph as a reader sees it (no Markdown markup, one line), with `marks` (article offsets) marked. */
function paragraphText(p: Paragraph, markdown: boolean, marks: readonly Span[], style: Style): string {
  let text = p.text;
  let spans = marks.map((m) => ({ start: m.start - p.start, end: m.end - p.start }));
  if (markdown) {
    const plain = stripMarkdown(text);
    spans = spans.map((span) => mapSpan(plain, span));
    text = plain.text;
  }
  const clean = (part: string) => sanitize(part).replace(/\s*\n\s*/g, ' ');
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.end <= at) continue; // within a sentence already marked
    const start = Math.max(at, span.start);
    out += clean(text.slice(at, start)) + style.mark(clean(text.slice(start, span.end)));
    at = span.end;
  }
  return out + clean(text.slice(at));
}
