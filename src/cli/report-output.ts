import type { Citation } from '../bank/citation.js';
import type { Report } from '../quiz/report.js';
import { readCommand } from '../render/citation.js';
import { renderReport } from '../render/report.js';
import type { Io } from './io.js';
import { styleFor, writeJson } from './output.js';

/** The end-of-session report on stdout: as text, or as JSON for scripts. `bank` is the --bank given. */
export function printReport(report: Report, json: boolean | undefined, io: Io, bank?: string): void {
  if (json) writeJson(io, reportJson(report));
  else {
    const { style, width } = styleFor(io.stdout, io);
    io.stdout.write(renderReport(report, style, width, readsWith(bank)));
  }
}

/** The `citequiz read` command for a source, with the --bank the session was given. */
export const readsWith =
  (bank: string | undefined) =>
  (citation: Citation): string =>
    readCommand(citation, bank === undefined ? undefined : shellWord(bank));

/** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
export const shellWord = (word: string): string =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;

/** The --json shape scripts rely on. */
function reportJson(report: Report) {
  return {
    total: report.total,
    correct: report.correct,
    score: report.score,
    byArticle: report.byArticle,
    questions: report.questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      given: q.given,
      expected: q.expected,
      correct: q.correct,
      overridden: q.overridden,
      sources: q.sources.map(sourceJson),
    })),
  };
}

/** A source as every --json output gives it. */
export const sourceJson = (s: Citation) => ({
  article: s.article,
  title: s.title,
  outlet: s.outlet ?? null,
  paragraph: s.paragraph,
  quote: s.quote,
  sentence: s.sentence,
});
