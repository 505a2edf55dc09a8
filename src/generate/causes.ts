import { render, withoutStop, type Kept } from './clause.js';
import { clauseFrom, clauseTense, connectiveAt, firstWord, keptWords, verbIndex, type Tense } from './clause-cuts.js';
import { resultQuestion } from './cause-results.js';
import { subjectLinks, thatLinks } from './causing-verbs.js';
import { REACTIONS, type CauseShape, type Connective } from './english/causes.js';
import { isCalendarWord, PAST_AS_BASE } from './english/words.js';
import { invert } from './inversion.js';
import type { Token } from './nlp.js';
import type { Prompt } from './prompt.js';
import { questionSubject, type Surroundings } from './referent.js';
import type { WorkingSentence } from './sentences.js';
import { pronounsReadable, type Statement } from './statement.js';

/** A reason an article gives, and what it is the reason for, in the words a question needs. */
export interface CausalLink {
  /** The sentence that states the effect (and most often the reason too). */
  readonly sentence: WorkingSentence;
  /** Other sentences the question rests on: the reason given before, the one naming "the firm". */
  readonly support: readonly WorkingSentence[];
  /**
   * The effect, asked about: after "Why" ("was Mr Galloway expelled from the Labour party") or
   * as "What" and a verb of causing ("prompted the withdrawal of tycoon Steve Morgan").
   */
  readonly question: { readonly template: 'why' | 'what-caused'; readonly clause: string };
  /** The reason, restated to stand alone as an answer: "His staunch opposition to the war on Iraq". */
  readonly cause: string;
  readonly shape: CauseShape;
  /** A reason stated as a clause: its tense, which the wrong choices share. */
  readonly tense?: Tense;
  /** Tokens of the cited sentence that state the effect, for telling another reason of it. */
  readonly effect: Kept;
  /**
   * The question the other way round, where the effect has a subject that acts or is acted on:
   * "What happened to Mr Galloway because of his staunch opposition to the war on Iraq?", its
   * answer the effect restated ("Mr Galloway was expelled from the Labour party").
   */
  readonly result?: {
    readonly prompt: Prompt;
    readonly answer: Statement;
  };
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "the River Severn burst through flood barriers": a past spelt as its base form, which the tagger
 * may read as a noun, is a verb between a noun and a preposition or determiner.
 */
const isPastAsBase = (tokens: readonly Token[], i: number) =>
  PAST_AS_BASE.has(tokens[i]!.text.toLowerCase()) &&
  /NOUN|PROPN/.test(tokens[i - 1]?.pos ?? '') &&
  /ADP|DET|PRON/.test(tokens[i + 1]?.pos ?? '');

/** A clause: a verb after something that can be its subject. */
function isFiniteClause(tokens: readonly Token[], span: readonly number[]): boolean {
  const first = tokens[span[0]!];
  if (!first || first.pos === 'VERB' || first.pos === 'ADP') return false;
  const verb = span.findIndex(
    (i) => tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX' || (i > span[0]! && isPastAsBase(tokens, i)),
  );
  return verb > 0 && span.slice(0, verb).some((i) => /NOUN|PROPN|PRON/.test(tokens[i]!.pos));
}

/** A noun phrase: no verb before its head noun ("a hamstring injury", "fears that ..."). */
function isNounPhrase(tokens: readonly Token[], span: readonly number[]): boolean {
  const noun = span.findIndex((i) => /NOUN|PROPN/.test(tokens[i]!.pos));
  return noun >= 0 && span.slice(0, noun).every((i) => /DET|ADJ|NUM|PRON|ADV|PUNCT|PART/.test(tokens[i]!.pos));
}

/**
 * "it said ..." after "Shares in American Express surged": the one organisation (or, for "it", the
 * one untyped name) the effect names; for "he", the one person.
 */
function nameFor(s: WorkingSentence, effect: Kept, pronoun: Token): string | undefined {
  const it = /^it$/i.test(pronoun.text);
  const kinds = it ? ['organisation'] : ['person'];
  const typed = s.phrases.filter((p) => effect.includes(p.first) && /person|organisation|place/.test(p.kind));
  const names = new Set(typed.filter((p) => kinds.includes(p.kind)).map((p) => p.text));
  if (names.size === 1) return [...names][0];
  if (!it || typed.length > 0) return undefined;
  const runs = properNounRuns(s.tokens, effect);
  return runs.length === 1 ? runs[0] : undefined;
}

/** Runs of capitalised proper nouns past the first word: "American Express". */
function properNounRuns(tokens: readonly Token[], kept: Kept): string[] {
  const runs: number[][] = [];
  for (const i of kept) {
    const t = tokens[i]!;
    if (i === 0 || !/^[A-Z]/.test(t.text) || t.pos === 'PUNCT' || isCalendarWord(t.text)) continue;
    const run = runs.at(-1);
    if (run && run.at(-1) === i - 1) run.push(i);
    else runs.push([i]);
  }
  return runs.map((run) => render(tokens, run));
}

/** The reason's words as an answer: "To halt the forced sale", "Fears that banks would sell". */
function restateCause(s: WorkingSentence, connective: Connective, span: readonly number[], effect: Kept) {
  const { tokens } = s;
  const kept = connective.keep ?? 0;
  const words = [...Array.from({ length: kept }, (_, k) => span[0]! - kept + k), ...span];
  const first = tokens[words[0]!]!;
  if (connective.shape === 'clause' && /^(it|he|she)$/i.test(first.text)) {
    const name = nameFor(s, effect, first);
    return name ? upperFirst(`${name} ${render(tokens, words.slice(1))}`) : undefined;
  }
  return upperFirst(render(tokens, words));
}

/** The effect clause in question order after "Why", with its subject named, or undefined. */
function whyClause(s: WorkingSentence, effect: Kept, around: Surroundings) {
  const verb = verbIndex(s.tokens, effect);
  if (verb < 1) return undefined;
  const subject = questionSubject(s, effect.slice(0, verb), around);
  if (!subject) return undefined;
  const inverted = invert(s, effect, verb, { perfect: true, copula: true, subject: subject.text });
  return inverted && { clause: inverted.clause(), subject, verb };
}

/** Whether the effect's main verb is one a following "after" gives the reason for. */
function isReaction(tokens: readonly Token[], effect: Kept, verb: number): boolean {
  const main = effect.slice(verb).find((i) => tokens[i]!.pos === 'VERB');
  return main !== undefined && REACTIONS.has(tokens[main]!.lemma.toLowerCase());
}

/**
 * "on fears that Asian central banks were about to lower their reserves": a reason stated as a
 * clause of its own, whose pronouns read by that clause's subject.
 */
function readsByItsOwnSubject(s: WorkingSentence, reason: readonly number[]): boolean {
  const { tokens } = s;
  const verb = reason.findIndex((i) => tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX');
  if (verb < 1) return false;
  const opens = reason.slice(0, verb).findLastIndex((i) => tokens[i]!.pos === 'SCONJ' || tokens[i]!.text === 'that');
  const subject = reason.slice(opens + 1, verb);
  if (!subject.some((i) => /NOUN|PROPN/.test(tokens[i]!.pos))) return false;
  return pronounsReadable(s, subject, reason.slice(verb));
}

/** One link from a connective at `at`, its reason in `span`, its effect in `effect`. */
function link(
  s: WorkingSentence,
  connective: Connective,
  span: readonly number[],
  effect: Kept,
  around: Surroundings,
): CausalLink | undefined {
  const { tokens } = s;
  if (span.length < 2 || span.length > 24) return undefined;
  if (connective.shape === 'clause' && !isFiniteClause(tokens, span)) return undefined;
  if (connective.shape === 'noun' && !isNounPhrase(tokens, span)) return undefined;
  const why = whyClause(s, effect, around);
  if (!why) return undefined;
  if (connective.onlyAfterReactions && !isReaction(tokens, effect, why.verb)) return undefined;
  const cause = restateCause(s, connective, span, effect);
  if (!cause || (connective.opens && !connective.opens.test(cause))) return undefined;
  // A clause's own "it" or "he" is named in restating it, and so are the same pronouns after it;
  // every other pronoun must be readable.
  const opening = tokens[span[0]!]!.text;
  const named = connective.shape === 'clause' && /^(it|he|she)$/i.test(opening);
  const same = /^it$/i.test(opening) ? /^(it|its)$/i : /^(he|his|him)$/i;
  const rest = named ? span.slice(1).filter((i) => !same.test(tokens[i]!.text)) : span;
  if (!pronounsReadable(s, effect.slice(0, why.verb), rest) && !readsByItsOwnSubject(s, rest)) return undefined;
  const result = resultQuestion(s, effect, connective, cause, around);
  return {
    sentence: s,
    support: why.subject.support,
    question: { template: 'why', clause: why.clause },
    cause,
    shape: connective.shape,
    ...(connective.shape === 'clause' ? { tense: clauseTense(tokens, span) } : {}),
    effect,
    ...(result ? { result } : {}),
  };
}

/**
 * The links of one sentence: "X happened because Y", "X fell after Y", "Because Y, X", "X did Z
 * in an attempt to W".
 */
function connectiveLinks(s: WorkingSentence, around: Surroundings): CausalLink[] {
  const { tokens } = s;
  const kept = keptWords(s);
  // "Because Mars is so far away, signals take 12 minutes": the reason opens the sentence.
  const first = firstWord(s);
  const opening = connectiveAt(tokens, first);
  if (opening && !opening.onlyAfterReactions) {
    const comma = tokens.findIndex((t, i) => t.text === ',' && i > first && i < first + 24);
    const span = clauseFrom(
      tokens,
      first + opening.words.length,
      tokens.map((_, i) => i),
    );
    if (comma > 0 && span.at(-1) === comma - 1) {
      const found = link(
        s,
        opening,
        span,
        withoutStop(
          tokens,
          kept.filter((j) => j > comma),
        ),
        around,
      );
      return found ? [found] : [];
    }
  }
  for (let i = 3; i < tokens.length - 2; i++) {
    const connective = connectiveAt(tokens, i);
    if (!connective) continue;
    const start = i + connective.words.length;
    // "are due to auction", "is due to be shown": a timetable, not a reason.
    if (connective.words[0] === 'due' && /AUX|VERB/.test(tokens[start]!.pos)) continue;
    const effect = withoutStop(
      tokens,
      kept.filter((j) => j < i),
    );
    // One reason per sentence: a second connective reads against the first.
    const found = link(s, connective, clauseFrom(tokens, start, kept), effect, around);
    return found ? [found] : [];
  }
  return [];
}

/** Every reason one sentence gives, in question form. */
export function causalLinks(s: WorkingSentence, around: Surroundings = {}): CausalLink[] {
  // "earnings in 2005 drove the index to a record": the tagger found no verb, but a causing one is there.
  if (s.unfit === 'no verb') return subjectLinks(s, around);
  if (s.unfit && s.unfit !== 'opens with a pronoun') return [];
  const that = thatLinks(s, around);
  if (that.length > 0 || s.unfit) return that;
  const connected = connectiveLinks(s, around);
  return connected.length > 0 ? connected : subjectLinks(s, around);
}
