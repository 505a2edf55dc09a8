import { answeringArticle, citeQuestion, type Citation } from '../bank/citation.js';
import { expectedAnswer } from '../bank/expected-answer.js';
import type { Bank } from '../bank/types.js';
import type { Outcome } from './session.js';

export interface ReportQuestion {
  readonly id: string;
  readonly prompt: string;
  readonly given: string | null;
  readonly expected: string;
  readonly correct: boolean;
  /** A typed answer accepted despite a slip: the spelling it was taken for. */
  readonly spelling?: string;
  /** Turned down by the grader and counted right by the student. */
  readonly overridden: boolean;
  readonly explanation?: string;
  /** First the source that answers it; any further ones are where else it is supported. */
  readonly sources: readonly Citation[];
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

/**
 * A question counts once, towards the article that answers it (its first source), so that the
 * parts add up to the score.
 */
function scoreByArticle(bank: Bank, outcomes: readonly Outcome[]): ArticleScore[] {
  return bank.articles
    .map((article) => {
      const asked = outcomes.filter((o) => answeringArticle(o.item.question) === article.id);
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
export function reportQuestion(bank: Bank, { item, given, correct, spelling, overridden }: Outcome): ReportQuestion {
  const question = item.question;
  return {
    id: question.id,
    prompt: question.prompt,
    given,
    expected: expectedAnswer(question),
    correct,
    ...(spelling === undefined ? {} : { spelling }),
    overridden: overridden === true,
    ...(question.explanation === undefined ? {} : { explanation: question.explanation }),
    sources: citeQuestion(bank, question),
  };
}
