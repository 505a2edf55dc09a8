import { normalizeAnswer } from '../../bank/index.js';
import { statementQuestion } from '../candidate.js';
import { findVerb, firstKept, lowerOpening, simplify } from '../clause.js';
import { leansOnContext, leavesWhichUnsaid, subjectNames } from '../context.js';
import type { Draft } from '../draft.js';
import { oppositeOf } from '../english/opposites.js';
import { NEGATION } from '../english/questions.js';
import { prompt } from '../prompt.js';
import { closingSpeaker, dateFirst, plainStatement } from '../restate.js';
import type { WorkingSentence } from '../sentences.js';
import type { QuestionKind } from './kind.js';

const NAME = 'true-false';

/** Hedged sentences make poor statements to judge: "could", "is expected to", "reportedly". */
const HEDGED =
  /\b(may|might|could|would|likely|unlikely|expected|possible|possibly|reportedly|appears?|seems?|believed|thought to|set to)\b/i;
const WORDS = (text: string) => text.split(' ').length;

/**
 * The sentence as a statement in other words: its asides and opening words left out, a closing
 * attribution turned round ("..., police said." → "According to police, ..."). Undefined when the
 * restatement would read as the sentence itself.
 */
function restated(s: WorkingSentence, edit?: ReadonlyMap<number, string>): string | undefined {
  const plain = plainStatement(s, edit);
  if (!plain) return undefined;
  const speaker = closingSpeaker(s);
  const text = speaker ? `According to ${speaker}, ${lowerOpening(s, plain, firstKept(s))}` : plain;
  if (normalizeAnswer(text) !== normalizeAnswer(s.quote)) return text;
  // Nothing to leave out: the closing date moved to the front, where there is one.
  return edit ? undefined : dateFirst(s);
}

/**
 * The main clause's verb, in token indices, where the words before it are a plain subject (no
 * clause of its own, no comma, no pronoun: "Shares in Borussia Dortmund"); otherwise undefined,
 * since the first verb may then be another clause's ("Delta, which lost $646m, ...").
 */
function mainVerb(s: WorkingSentence): number | undefined {
  const { kept } = simplify(s.tokens);
  const verb = findVerb(s.tokens, kept);
  // A capitalised "verb" is a name the tagger misread ("Cynthia Cooper, ...").
  if (verb <= 0 || verb > 10 || /^\p{Lu}/u.test(s.tokens[kept[verb]!]!.text)) return undefined;
  const subject = kept.slice(0, verb).map((i) => s.tokens[i]!);
  const plain = subject.every((t) => t.pos !== 'PRON' && t.pos !== 'PUNCT' && t.pos !== 'SCONJ' && t.pos !== 'VERB');
  return plain ? kept[verb] : undefined;
}

const SUPERLATIVE = /^(\p{L}+est|best|worst)$/iu;

/**
 * "rose" → "fell", "record loss" → "record profit": the main verb, or a word just after it,
 * reversed. Not a word in a clause of its own ("which had fallen to record lows").
 */
function reversal(s: WorkingSentence): { index: number; to: string } | undefined {
  const verb = mainVerb(s);
  if (verb === undefined) return undefined;
  const { kept } = simplify(s.tokens);
  const from = kept.indexOf(verb);
  for (const i of kept.slice(from, from + 5)) {
    const token = s.tokens[i]!;
    if (token.text === ',' || /^(which|who|that|while|and|but|as)$/i.test(token.text)) break;
    // "failed to win": a reversal under a negative verb reads as a riddle.
    if (/^(to|failed|refused|declined|fail|refuse)$/i.test(s.tokens[i - 1]?.text ?? '')) continue;
    // "fell short" is an idiom, not a direction.
    if (/^(short|apart|through|behind|back)$/i.test(s.tokens[i + 1]?.text ?? '')) continue;
    // "rose more than tenfold": falling tenfold is no figure, and the false statement reads as nonsense.
    if (s.tokens.slice(i + 1, i + 5).some((t) => /fold$/i.test(t.text))) continue;
    // "the biggest holder ..., with South Korea the fourth largest": a ranking read against its
    // other places; the smallest beside a fourth largest is false without reading.
    if (SUPERLATIVE.test(token.text) && s.tokens.some((t, j) => j !== i && t.pos === 'ADJ' && SUPERLATIVE.test(t.text)))
      continue;
    const to = oppositeOf(token.text, token.pos);
    if (to) return { index: i, to };
  }
  return undefined;
}

/**
 * A statement to judge from one sentence: true in other words, or false by what the article
 * rules out: a direction reversed. Never a number nudged; never a "not", which gives the key away
 * (a student who answers "false" to every "not" scores full marks); never another person of the
 * article in the subject's place, whom the article seldom rules out (another minister may well
 * have been in charge of immigration too).
 */
function statementDrafts(s: WorkingSentence): Draft[] {
  if ((s.unfit !== undefined && !s.referent) || HEDGED.test(s.quote)) return [];
  if (s.tokens.some((t) => NEGATION.test(t.text)) || !(s.referent || subjectNames(s))) return [];
  const plain = plainStatement(s);
  if (!plain || WORDS(plain) < 8 || WORDS(plain) > 32 || leansOnContext(plain, s)) return [];
  const support = s.referent ? { support: [s.referent.sentence] } : {};
  const truth = restated(s);
  const drafts: Draft[] = truth
    ? [
        {
          kind: NAME,
          sentence: s,
          ...support,
          prompt: prompt('statement', { statement: truth }),
          answer: true,
          simplified: true,
        },
      ]
    : [];
  const turn = reversal(s);
  const edit = turn ? new Map([[turn.index, turn.to]]) : undefined;
  // A false statement differs from its sentence by its change, whether or not anything else could be left out.
  const falsehood = edit && plainStatement(s, edit) && (restated(s, edit) ?? plainStatement(s, edit));
  if (!turn || !falsehood) return drafts;
  const from = s.tokens[turn.index]!.text;
  const to = turn.to;
  drafts.push({
    kind: NAME,
    sentence: s,
    ...support,
    prompt: prompt('statement', { statement: falsehood }),
    answer: false,
    changed: { from, to },
    explanation: `The article says “${from}”, not “${to}”.`,
    simplified: true,
  });
  return drafts;
}

export const trueFalse: QuestionKind = {
  name: NAME,
  skill: 'detail',
  label: 'true/false: a sentence in other words, or made false by a reversed direction',
  weight: 0.7,
  idSuffix: 'tf',
  statesSentence: true,
  answerFromText: false,
  draft: (bank) => [...bank.sentencesOf.values()].flat().flatMap((s) => statementDrafts(s)),
  checks: [{ reason: 'says "the proposals" without which', fails: (c) => leavesWhichUnsaid(c.prompt) }],
  build: (draft, context) => statementQuestion(draft, 'detail', context),
};
