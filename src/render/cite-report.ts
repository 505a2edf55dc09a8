import type { CiteStatus, QuestionCited } from '../cite/cite-bank.js';
import type { Candidate } from '../cite/index.js';
import { count } from '../text/count.js';
import { sanitize } from '../text/sanitize.js';
import type { Style } from './style.js';

const STATUS_LABELS: Readonly<Record<CiteStatus, string>> = {
  cited: 'cited',
  draft: 'draft, needs review',
  uncited: 'not cited: no sentence of the articles supports the answer',
};

const where = (c: Candidate) => `${c.article.id}, paragraph ${c.paragraph}`;
const quoted = (c: Candidate) => `“${sanitize(c.quote)}”`;

/** Per question: what was chosen, the runner-up, and the confidence (`--report`). */
export function renderCiteReport(results: readonly QuestionCited[], style: Style): string {
  let out = '';
  for (const r of results) {
    const label = STATUS_LABELS[r.status];
    const tone = r.status === 'cited' ? style.good : r.status === 'draft' ? style.dim : style.bad;
    out += `${style.bold(sanitize(r.id))}  ${tone(label)}  confidence ${r.confidence.toFixed(2)}\n`;
    r.sources.forEach((source, i) => {
      out += `  ${i === 0 ? 'chosen: ' : 'also:   '} ${where(source)}: ${quoted(source)}\n`;
    });
    if (r.runnerUp) out += style.dim(`  runner-up: ${where(r.runnerUp)}: ${quoted(r.runnerUp)}\n`);
  }
  return out;
}

/** One question's result for `--json`. */
export const citeResultJson = (r: QuestionCited) => ({
  id: r.id,
  status: r.status,
  confidence: Number(r.confidence.toFixed(3)),
  sources: r.sources.map(sourceJson),
  runnerUp: r.runnerUp ? sourceJson(r.runnerUp) : null,
});

const sourceJson = (c: Candidate) => ({ article: c.article.id, paragraph: c.paragraph, quote: c.quote });

/** The lines `cite` and `import` end with: how many were cited, and every draft and uncited question by id. */
export function renderCiteSummary(results: readonly QuestionCited[], shownFile: string, style: Style): string {
  const of = (status: CiteStatus) => results.filter((r) => r.status === status);
  const cited = of('cited');
  const drafts = of('draft');
  const uncited = of('uncited');
  let out = `${style.good('✓')} ${sanitize(shownFile)}: ${count(cited.length, 'question')} cited`;
  out += drafts.length > 0 ? `, ${drafts.length} written as drafts marked needs-review` : '';
  out += uncited.length > 0 ? `, ${uncited.length} left without sources` : '';
  out += '.\n';
  if (drafts.length > 0)
    out += `Check the sources of these drafts (other candidates are in a comment above them), then delete "needs-review":\n${list(drafts)}`;
  if (uncited.length > 0)
    out += `${style.bad('No sentence of the articles supports the answer of:')}\n${list(uncited)}Add their sources by hand, or the articles that answer them.\n`;
  return out;
}

const list = (results: readonly QuestionCited[]) => results.map((r) => `  ${sanitize(r.id)}\n`).join('');
