import type { Citation } from '../bank/citation.js';
import type { Report } from '../quiz/report.js';
import { renderReport } from '../render/report.js';
import type { Io } from './io.js';
import { styleFor, writeJson } from './output.js';

/** The end-of-session report on stdout: as text, or as JSON for scripts. */
export function printReport(report: Report, json: boolean | undefined, io: Io): void {
  if (json) writeJson(io, reportJson(report));
  else {
    const { style, width } = styleFor(io.stdout, io);
    io.stdout.write(renderReport(report, style, width));
  }
}

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
