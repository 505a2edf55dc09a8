import type { Candidate, SentenceIndex } from './index.js';
import { rankCandidates, type CiteQuestion, type Ranked } from './rank.js';

export interface CiteResult {
  /** The sentence that best supports the answer, and a second from another article that also does. */
  readonly sources: readonly Candidate[];
  /** The best few sentences, best first: what a report and a draft's comment list. */
  readonly ranked: readonly Ranked[];
  /** 0 to 1: how sure citequiz is that the first source answers the question. */
  readonly confidence: number;
}

/**
 * A sentence sharing less than this with the question, its answer and its explanation (about two
 * distinctive words: see `Features.evidence`) is not offered at all: the answer is not in the articles.
 */
const MIN_EVIDENCE = 1.3;
/** A margin this large over the next sentence that says something else is full separation. */
const CLEAR_MARGIN = 0.6;
const SHOWN = 3;

/** How much of the question and its answer the sentence holds, 0 to 1. */
function support(q: CiteQuestion, r: Ranked): number {
  const { coverage, answer } = r.features;
  // The answer alone in a sentence that shares little else with the question is weak evidence.
  return typeof q.answer === 'boolean' ? coverage : Math.sqrt((coverage * (coverage + answer)) / 2);
}

/** A sentence of another article that supports the answer as fully as the best one: a second source. */
function corroborates(q: CiteQuestion, best: Ranked, other: Ranked): boolean {
  if (other.candidate.article.id === best.candidate.article.id) return false;
  if (typeof q.answer !== 'boolean' && other.features.answer < 1) return false;
  return support(q, other) >= 0.8 * support(q, best) && other.score >= 0.85 * best.score;
}

/** Finds and weighs the sentences that support the question's answer. */
export function citeQuestion(index: SentenceIndex, q: CiteQuestion): CiteResult {
  const ranked = rankCandidates(index, q);
  const best = ranked[0];
  if (best === undefined || best.features.evidence < MIN_EVIDENCE)
    return { sources: [], ranked: ranked.slice(0, SHOWN), confidence: 0 };
  const second = ranked.slice(1).find((r) => corroborates(q, best, r));
  const rival = ranked.slice(1).find((r) => r !== second);
  const margin = rival === undefined ? CLEAR_MARGIN : best.score - rival.score;
  const separation = Math.min(1, margin / CLEAR_MARGIN);
  const confidence = support(q, best) * (0.4 + 0.6 * separation);
  return {
    sources: second ? [best.candidate, second.candidate] : [best.candidate],
    ranked: ranked.slice(0, SHOWN),
    confidence,
  };
}
