import { distance } from 'fastest-levenshtein';
import type { Candidate } from './candidate.js';
import type { Draft } from './draft.js';
import { kindOf } from './kinds/index.js';
import { renderPrompt } from './prompt.js';

import type { Difficulty } from '../bank/schema.js';

/** How good a draft is likely to be: its transformation's record, earlier sentences, plainer prompts. */
export function score(draft: Draft, prompt = renderPrompt(draft.prompt)): number {
  const words = prompt.split(' ').length;
  return (
    kindOf(draft.kind).weight +
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
  check: {
    readonly draft: (draft: Draft, prompt: string) => string | undefined;
    readonly question: (candidate: Candidate, kept: readonly Candidate[], draftPrompt: string) => string | undefined;
  },
): Ranked {
  const order = drafts
    .map((d, i) => {
      const prompt = renderPrompt(d.prompt);
      return { d, prompt, s: score(d, prompt), i };
    })
    .sort((a, b) => b.s - a.s || a.i - b.i);
  const picked: Picked = {
    perArticle,
    kept: [],
    sentences: new Set(),
    types: { 'true-false': 0, 'short-answer': 0, 'multiple-choice': 0 },
    trues: 0,
    crossArticle: 0,
  };
  const rejected: { prompt: string; reason: string }[] = [];
  for (const { d: draft, prompt } of order) {
    const early = DRAFT_RULES.find((rule) => rule.fails(draft, picked))?.reason ?? check.draft(draft, prompt);
    if (early) {
      rejected.push({ prompt, reason: early });
      continue;
    }
    const c = build(draft);
    if (!c) {
      rejected.push({ prompt, reason: 'cannot be made as a question of the requested types' });
      continue;
    }
    const reason =
      check.question(c, picked.kept, prompt) ?? QUESTION_RULES.find((rule) => rule.fails(c, picked))?.reason;
    if (reason) {
      rejected.push({ prompt: c.prompt, reason });
      continue;
    }
    picked.kept.push(c);
    picked.sentences.add(draft.sentence.index);
    picked.types[c.type]++;
    if (c.answer === true) picked.trues++;
    if (c.skill === 'cross-article') picked.crossArticle++;
  }
  const kept = [...picked.kept].sort((a, b) => a.draft.sentence.index - b.draft.sentence.index);
  return { kept, rejected };
}

/** What an article has kept so far, which the rules below weigh each new question against. */
interface Picked {
  readonly perArticle: number;
  readonly kept: Candidate[];
  readonly sentences: Set<number>;
  readonly types: Record<Candidate['type'], number>;
  trues: number;
  crossArticle: number;
}

/** Reasons to pass a draft over before it is built. */
const DRAFT_RULES: readonly { reason: string; fails: (draft: Draft, picked: Picked) => boolean }[] = [
  { reason: 'ranked below the questions kept', fails: (_, p) => p.kept.length >= p.perArticle },
  { reason: 'another question asks about the same sentence', fails: (d, p) => p.sentences.has(d.sentence.index) },
];

/** Reasons to pass a built question over: the article's mix, not the question's own faults. */
const QUESTION_RULES: readonly { reason: string; fails: (c: Candidate, picked: Picked) => boolean }[] = [
  {
    reason: 'enough of its type already',
    fails: (c, p) => p.types[c.type] + 1 > Math.max(1, Math.ceil(p.perArticle * SHARES[c.type])),
  },
  {
    reason: 'enough cross-article questions already',
    fails: (c, p) => c.skill === 'cross-article' && p.crossArticle >= CROSS_ARTICLE_PER_ARTICLE,
  },
  {
    reason: 'true and false statements kept in balance',
    fails: (c, p) => typeof c.answer === 'boolean' && unbalanced(c.answer, p.trues, p.types['true-false'] - p.trues),
  },
  {
    reason: 'near-duplicate of a kept question',
    fails: (c, p) => p.kept.some((k) => nearDuplicate(k.prompt, c.prompt)),
  },
];

/** Keeps true and false statements within one of each other, so neither answer is a safe guess. */
const unbalanced = (answer: boolean, trues: number, falses: number) => (answer ? trues > falses : falses > trues);

function nearDuplicate(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  return Math.abs(a.length - b.length) < longest * 0.2 && distance(a, b) < longest * 0.2;
}
