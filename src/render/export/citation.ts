import { stripMarkdown } from '../../articles/markdown.js';
import { sentencesAround } from '../../articles/parse.js';
import { findArticle } from '../../bank/lookup.js';
import { TRUE_FALSE_CHOICES } from '../../bank/question-types.js';
import type { Bank, BankArticle, Question, Source } from '../../bank/types.js';
import { sanitize } from '../sanitize.js';

/**
 * Bank and article text as every export carries it: terminal control sequences and other control
 * characters removed (they are invalid in XML and mean nothing on a quiz), line feeds and tabs kept.
 */
export const exportText = sanitize;

/** A source as a reader finds it: the article's title and outlet, the paragraph, the whole sentence. */
export interface CitedSource {
  readonly title: string;
  readonly outlet?: string;
  readonly paragraph: number;
  /** The sentence(s) the quote stands in, as a reader of the article sees them (no Markdown markup). */
  readonly sentence: string;
}

/** `“Title” (Outlet), paragraph 4: “The sentence that answers it.”` */
export function citationText(source: CitedSource): string {
  const outlet = source.outlet ? ` (${source.outlet})` : '';
  return exportText(`“${source.title}”${outlet}, paragraph ${source.paragraph}: “${source.sentence.trim()}”`);
}

// The same sentence the quiz's report shows, without the report's search for the answer in it,
// which an export does not need.
function citedSource(article: BankArticle, source: Source): CitedSource {
  const around = sentencesAround(article.article, source.paragraph, source).text;
  return {
    title: article.title,
    ...(article.outlet === undefined ? {} : { outlet: article.outlet }),
    paragraph: source.paragraph,
    sentence: article.article.format === 'markdown' ? stripMarkdown(around).text : around,
  };
}

/** Every source of the question, resolved to its title, outlet, paragraph and whole sentence. */
export const questionSources = (bank: Bank, question: Question): CitedSource[] =>
  question.sources.map((source) => citedSource(findArticle(bank, source.article), source));

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

export const generalFeedback = (bank: Bank, question: Question): string =>
  generalFeedbackLines(bank, question).join('\n');

/** The correct answer as text: a choice, "True"/"False", or the short answer. */
export const answerText = (question: Question): string =>
  exportText(typeof question.answer === 'boolean' ? TRUE_FALSE_CHOICES[question.answer ? 0 : 1] : question.answer);

/** What an LMS files a question under besides its id: the skill and the cited articles (ids hold no `]`). */
export const tags = (question: Question): string[] => [
  question.skill,
  ...new Set(question.sources.map((s) => s.article)),
];
