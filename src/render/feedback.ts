import type { ReportQuestion } from '../quiz/report.js';
import { renderCitations } from './citation.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';
import { wrapIndented } from './wrap.js';

/** Shown after each answer outside exam mode: right or wrong, the answer, and where it stands. */
export function renderFeedback(q: ReportQuestion, style: Style, width: number): string {
  const indent = '  ';
  const verdict = q.correct
    ? style.good('✓ Correct.')
    : `${style.bad('✗ Not quite.')} The answer is ${style.good(sanitize(q.expected))}.`;
  const lines = [wrapIndented(verdict, width, indent, indent), ...renderCitations(q.sources, { style, width, indent })];
  if (q.explanation) lines.push(wrapIndented(style.dim(sanitize(q.explanation)), width, indent));
  return lines.join('\n') + '\n';
}
