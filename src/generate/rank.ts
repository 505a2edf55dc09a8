import { distance } from 'fastest-levenshtein';
import type { Candidate } from './candidate.js';
import { TRANSFORMS, type Draft } from './draft.js';

import type { Difficulty } from '../bank/schema.js';

/** How good a draft is likely to be: its transformation's record, earlier sentences, plainer prompts. */
export function score(draft: Draft): number {
  const words = draft.prompt.split(' ').length;
  return (
    TRANSFORMS[draft.transform].weight +
    (1 - draft.sentence.position) * 0.15 -
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
  /** Every draft not kept, with why. */
  readonly rejected: { readonly prompt: string; readonly reason: string }[];
}

/**
 * Picks an article's questions, best drafts first: one per sentence, each passing every check, no
 * near-duplicates, no type taking more than its share, true and false statements in balance.
 * Drafts are built into questions (distractors and all) only when their turn comes, so the many
 * that rank below the kept ones cost nothing.
 */
export function pickQuestions(
  drafts: readonly Draft[],
  perArticle: number,
  build: (draft: Draft) => Candidate | undefined,
  check: { readonly draft: (draft: Draft) => string | undefined; readonly question: (candidate: Candidate) => string | undefined },
): Ranked {
  const order = drafts
    .map((d, i) => ({ d, s: score(d), i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.d);
  const kept: Candidate[] = [];
  const rejected: { prompt: string; reason: string }[] = [];
  const usedSentences = new Set<number>();
  const typeCount = { 'true-false': 0, 'short-answer': 0, 'multiple-choice': 0 };
  let trueCount = 0;
  let crossArticle = 0;
  for (const draft of order) {
    const early = kept.length >= perArticle
      ? 'ranked below the questions kept'
      : usedSentences.has(draft.sentence.index)
        ? 'another question asks about the same sentence'
        : undefined;
    if (early) {
      rejected.push({ prompt: draft.prompt, reason: early });
      continue;
    }
    const fault = check.draft(draft);
    if (fault) {
      rejected.push({ prompt: draft.prompt, reason: fault });
      continue;
    }
    const c = build(draft);
    const reason = !c
      ? 'cannot be made as a question of the requested types'
      : check.question(c) ??
        (typeCount[c.type] + 1 > Math.max(1, Math.ceil(perArticle * SHARES[c.type]))
          ? `enough ${c.type} questions already`
          : c.skill === 'cross-article' && crossArticle >= CROSS_ARTICLE_PER_ARTICLE
            ? 'enough cross-article questions already'
            : typeof c.answer === 'boolean' && unbalanced(c.answer, trueCount, typeCount['true-false'] - trueCount)
              ? 'true and false statements kept in balance'
              : kept.some((k) => nearDuplicate(k.prompt, c.prompt))
                ? 'near-duplicate of a kept question'
                : undefined);
    if (reason || !c) {
      rejected.push({ prompt: c?.prompt ?? draft.prompt, reason: reason ?? '' });
      continue;
    }
    kept.push(c);
    usedSentences.add(draft.sentence.index);
    typeCount[c.type]++;
    if (c.answer === true) trueCount++;
    if (c.skill === 'cross-article') crossArticle++;
  }
  kept.sort((a, b) => a.draft.sentence.index - b.draft.sentence.index);
  return { kept, rejected };
}

/** Keeps true and false statements within one of each other, so neither answer is a safe guess. */
const unbalanced = (answer: boolean, trues: number, falses: number) => (answer ? trues > falses : falses > trues);

function nearDuplicate(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  return Math.abs(a.length - b.length) < longest * 0.2 && distance(a, b) < longest * 0.2;
}
