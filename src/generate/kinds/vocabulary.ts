import { fixedChoiceQuestion } from '../candidate.js';
import type { Draft } from '../draft.js';
import { contentWordsOf, contextVector, chooseSense, type SenseChoice } from '../word-sense.js';
import { definesByItself, definitionChoice, LEXICON_POS, PARTICLES, sharedWords } from '../english/vocabulary.js';
import type { Language, LexiconPos, Sense } from '../language.js';
import type { Token } from '../nlp.js';
import { prompt } from '../prompt.js';
import type { WorkingSentence } from '../sentences.js';
import type { BankMaterial, QuestionKind } from './kind.js';

const NAME = 'vocabulary';

/**
 * Words commoner than this (by the vectors' frequency rank) are not asked: a student knows them,
 * and their many everyday senses differ by shades ("look", "stand", "lose").
 */
export const MIN_RANK = 2000;
/** Fewest WordNet senses in the word's part of speech: the context must have a choice to make. */
const MIN_SENSES = 3;
/**
 * The lead the fitting sense must have over the next meaning, in score. Of the 140 hand-labelled
 * uses in tests/fixtures/generate/vocabulary-senses.json, 48 are words this kind could ask (rare
 * enough, two clearly different wrong meanings to offer); 18 clear this margin, and 13 of those
 * get the right meaning with no right meaning among the wrong choices (72%). With no margin: 22
 * of 48 (46%).
 */
export const MIN_MARGIN = 0.35;
/** The rarest words of an article looked up in WordNet, at most. */
const MAX_LOOKED_UP = 80;
/** At most this many words asked per article: the best-decided one. */
const PER_ARTICLE = 1;
/** A sentence longer than this is quoted around the word only. */
const MAX_QUOTED_WORDS = 35;
const WINDOW = 14;

/** A word of a sentence and the sense it has there, as a draft would ask it. */
export interface WordInContext {
  readonly at: number;
  readonly lemma: string;
  readonly choice: SenseChoice;
  /** The fitting sense's definition, then those of clearly different senses. */
  readonly answer: string;
  readonly wrong: readonly string[];
}

/** A word worth looking up: a rare enough content word, no name, number or headline word. */
interface Candidate {
  readonly word: string;
  readonly lemma: string;
  readonly pos: LexiconPos;
  /** How common it is: 0 for the commonest word. */
  readonly rank: number;
}

/** Verbs that say little of their own: their object's noun carries an idiom's meaning. */
const LIGHT_VERBS = new Set(['make', 'give', 'take', 'have', 'get', 'do']);
/** How far back from a noun its light verb may stand: "give its market share a kick". */
const LIGHT_VERB_REACH = 5;

/**
 * "making positive noises", "give its market share a kick", "have alternative provision": a noun
 * after a light verb is an idiom's ("noises" there are remarks), and no dictionary sense of the
 * noun alone is what it means.
 */
function afterLightVerb(s: WorkingSentence, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - LIGHT_VERB_REACH); i--) {
    const t = s.tokens[i]!;
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'SCONJ') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return LIGHT_VERBS.has(t.lemma.toLowerCase());
  }
  return false;
}

/** The word at `at` as a candidate, or why it is none; a cheap test, before WordNet is read. */
function candidate(
  s: WorkingSentence,
  at: number,
  language: Language,
  headline: ReadonlySet<string>,
): Candidate | string {
  const token = s.tokens[at]!;
  const pos = LEXICON_POS[token.pos];
  // Lower case only: a capital is a name, or a word that opens the sentence and may be one.
  if (!pos || !/^[a-z]+(?:-[a-z]+)?$/.test(token.text) || token.text.length < 4) return 'not a common word';
  if (s.phrases.some((p) => p.first <= at && at <= p.last) || s.entities.some((e) => e.first <= at && at <= e.last))
    return 'part of a name or number';
  const word = token.text.toLowerCase();
  const next = s.tokens[at + 1];
  // "detail-oriented": the compound has its own meaning, which no sense of "detail" gives.
  const previous = s.tokens[at - 1];
  if ((next?.text === '-' && next.start === token.end) || (previous?.text === '-' && previous.end === token.start))
    return 'part of a compound';
  // "walk out", "figure out": a verb with its particle means what neither says alone.
  if (pos === 'v' && next && PARTICLES.has(next.text.toLowerCase())) return 'part of a phrasal verb';
  const lemma = baseForm(token.lemma.toLowerCase(), word, pos, language);
  if ([word, lemma].some((w) => headline.has(w) || [...headline].some((h) => sameStem(h, w)))) return 'in the headline';
  // "details" is common where "detail" is not: the word as written says what a student knows.
  const ranks = [language.vectors.rank(lemma), language.vectors.rank(word)].filter((r) => r !== undefined);
  if (ranks.length === 0) return 'not in the word vectors';
  const rank = Math.min(...ranks);
  if (rank < MIN_RANK) return 'too common';
  if (pos === 'n' && afterLightVerb(s, at)) return 'in an idiom';
  return { word, lemma, pos, rank };
}

/**
 * Why the word at `at` is not asked, or what it means there. A word is asked when it is rare
 * enough to teach, has at least three meanings of which its sentence clearly picks one, and the
 * meanings read as short definitions.
 */
export function wordInContext(
  s: WorkingSentence,
  at: number,
  language: Language,
  headline: ReadonlySet<string>,
): WordInContext | string {
  const c = candidate(s, at, language, headline);
  return typeof c === 'string' ? c : meaningInContext(s, at, c, language);
}

function meaningInContext(s: WorkingSentence, at: number, c: Candidate, language: Language): WordInContext | string {
  const { word, lemma, pos } = c;
  const senses = language.lexicon.senses(lemma, pos);
  if (senses.length < MIN_SENSES) return 'too few meanings';
  const choice = senseInContext(s.tokens, at, lemma, senses, language);
  if (!choice) return 'no meanings to tell apart';
  if (choice.margin < MIN_MARGIN) return 'no clear meaning in its sentence';
  const define = (sense: Sense) => {
    const text = definitionChoice(sense.gloss);
    return text && !definesByItself(text, lemma, word) ? text : undefined;
  };
  const answer = define(choice.sense);
  if (!answer) return 'meaning too long to offer';
  // A wrong choice shares no word with the answer ("be against", "fight against or resist
  // strongly"), nor most of its words with another ("get pleasure from", "derive or receive
  // pleasure from"): either reads as the same meaning put two ways.
  const wrong: string[] = [];
  for (const definition of choice.others.map(define)) {
    if (definition && sharedWords(answer, definition) === 0 && wrong.every((d) => sharedWords(d, definition) <= 0.5))
      wrong.push(definition);
  }
  if (wrong.length < 2) return 'too few other meanings to offer';
  return { at, lemma, choice, answer, wrong: wrong.slice(0, 3) };
}

/**
 * The tagger's lemma, or the commoner base form WordNet also has: "staged" is "stage" more often
 * than "stag", "based" is "base" more often than "bas".
 */
function baseForm(lemma: string, word: string, pos: LexiconPos, language: Language): string {
  if (!/(?:ed|ing)$/.test(word) || lemma.endsWith('e')) return lemma;
  const withE = `${lemma}e`;
  const rank = (w: string) => language.vectors.rank(w) ?? Infinity;
  return rank(withE) < rank(lemma) && language.lexicon.senses(withE, pos).length > 0 ? withE : lemma;
}

/** Which of `senses` the word at `at` has in its sentence, with the margin it has it by. */
export function senseInContext(
  tokens: readonly Token[],
  at: number,
  lemma: string,
  senses: readonly Sense[],
  language: Language,
): SenseChoice | undefined {
  const context = contextVector(tokens, at, language.vectors);
  return context && chooseSense(senses, tokens[at]!.text, lemma, context, language.vectors);
}

/** "protest" and "protesters" share a stem: a headline word gives such a word away. */
const sameStem = (a: string, b: string) => {
  const n = Math.min(a.length, b.length, 6);
  return n >= 4 && a.slice(0, n) === b.slice(0, n);
};

/** The sentence as the prompt quotes it: whole when short, else the words around the asked one. */
function excerpt(s: WorkingSentence, at: number): string {
  if (s.tokens.length <= MAX_QUOTED_WORDS) return s.quote;
  const first = Math.max(0, at - WINDOW);
  const last = Math.min(s.tokens.length - 1, at + WINDOW);
  const text = s.quote.slice(s.tokens[first]!.start, s.tokens[last]!.end);
  return `${first > 0 ? '…' : ''}${text}${last < s.tokens.length - 1 ? '…' : ''}`;
}

function vocabularyDrafts(bank: BankMaterial): Draft[] {
  const drafts: Draft[] = [];
  for (const article of bank.articles) {
    const headline = new Set(contentWordsOf(article.title));
    // The rarest words first: reading WordNet for every word of a long text would cost more than
    // the rest of the generator.
    const candidates: { s: WorkingSentence; at: number; c: Candidate }[] = [];
    for (const s of bank.sentencesOf.get(article.id)!)
      for (const at of s.tokens.keys()) {
        const c = candidate(s, at, bank.language, headline);
        if (typeof c !== 'string') candidates.push({ s, at, c });
      }
    const rarest = new Set(
      [...new Set(candidates.sort((a, b) => b.c.rank - a.c.rank).map(({ c }) => c.lemma))].slice(0, MAX_LOOKED_UP),
    );
    const found: { s: WorkingSentence; w: WordInContext }[] = [];
    for (const { s, at, c } of candidates) {
      if (!rarest.has(c.lemma)) continue;
      const w = meaningInContext(s, at, c, bank.language);
      if (typeof w !== 'string') found.push({ s, w });
    }
    // The best-decided use of each word, then the best-decided words.
    const byLemma = new Map<string, { s: WorkingSentence; w: WordInContext }>();
    for (const f of found) {
      const seen = byLemma.get(f.w.lemma);
      if (!seen || f.w.choice.margin > seen.w.choice.margin) byLemma.set(f.w.lemma, f);
    }
    const best = [...byLemma.values()].sort((a, b) => b.w.choice.margin - a.w.choice.margin).slice(0, PER_ARTICLE);
    for (const { s, w } of best) {
      const word = s.tokens[w.at]!.text;
      drafts.push({
        kind: NAME,
        sentence: s,
        prompt: prompt('vocabulary', {
          paragraph: String(s.paragraph),
          title: article.title,
          excerpt: excerpt(s, w.at),
          word,
        }),
        answer: w.answer,
        choices: [w.answer, ...w.wrong],
        explanation: `Here “${word}” means: ${w.answer}.`,
        simplified: false,
      });
    }
  }
  return drafts;
}

export const vocabulary: QuestionKind = {
  name: NAME,
  skill: 'vocabulary',
  label: 'vocabulary in context: what a word means as its sentence uses it, among its other meanings',
  weight: 0.85,
  idSuffix: 'word',
  answerFromText: false,
  citesEchoes: false,
  draft: vocabularyDrafts,
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'vocabulary', context),
};
