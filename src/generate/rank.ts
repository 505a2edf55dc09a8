import { distance } from 'fastest-levenshtein';
import type { Difficulty, Skill } from '../bank/index.js';
import type { Candidate } from './candidate.js';
import type { Draft } from './draft.js';
import { kindOf } from './kinds/index.js';
import { renderPrompt } from './prompt.js';
import { remembered } from './remembered.js';

/** How good a draft is likely to be: its kind's record, earlier sentences, plainer prompts. */
export function score(draft: Draft, prompt = renderPrompt(draft.prompt)): number {
  const words = prompt.split(' ').length;
  return (
    kindOf(draft.kind).weight +
    (1 - draft.sentence.position) * 0.15 -
    (draft.simplified ? 0.05 : 0) -
    (words > 30 ? 0.1 : 0)
  );
}

/** How much a skill asks of a reader, before the question's form: a detail least, comparing articles most. */
const SKILL_DEMAND: Readonly<Record<Skill, number>> = {
  detail: 0,
  figures: 1,
  attribution: 1,
  'cause-effect': 1,
  vocabulary: 1,
  inference: 2,
  'main-idea': 2,
  'cross-article': 2,
};

/**
 * A difficulty estimate from what makes reading questions harder: what the skill asks, typing an
 * answer rather than recognising it, a fact deep in the article, a long sentence.
 */
export function difficulty(c: Candidate): Difficulty {
  const points =
    SKILL_DEMAND[c.skill] +
    (c.type === 'short-answer' ? 1 : 0) +
    (c.draft.sentence.position > 0.6 ? 1 : 0) +
    (c.draft.sentence.tokens.length > 30 ? 1 : 0);
  return points <= 1 ? 'easy' : points === 2 ? 'medium' : 'hard';
}

/** Most of an article's questions one type may take. */
const SHARES = { 'true-false': 0.25, 'short-answer': 0.4, 'multiple-choice': 1 } as const;

/**
 * The questions an article should give when it has the sentences for them: an article kept
 * under this many is picked again with a looser mix (see `loosened`).
 */
export const ENOUGH_FOR_AN_ARTICLE = 6;

/**
 * The looser mix of a thin article: a sentence may carry a second question of another skill (the
 * checks still turn away one that gives the other's answer away), and short answers may take half
 * of the questions. True/false keeps its quarter and its balance: those are a bank's fairness.
 */
const LOOSENED_SHARES = { ...SHARES, 'short-answer': 0.5 } as const;

/**
 * True and false statements across the whole bank, kept within one of each other so that neither
 * answer is a safe guess: shared by the picks of every article.
 */
export interface Balance {
  trues: number;
  falses: number;
}

export interface Ranked {
  readonly kept: Candidate[];
  /** Every draft not kept, with why. */
  readonly rejected: { readonly prompt: string; readonly reason: string }[];
}

/**
 * Picks an article's questions. First the best question of each skill, so that an article is
 * asked about in as many ways as it allows; then the best of the rest. Each passes every check,
 * one per sentence, no near-duplicates, no type or kind taking more than its share, true and
 * false statements in balance. Drafts are built into questions (distractors and all) only when
 * their turn comes, so the many that rank below the kept ones cost nothing.
 */
export function pickQuestions(
  drafts: readonly Draft[],
  perArticle: number,
  build: (draft: Draft) => Candidate | undefined,
  check: {
    readonly draft: (draft: Draft, prompt: string) => string | undefined;
    readonly question: (candidate: Candidate, kept: readonly Candidate[], draftPrompt: string) => string | undefined;
  },
  balance: Balance = { trues: 0, falses: 0 },
  /** The types the bank may hold: a type that is the only one allowed takes any share. */
  allowed: ReadonlySet<Candidate['type']> = new Set(['multiple-choice', 'true-false', 'short-answer']),
  /** What the bank adds to a draft's score: a fact its story's other articles report as well. */
  bonus: (draft: Draft) => number = () => 0,
): Ranked {
  const order = drafts
    .map((d, i) => {
      const prompt = renderPrompt(d.prompt);
      return { d, prompt, s: score(d, prompt) + bonus(d), i };
    })
    .sort((a, b) => b.s - a.s || a.i - b.i);
  const picked: Picked = {
    perArticle,
    shares: allowed.size > 1 ? SHARES : { 'true-false': 1, 'short-answer': 1, 'multiple-choice': 1 },
    kept: [],
    sentences: new Map(),
    statedWhole: new Set(),
    loosened: false,
    types: { 'true-false': 0, 'short-answer': 0, 'multiple-choice': 0 },
    kinds: new Map(),
    balance,
  };
  const tried = new Map<Draft, string>();
  // A draft passed over is looked at again in a later round: its own checks and the question it
  // builds into (distractors and all) come out the same each time, only how it fits the questions
  // kept may change. Working them out once halved the time a long article took.
  const ownFault = remembered(check.draft);
  const built = remembered(build);
  const consider = (draft: Draft, prompt: string): boolean => {
    const early = DRAFT_RULES.find((rule) => rule.fails(draft, picked))?.reason ?? ownFault(draft, prompt);
    if (early) {
      tried.set(draft, early);
      return false;
    }
    const c = built(draft);
    const reason = !c
      ? 'cannot be made as a question of the requested types'
      : (check.question(c, picked.kept, prompt) ?? QUESTION_RULES.find((rule) => rule.fails(c, picked))?.reason);
    if (reason || !c) {
      tried.set(draft, reason ?? 'not made');
      return false;
    }
    tried.delete(draft);
    keep(c, picked);
    return true;
  };
  // One of each skill first, the best each offers.
  const skills = new Set<Skill>();
  for (const { d, prompt } of order) {
    const { skill } = kindOf(d.kind);
    if (skills.has(skill) || picked.kept.length >= perArticle) continue;
    if (consider(d, prompt)) skills.add(skill);
  }
  for (const { d, prompt } of order) if (!picked.kept.some((c) => c.draft === d)) consider(d, prompt);
  if (picked.kept.length < Math.min(ENOUGH_FOR_AN_ARTICLE, perArticle)) {
    picked.loosened = true;
    picked.shares = allowed.size > 1 ? LOOSENED_SHARES : picked.shares;
    for (const { d, prompt } of order) if (tried.has(d)) consider(d, prompt);
  }
  // An article that kept few questions keeps true/false to its share of those it kept: the last
  // picked go first.
  for (let i = picked.kept.length - 1; i >= 0 && tooManyStatements(picked); i--) {
    const c = picked.kept[i]!;
    if (c.type !== 'true-false') continue;
    picked.kept.splice(i, 1);
    picked.types['true-false']--;
    if (c.answer === true) picked.balance.trues--;
    else picked.balance.falses--;
    tried.set(c.draft, 'enough of its type already');
  }
  const rejected = order.flatMap(({ d, prompt }) => {
    const reason = tried.get(d);
    return reason ? [{ prompt, reason }] : [];
  });
  const kept = [...picked.kept].sort((a, b) => a.draft.sentence.index - b.draft.sentence.index);
  return { kept, rejected };
}

const tooManyStatements = (p: Picked) => p.types['true-false'] > Math.floor(p.kept.length * p.shares['true-false']);

function keep(c: Candidate, picked: Picked): void {
  picked.kept.push(c);
  const { asksAbout, skill, statesSentence } = kindOf(c.draft.kind);
  if (statesSentence) for (const i of statedBy(c.draft)) picked.statedWhole.add(i);
  if (asksAbout !== 'article') {
    const index = c.draft.sentence.index;
    picked.sentences.set(index, [...(picked.sentences.get(index) ?? []), skill]);
  }
  picked.types[c.type]++;
  picked.kinds.set(c.draft.kind, (picked.kinds.get(c.draft.kind) ?? 0) + 1);
  if (c.answer === true) picked.balance.trues++;
  if (c.answer === false) picked.balance.falses++;
}

/** What an article has kept so far, which the rules below weigh each new question against. */
interface Picked {
  readonly perArticle: number;
  shares: Readonly<Record<Candidate['type'], number>>;
  readonly kept: Candidate[];
  /**
   * Sentences kept questions ask about, with those questions' skills (a main-idea question asks
   * about the article).
   */
  readonly sentences: Map<number, Skill[]>;
  /** Sentences a kept question states whole: no other question may ask about them. */
  readonly statedWhole: Set<number>;
  /** Whether the article is being picked again with the looser mix of a thin article. */
  loosened: boolean;
  readonly types: Record<Candidate['type'], number>;
  readonly kinds: Map<string, number>;
  readonly balance: Balance;
}

/** Reasons to pass a draft over before it is built. */
const DRAFT_RULES: readonly { reason: string; fails: (draft: Draft, picked: Picked) => boolean }[] = [
  { reason: 'ranked below the questions kept', fails: (_, p) => p.kept.length >= p.perArticle },
  {
    reason: 'another question asks about the same sentence',
    fails: (d, p) =>
      (kindOf(d.kind).asksAbout !== 'article' || kindOf(d.kind).statesSentence === true) && !roomInSentence(d, p),
  },
  {
    reason: 'enough of its kind already',
    fails: (d, p) => (p.kinds.get(d.kind) ?? 0) >= (kindOf(d.kind).perArticle ?? p.perArticle),
  },
];

/** Whether a draft's sentence may take it: one question each, two of different skills in a thin article. */
function roomInSentence(d: Draft, p: Picked): boolean {
  const index = d.sentence.index;
  // A sentence stated whole (a true/false statement, a main point's key or details) gives every
  // answer in it; a question that states sentences whole needs them free of other questions.
  if (kindOf(d.kind).statesSentence)
    return statedBy(d).every((i) => !p.statedWhole.has(i) && (p.sentences.get(i) ?? []).length === 0);
  if (p.statedWhole.has(index)) return false;
  const skills = p.sentences.get(index) ?? [];
  if (skills.length === 0) return true;
  return p.loosened && skills.length === 1 && skills[0] !== kindOf(d.kind).skill;
}

/** The sentences of its article a question that states sentences whole states. */
const statedBy = (d: Draft): number[] => [d.sentence, ...(d.statesAlso ?? [])].map((s) => s.index);

/** Reasons to pass a built question over: the article's mix, not the question's own faults. */
const QUESTION_RULES: readonly { reason: string; fails: (c: Candidate, picked: Picked) => boolean }[] = [
  {
    reason: 'enough of its type already',
    fails: (c, p) => p.types[c.type] + 1 > Math.max(1, Math.floor(p.perArticle * p.shares[c.type])),
  },
  {
    reason: 'true and false statements kept in balance',
    fails: (c, p) => typeof c.answer === 'boolean' && unbalanced(c.answer, p.balance),
  },
  {
    reason: 'near-duplicate of a kept question',
    fails: (c, p) => p.kept.some((k) => nearDuplicate(k.prompt, c.prompt)),
  },
];

/** Keeps true and false statements within one of each other, so neither answer is a safe guess. */
const unbalanced = (answer: boolean, { trues, falses }: Balance) => (answer ? trues > falses : falses > trues);

function nearDuplicate(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  return Math.abs(a.length - b.length) < longest * 0.2 && distance(a, b) < longest * 0.2;
}
