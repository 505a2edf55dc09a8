import type { BankArticle, CitationEdit, SourceEntry } from '../bank/index.js';
import { citeQuestion } from './cite.js';
import { buildIndex, type Candidate } from './index.js';
import type { CiteQuestion } from './rank.js';

export type CiteStatus = 'cited' | 'draft' | 'uncited';

export interface QuestionToCite extends CiteQuestion {
  readonly id: string;
  /** Where the question stands in bank.yaml's `questions`. */
  readonly index: number;
}

export interface QuestionCited {
  readonly id: string;
  readonly index: number;
  readonly status: CiteStatus;
  readonly confidence: number;
  /** What is written as `sources`: empty when uncited. */
  readonly sources: readonly Candidate[];
  /** The best sentence that is not a source: what a report shows beside the choice. */
  readonly runnerUp?: Candidate;
  /** The sentences a draft's comment offers in place of its source. */
  readonly alternatives: readonly Candidate[];
  /** The best few sentences, best first, sources among them. */
  readonly ranked: readonly Candidate[];
}

/** Finds sources for each question among the citable sentences of the bank's articles. */
export function citeQuestions(
  articles: readonly BankArticle[],
  questions: readonly QuestionToCite[],
  minConfidence: number,
): QuestionCited[] {
  const index = buildIndex(articles);
  return questions.map((q) => {
    const result = citeQuestion(index, q);
    const ranked = result.ranked.map((r) => r.candidate);
    const others = ranked.filter((c) => !result.sources.includes(c));
    const status: CiteStatus =
      result.sources.length === 0 ? 'uncited' : result.confidence >= minConfidence ? 'cited' : 'draft';
    return {
      id: q.id,
      index: q.index,
      status,
      confidence: result.confidence,
      sources: result.sources,
      ...(others[0] ? { runnerUp: others[0] } : {}),
      alternatives: others,
      ranked,
    };
  });
}

export const sourceEntry = (candidate: Candidate): SourceEntry => ({
  article: candidate.article.id,
  quote: candidate.quote,
  ...(candidate.needsParagraph ? { paragraph: candidate.paragraph } : {}),
});

const QUOTE_SHOWN = 100;
const shortQuote = (quote: string) => (quote.length > QUOTE_SHOWN ? `${quote.slice(0, QUOTE_SHOWN - 3)}...` : quote);

/** The edit that writes a cited question's sources, and for a draft the mark and the other candidates. */
export function citationEdit(cited: QuestionCited, minConfidence: number): CitationEdit {
  const draft = cited.status === 'draft';
  const comment = draft
    ? [
        `citequiz cite: not sure of this source (confidence ${cited.confidence.toFixed(2)}, below ${minConfidence.toFixed(2)}).`,
        'Check it against the article; other candidates:',
        ...cited.alternatives.map(
          (c, i) => `  ${i + 1}. ${c.article.id}, paragraph ${c.paragraph}: "${shortQuote(c.quote)}"`,
        ),
        'Then delete "needs-review".',
      ]
    : [];
  return { index: cited.index, sources: cited.sources.map(sourceEntry), needsReview: draft, comment };
}
