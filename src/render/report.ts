import type { Report, ReportQuestion } from '../quiz/report.js';
import { renderCitations } from './citation.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';
import { wrapIndented } from './wrap.js';

const percent = (score: number) => `${Math.round(score * 100)}%`;

/** The end-of-quiz report: score, score per article, then every miss with where to read up. */
export function renderReport(report: Report, style: Style, width: number): string {
  const lines: string[] = [];
  lines.push(style.bold(`Score: ${report.correct} of ${report.total} (${percent(report.score)})`), '');
  if (report.byArticle.length > 1) {
    lines.push(style.bold('By article'));
    for (const a of report.byArticle) {
      const score = `  ${a.correct}/${a.total}  `;
      lines.push(wrapIndented(sanitize(a.title), width, ' '.repeat(score.length), score));
    }
    lines.push('');
  }
  const missed = report.questions.filter((q) => !q.correct);
  if (missed.length === 0) {
    lines.push(style.good(report.total > 0 ? 'No misses. Every answer was right.' : 'No questions were asked.'));
  } else {
    lines.push(style.bold(`Missed (${missed.length}): where to read up`), '');
    missed.forEach((q, i) => lines.push(renderMiss(q, i + 1, style, width), ''));
  }
  return lines.join('\n').trimEnd() + '\n';
}

function renderMiss(q: ReportQuestion, n: number, style: Style, width: number): string {
  const label = `${n}.`.padEnd(4);
  const indent = '    ';
  const out = [
    wrapIndented(sanitize(q.prompt), width, indent, label),
    wrapIndented(
      `Your answer:    ${q.given === null ? style.dim('(no answer)') : style.bad(sanitize(q.given))}`,
      width,
      indent + '                ',
      indent,
    ),
    wrapIndented(`Correct answer: ${style.good(sanitize(q.expected))}`, width, indent + '                ', indent),
    ...renderCitations(q.sources, { style, width, indent }),
  ];
  return out.join('\n');
}
