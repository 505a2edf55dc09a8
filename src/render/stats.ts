import type { Citation } from '../bank/citation.js';
import type { Stats, Score } from '../study/stats.js';
import { count } from './count.js';
import { renderCitations } from './citation.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';
import { wrapIndented } from './wrap.js';

/** A question missed often, with what the report shows of it. */
export interface MissedQuestion {
  readonly id: string;
  readonly prompt: string;
  readonly expected: string;
  readonly missed: number;
  readonly answered: number;
  readonly sources: readonly Citation[];
}

export interface StatsView extends Omit<Stats, 'mostMissed'> {
  readonly title: string;
  readonly mostMissed: readonly MissedQuestion[];
}

const percent = (s: Score) => `${Math.round(s.score * 100)}%`.padStart(4);
const fraction = (s: Score) => `${s.correct}/${s.total}`.padStart(7);
const days = (n: number) => count(n, 'day');

/** `citequiz stats`: accuracy, habit, what is due, and what to read up on. */
export function renderStats(
  stats: StatsView,
  style: Style,
  width: number,
  read?: (citation: Citation) => string,
): string {
  const lines = [style.bold(`Study statistics · ${sanitize(stats.title)}`)];
  if (stats.answers === 0) {
    const start =
      "No answers recorded for this bank yet. Take a quiz (citequiz quiz), or start on today's new questions (citequiz review).";
    lines.push('', wrapIndented(start, width, ''));
    return lines.join('\n') + '\n';
  }
  lines.push(
    style.dim(
      `${count(stats.answers, 'answer')} in ${count(stats.sessions, 'session')} · streak ${days(stats.streak.current)} (longest ${days(stats.streak.longest)})`,
    ),
    '',
    `${style.bold('Accuracy')} ${percent(stats.overall).trim()} (${stats.overall.correct} of ${count(stats.overall.total, 'answer')} to the questions as they are now)`,
  );
  if (stats.byArticle.length > 0) {
    lines.push('', style.bold('By article'));
    for (const a of stats.byArticle) {
      const head = `  ${percent(a)} ${fraction(a)}  `;
      lines.push(wrapIndented(sanitize(a.title), width, ' '.repeat(head.length), head));
    }
  }
  if (stats.bySkill.length > 0) {
    lines.push('', style.bold('By skill'));
    for (const s of stats.bySkill) lines.push(`  ${percent(s)} ${fraction(s)}  ${s.skill}`);
  }
  const { today, due } = stats;
  lines.push(
    '',
    style.bold("Today's review"),
    `  new ${today.new} · learning ${today.learning} · due ${today.due}`,
    style.dim(`  then ${due.next7Days} due in the next 7 days · ${due.new} not yet answered`),
  );
  if (stats.mostMissed.length > 0) {
    lines.push('', style.bold('Missed most often: where to read up'), '');
    stats.mostMissed.forEach((q, i) => {
      const indent = '    ';
      lines.push(
        wrapIndented(sanitize(q.prompt), width, indent, `${i + 1}.`.padEnd(4)),
        `${indent}${style.bad(`missed ${q.missed} of ${q.answered}`)} · answer: ${style.good(sanitize(q.expected))}`,
        ...renderCitations(q.sources, { style, width, indent, ...(read ? { read } : {}) }),
        '',
      );
    });
  }
  if (today.new + today.learning + today.due > 0) lines.push(style.dim(`Review them: citequiz review`));
  return lines.join('\n').trimEnd() + '\n';
}
