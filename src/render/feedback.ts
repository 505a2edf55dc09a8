import type { ReportQuestion } from '../quiz/report.js';
import { renderCitations } from './citation.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';
import { wrapIndented } from './wrap.js';

/** An answer that already ends a sentence ("... that was directed.", "Why?") takes no second full stop. */
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/;

/** Shown after each answer outside exam mode: right or wrong, the answer, and where it stands. */
export function renderFeedback(q: ReportQuestion, style: Style, width: number): string {
  const indent = '  ';
  const verdict = q.correct
    ? q.spelling === undefined
      ? style.good('✓ Correct.')
      : `${style.good('✓ Accepted')} — spelling: ${style.good(sanitize(q.spelling))}`
    : `${style.bad('✗ Not quite.')} The answer is ${style.good(sanitize(q.expected))}${ENDS_SENTENCE.test(q.expected) ? '' : '.'}`;
  const lines = [wrapIndented(verdict, width, indent, indent), ...renderCitations(q.sources, { style, width, indent })];
  if (q.explanation) lines.push(wrapIndented(style.dim(sanitize(q.explanation)), width, indent));
  return lines.join('\n') + '\n';
}
