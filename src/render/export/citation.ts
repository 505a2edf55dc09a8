import { citeQuestion, expectedAnswer, type Bank, type Question } from '../../bank/index.js';
import { citationText } from '../citation.js';
import { sanitize } from '../../text/sanitize.js';

/**
 * Bank and article text as every export carries it: terminal control sequences and other control
 * characters removed (they are invalid in XML and mean nothing on a quiz), line feeds and tabs kept.
 */
export const exportText = sanitize;

/** One line per source: the one that answers the question first, then where else it is supported. */
export const citationLines = (bank: Bank, question: Question): string[] =>
  citeQuestion(bank, question).map(
    (citation, i) => `${i === 0 ? 'Source' : 'Also in'}: ${exportText(citationText(citation))}`,
  );

/**
 * What an LMS shows after the question (its "general feedback"): the bank's explanation, if any,
 * then the citation. No quiz tool has a field for a source; this is where it travels.
 */
export const generalFeedbackLines = (bank: Bank, question: Question): string[] => [
  ...(question.explanation === undefined ? [] : [exportText(question.explanation)]),
  ...citationLines(bank, question),
];

export const generalFeedback = (bank: Bank, question: Question): string =>
  generalFeedbackLines(bank, question).join('\n');

/** The correct answer as text: a choice, "True"/"False", or the short answer. */
export const answerText = (question: Question): string => exportText(expectedAnswer(question));

/** What an LMS files a question under besides its id: the skill and the cited articles (ids hold no `]`). */
export const tags = (question: Question): string[] => [
  question.skill,
  ...new Set(question.sources.map((s) => s.article)),
];
