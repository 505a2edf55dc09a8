import { mapSpan, stripMarkdown } from '../articles/markdown.js';
import { sentencesAround } from '../articles/parse.js';
import { fold } from '../bank/fold.js';
import { findArticle } from '../bank/lookup.js';
import { TRUE_FALSE_CHOICES } from '../bank/question-types.js';
import { findOnWordEdges } from '../bank/word-edges.js';
import type { Bank, Question, Source } from '../bank/types.js';
import type { Span } from '../articles/types.js';
import type { Outcome } from './session.js';

export interface ReportSource {
  readonly article: string;
  readonly title: string;
  readonly outlet?: string;
  readonly paragraph: number;
  readonly quote: string;
  /** The whole sentence(s) the quote stands in. */
  readonly sentence: string;
  /** The part of `sentence` to highlight: the answer where the sentence states it, else the quote. */
  readonly mark: Span;
}

export interface ReportQuestion {
  readonly id: string;
  readonly prompt: string;
  readonly given: string | null;
  readonly expected: string;
  readonly correct: boolean;
  readonly explanation?: string;
  /** First the source that answers it; any further ones are where else it is supported. */
  readonly sources: readonly ReportSource[];
}

export interface ArticleScore {
  readonly article: string;
  readonly title: string;
  readonly correct: number;
  readonly total: number;
}

export interface Report {
  readonly total: number;
  readonly correct: number;
  /** correct / total, from 0 to 1. */
  readonly score: number;
  readonly byArticle: readonly ArticleScore[];
  readonly questions: readonly ReportQuestion[];
}

export function buildReport(bank: Bank, outcomes: readonly Outcome[]): Report {
  const correct = outcomes.filter((o) => o.correct).length;
  return {
    total: outcomes.length,
    correct,
    score: outcomes.length === 0 ? 0 : correct / outcomes.length,
    byArticle: scoreByArticle(bank, outcomes),
    questions: outcomes.map((outcome) => reportQuestion(bank, outcome)),
  };
}

/** A question counts towards every article it cites. */
function scoreByArticle(bank: Bank, outcomes: readonly Outcome[]): ArticleScore[] {
  return bank.articles
    .map((article) => {
      const asked = outcomes.filter((o) => o.item.question.sources.some((s) => s.article === article.id));
      return {
        article: article.id,
        title: article.title,
        correct: asked.filter((o) => o.correct).length,
        total: asked.length,
      };
    })
    .filter((score) => score.total > 0);
}

/** One outcome as the report and the per-answer feedback show it. */
export function reportQuestion(bank: Bank, { item, given, correct }: Outcome): ReportQuestion {
  const question = item.question;
  return {
    id: question.id,
    prompt: question.prompt,
    given,
    expected: expectedText(question),
    correct,
    ...(question.explanation === undefined ? {} : { explanation: question.explanation }),
    sources: question.sources.map((source) => reportSource(bank, question, source)),
  };
}

const expectedText = (question: Question): string =>
  typeof question.answer === 'boolean' ? TRUE_FALSE_CHOICES[question.answer ? 0 : 1] : question.answer;

export function reportSource(bank: Bank, question: Question, source: Source): ReportSource {
  const article = findArticle(bank, source.article);
  const around = sentencesAround(article.article, source.paragraph, source);
  let sentence = around.text;
  let quoteMark: Span = { start: source.start - around.start, end: source.end - around.start };
  if (article.article.format === 'markdown') {
    // Show what a reader of the article sees, not its **markup**.
    const plain = stripMarkdown(sentence);
    quoteMark = mapSpan(plain, quoteMark);
    sentence = plain.text;
  }
  return {
    article: article.id,
    title: article.title,
    ...(article.outlet === undefined ? {} : { outlet: article.outlet }),
    paragraph: source.paragraph,
    quote: source.quote,
    sentence,
    mark: answerSpan(question, sentence) ?? quoteMark,
  };
}

/** Where the sentence states the answer (or an accepted alias), ignoring case and typography. */
function answerSpan(question: Question, sentence: string): Span | undefined {
  if (typeof question.answer === 'boolean') return undefined;
  const folded = fold(sentence);
  const haystack = folded.text.toLowerCase();
  for (const candidate of [question.answer, ...question.accept]) {
    const needle = fold(candidate).text.toLowerCase();
    if (needle.length < 2) continue;
    for (const at of findOnWordEdges(haystack, needle)) {
      return { start: folded.origin[at]!, end: folded.origin[at + needle.length - 1]! + 1 };
    }
  }
  return undefined;
}
