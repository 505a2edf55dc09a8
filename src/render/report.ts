import type { Citation } from '../bank/citation.js';
import type { Report, ReportQuestion } from '../quiz/report.js';
import { renderCitations } from './citation.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';
import { wrapIndented } from './wrap.js';

const percent = (score: number) => `${Math.round(score * 100)}%`;

/**
 * The end-of-quiz report: score, score per article, then every miss with where to read up; with
 * `read`, each source ends with the command that opens its paragraph.
 */
export function renderReport(
  report: Report,
  style: Style,
  width: number,
  read?: (citation: Citation) => string,
): string {
  const lines: string[] = [];
  const overridden = report.questions.filter((q) => q.overridden);
  const atYourWord = overridden.length > 0 ? `, ${overridden.length} of them counted right at your word` : '';
  lines.push(style.bold(`Score: ${report.correct} of ${report.total} (${percent(report.score)})${atYourWord}`), '');
  if (report.byArticle.length > 1) {
    lines.push(style.bold('By article'));
    for (const a of report.byArticle) {
      const score = `  ${a.correct}/${a.total}  `;
      lines.push(wrapIndented(sanitize(a.title), width, ' '.repeat(score.length), score));
    }
    lines.push('');
  }
  if (overridden.length > 0) {
    lines.push(style.bold(`Counted right at your word (${overridden.length})`), '');
    overridden.forEach((q, i) => lines.push(renderAnswers(q, i + 1, style, width), ''));
  }
  const missed = report.questions.filter((q) => !q.correct);
  if (missed.length === 0) {
    const every = overridden.length > 0 ? 'No misses.' : 'No misses. Every answer was right.';
    lines.push(style.good(report.total > 0 ? every : 'No questions were asked.'));
  } else {
    lines.push(style.bold(`Missed (${missed.length}): where to read up`), '');
    missed.forEach((q, i) =>
      lines.push(
        renderAnswers(q, i + 1, style, width),
        ...renderCitations(q.sources, { style, width, indent: INDENT, ...(read ? { read } : {}) }),
        '',
      ),
    );
  }
  return lines.join('\n').trimEnd() + '\n';
}

const INDENT = '    ';

/** The question, the answer given and the bank's answer. */
function renderAnswers(q: ReportQuestion, n: number, style: Style, width: number): string {
  const hang = INDENT + ' '.repeat(16);
  const given = q.given === null ? style.dim('(no answer)') : (q.correct ? style.good : style.bad)(sanitize(q.given));
  return [
    wrapIndented(sanitize(q.prompt), width, INDENT, `${n}.`.padEnd(4)),
    wrapIndented(`Your answer:    ${given}`, width, hang, INDENT),
    wrapIndented(
      `${q.overridden ? 'Bank’s answer: ' : 'Correct answer:'} ${style.good(sanitize(q.expected))}`,
      width,
      hang,
      INDENT,
    ),
  ].join('\n');
}
