import { distance } from 'fastest-levenshtein';
import type { Candidate } from './candidate.js';
import { TRANSFORMS } from './draft.js';

import type { Difficulty } from '../bank/schema.js';

/** How good a candidate is likely to be: its transformation's record, earlier sentences, plainer prompts. */
export function score(c: Candidate): number {
  const { draft } = c;
  const words = c.prompt.split(/\s+/).length;
  return (
    TRANSFORMS[draft.transform].weight +
    (1 - draft.sentence.position) * 0.15 +
    (c.type === 'multiple-choice' ? 0.05 : 0) -
    (draft.simplified ? 0.05 : 0) -
    (words > 30 ? 0.1 : 0)
  );
}

/**
 * A difficulty estimate from what makes reading questions harder: typing an answer rather than
 * recognising it, a fact deep in the article, a long sentence, two articles to compare.
 */
export function difficulty(c: Candidate): Difficulty {
  const points =
    { 'true-false': 0, 'multiple-choice': 1, 'short-answer': 2 }[c.type] +
    (c.draft.sentence.position > 0.5 ? 1 : 0) +
    (c.draft.sentence.tokens.length > 28 ? 1 : 0) +
    (c.skill === 'cross-article' ? 1 : 0);
  return points <= 1 ? 'easy' : points === 2 ? 'medium' : 'hard';
}

const SHARES = { 'true-false': 0.3, 'short-answer': 0.4, 'multiple-choice': 1 } as const;
const CROSS_ARTICLE_PER_ARTICLE = 2;

export interface Ranked {
  readonly kept: Candidate[];
  /** Why each candidate not kept was passed over. */
  readonly passedOver: Map<Candidate, string>;
}

/**
 * Picks an article's questions, best first: one per sentence, no near-duplicates, no type taking
 * more than its share, true and false statements in balance.
 */
export function pickQuestions(candidates: readonly Candidate[], perArticle: number): Ranked {
  const order = candidates
    .map((c, i) => ({ c, s: score(c), i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.c);
  const kept: Candidate[] = [];
  const passedOver = new Map<Candidate, string>();
  const usedSentences = new Set<number>();
  const typeCount = { 'true-false': 0, 'short-answer': 0, 'multiple-choice': 0 };
  let trueCount = 0;
  let crossArticle = 0;
  for (const c of order) {
    const reason = kept.length >= perArticle
      ? 'ranked below the questions kept'
      : usedSentences.has(c.draft.sentence.index)
        ? 'another question asks about the same sentence'
        : typeCount[c.type] + 1 > Math.max(1, Math.ceil(perArticle * SHARES[c.type]))
          ? `enough ${c.type} questions already`
          : c.skill === 'cross-article' && crossArticle >= CROSS_ARTICLE_PER_ARTICLE
            ? 'enough cross-article questions already'
            : c.answer === true && trueCount > typeCount['true-false'] - trueCount
              ? 'true and false statements kept in balance'
              : kept.some((k) => nearDuplicate(k.prompt, c.prompt))
                ? 'near-duplicate of a kept question'
                : undefined;
    if (reason) {
      passedOver.set(c, reason);
      continue;
    }
    kept.push(c);
    usedSentences.add(c.draft.sentence.index);
    typeCount[c.type]++;
    if (c.answer === true) trueCount++;
    if (c.skill === 'cross-article') crossArticle++;
  }
  kept.sort((a, b) => a.draft.sentence.index - b.draft.sentence.index);
  return { kept, passedOver };
}

function nearDuplicate(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  return Math.abs(a.length - b.length) < longest * 0.2 && distance(a, b) < longest * 0.2;
}
