// The automatic checks a generated bank is held to, written here from the rubric rather than
// imported from the generator, so that a fault in the generator's own checks cannot hide itself.
// Used by the development-set tests and by `npm run eval`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { normalizeAnswer } from '../../src/bank/normalize-answer.js';
import type { Generated, GeneratedQuestion } from '../../src/generate/generate.js';
import type { SourceArticle } from '../../src/generate/sentences.js';
import { articleId, readInputArticle } from '../../src/cli/article-inputs.js';

/** Kinds whose answer is words of the article (a name, a number), not a title or a restatement. */
const ANSWER_FROM_TEXT = new Set(['wh-question', 'fill-blank', 'whose-account', 'who-said']);

const normal = (text: string) => ` ${normalizeAnswer(text)} `;
const words = (text: string) =>
  new Set(
    normalizeAnswer(text)
      .split(' ')
      .filter((w) => w.length > 2 && !/^\d+$/.test(w)),
  );
const UNITS = /^(million|billion|thousand|percent|people|the|and)$/;
const DATE_WORDS =
  /\d|day|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter/i;
const NUMBER_WORDS = /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred/i;

const cited = (q: GeneratedQuestion) => {
  const d = q.candidate.draft;
  return [d.sentence, ...(d.support ?? [])].map((s) => normal(s.quote)).join(' ');
};

/** The faults of one question, each in a few words. */
export function questionFaults(q: GeneratedQuestion): string[] {
  const c = q.candidate;
  const out: string[] = [];
  const text = cited(q);
  const fromText = ANSWER_FROM_TEXT.has(c.draft.kind);
  if (c.draft.changed) {
    if (!text.includes(normal(c.draft.changed.from))) out.push('changed fact not in cited text');
    if (text.includes(normal(c.draft.changed.to))) out.push('false statement keeps what the text says');
  } else if (fromText && typeof c.answer === 'string' && !text.includes(normal(c.answer)))
    out.push('answer not in cited text');
  if (fromText && typeof c.answer === 'string') {
    const prompt = words(c.prompt);
    if ([...words(c.answer)].some((w) => prompt.has(w) && !UNITS.test(w))) out.push('answer leaked by prompt');
  }
  if (/^(he|she|it|they|his|her|its|their|this|these)\b/i.test(c.prompt.replace(/^Fill in the blank: /, '')))
    out.push('pronoun subject');
  if (typeof c.answer === 'string' && /^(he|she|it|they|him|her|them)$/i.test(c.answer)) out.push('pronoun answer');
  if (c.type === 'multiple-choice') {
    if (c.choices.length < 3 || c.choices.length > 4) out.push('not three or four choices');
    if (new Set(c.choices.map(normalizeAnswer)).size !== c.choices.length) out.push('choices not distinct');
    if (!c.choices.includes(c.answer as string)) out.push('answer not among choices');
    if (fromText) {
      for (const d of c.distractors) {
        if (c.draft.rival !== d && text.includes(normal(d))) out.push(`distractor in cited text: ${d}`);
        if (/\d/.test(c.answer as string) !== /\d/.test(d)) out.push(`distractor of another type: ${d}`);
      }
    }
  }
  if (
    c.type === 'true-false' &&
    c.answer === true &&
    normalizeAnswer(c.prompt) === normalizeAnswer(c.draft.sentence.quote)
  )
    out.push('true statement copies its sentence');
  const wh = c.draft.wh;
  const answer = String(c.answer);
  if (wh === 'When' && !DATE_WORDS.test(answer)) out.push('When without a date');
  if (wh?.includes('How many') && !NUMBER_WORDS.test(answer)) out.push('How many without a number');
  if (wh === 'Who' && /\d/.test(answer)) out.push('Who answered by a number');
  return out;
}

const nearDuplicate = (a: string, b: string) => {
  const longest = Math.max(a.length, b.length);
  return distance(a, b) < longest * 0.15;
};

/** A bank's faults: each question's, and those of the bank as a whole. */
export function bankFaults(bank: Generated): string[] {
  const out = bank.questions.flatMap((q) => questionFaults(q).map((f) => `${q.id}: ${f}`));
  // The same question twice: the same prompt, or nearly the same prompt with the same answer.
  const asked = bank.questions.map((q) => ({
    prompt: q.candidate.prompt,
    answer: normalizeAnswer(String(q.candidate.answer)),
  }));
  for (const [i, a] of asked.entries())
    for (const b of asked.slice(i + 1))
      if (a.prompt === b.prompt || (a.answer === b.answer && nearDuplicate(a.prompt, b.prompt)))
        out.push(`near-duplicate prompts: ${a.prompt}`);
  return out;
}

/** Shares and counts the issue sets targets for. */
export interface BankMeasures {
  readonly questions: number;
  readonly trueFalseShare: number;
  /** Share of true statements among true/false questions (NaN without any). */
  readonly trueShare: number;
  readonly skills: ReadonlySet<string>;
  /** Articles with at least 8 citable sentences and fewer than 6 questions or 3 skills. */
  readonly thinArticles: readonly string[];
  /** Questions citing two sentences or more, and two articles or more. */
  readonly multiSentence: number;
  readonly multiArticle: number;
  readonly byKind: Readonly<Record<string, number>>;
  readonly bySkill: Readonly<Record<string, number>>;
}

const countBy = (items: readonly string[]) => {
  const out: Record<string, number> = {};
  for (const item of items) out[item] = (out[item] ?? 0) + 1;
  return out;
};

export function measureBank(bank: Generated): BankMeasures {
  const qs = bank.questions.map((q) => q.candidate);
  const tf = qs.filter((c) => c.type === 'true-false');
  const thinArticles = bank.reports
    .filter((r) => r.sentences >= 8)
    .filter((r) => {
      const mine = bank.questions.filter((q) => q.candidate.draft.sentence.article === r.article);
      return mine.length < 6 || new Set(mine.map((q) => q.candidate.skill)).size < 3;
    })
    .map((r) => r.article);
  const citedArticles = (c: (typeof qs)[number]) =>
    new Set([c.draft.sentence, ...(c.draft.support ?? [])].map((s) => s.article)).size;
  return {
    questions: qs.length,
    trueFalseShare: qs.length === 0 ? 0 : tf.length / qs.length,
    trueShare: tf.filter((c) => c.answer === true).length / tf.length,
    skills: new Set(qs.map((c) => c.skill)),
    thinArticles,
    multiSentence: qs.filter((c) => (c.draft.support?.length ?? 0) > 0).length,
    multiArticle: qs.filter((c) => citedArticles(c) > 1).length,
    byKind: countBy(qs.map((c) => c.draft.kind)),
    bySkill: countBy(qs.map((c) => c.skill)),
  };
}

/** The development sets: real BBC articles, articles written for tests, the seeds, the held-out sets. */
export const DEVELOPMENT_SETS: Readonly<Record<string, string>> = {
  'bbc-single': 'tests/fixtures/generate/bbc/single',
  'bbc-tsunami-economy': 'tests/fixtures/generate/bbc/tsunami-economy',
  'bbc-worldcom-trial': 'tests/fixtures/generate/bbc/worldcom-trial',
  eval: 'tests/fixtures/generate/eval',
  seeds: 'questions/london-attacks-2017/articles',
  'holdout-1': 'tests/fixtures/generate/holdout/set-1',
  'holdout-2': 'tests/fixtures/generate/holdout/set-2',
  'holdout-3': 'tests/fixtures/generate/holdout/set-3',
};

/** A folder's articles, read as `generate` reads them (title, outlet and date from the text). */
export async function readSet(root: string, dir: string): Promise<SourceArticle[]> {
  const taken = new Set<string>();
  const files = readdirSync(join(root, dir))
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort();
  return Promise.all(files.map((f) => readInputArticle(join(dir, f), root, articleId(f, taken))));
}
