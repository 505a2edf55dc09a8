import { TRUE_FALSE_CHOICES } from '../../bank/question-types.js';
import type { Bank, Question } from '../../bank/types.js';
import { reportSource, type ReportSource } from '../../quiz/report.js';
import { sanitize } from '../sanitize.js';

// Characters no format can carry: a lone half of a surrogate pair is not Unicode text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Bank and article text as every export carries it: terminal control sequences and other control
 * characters removed (they are invalid in XML and mean nothing on a quiz), line feeds and tabs kept.
 */
export const exportText = (text: string): string => sanitize(text).replace(LONE_SURROGATE, '\uFFFD');

/** `“Title” (Outlet), paragraph 4: “The sentence that answers it.”` */
export function citationText(source: ReportSource): string {
  const outlet = source.outlet ? ` (${source.outlet})` : '';
  return exportText(`“${source.title}”${outlet}, paragraph ${source.paragraph}: “${source.sentence.trim()}”`);
}

/** Every source of the question, resolved to its title, outlet, paragraph and whole sentence. */
export const questionSources = (bank: Bank, question: Question): ReportSource[] =>
  question.sources.map((source) => reportSource(bank, question, source));

/** One line per source: the one that answers the question first, then where else it is supported. */
export const citationLines = (bank: Bank, question: Question): string[] =>
  questionSources(bank, question).map((source, i) => `${i === 0 ? 'Source' : 'Also in'}: ${citationText(source)}`);

/**
 * What an LMS shows after the question (its "general feedback"): the bank's explanation, if any,
 * then the citation. No quiz tool has a field for a source; this is where it travels.
 */
export const generalFeedbackLines = (bank: Bank, question: Question): string[] => [
  ...(question.explanation === undefined ? [] : [exportText(question.explanation)]),
  ...citationLines(bank, question),
];

export const generalFeedback = (bank: Bank, question: Question): string => generalFeedbackLines(bank, question).join('\n');

/** The correct answer as text: a choice, "True"/"False", or the short answer. */
export const answerText = (question: Question): string =>
  exportText(typeof question.answer === 'boolean' ? TRUE_FALSE_CHOICES[question.answer ? 0 : 1] : question.answer);

/**
 * Short answers as Moodle matches them: `*` is Moodle's wildcard, so a literal one is written `\*`.
 * The bank's answer first, then its accepted variants.
 */
export const moodleShortAnswers = (question: Question): string[] =>
  [question.answer, ...question.accept].map((answer) => exportText(String(answer)).replace(/\*/g, '\\*'));
