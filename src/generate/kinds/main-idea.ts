import { fixedChoiceQuestion } from '../candidate.js';
import { leansOnContext, subjectNames } from '../context.js';
import { findVerb, firstKept, lowerOpening, simplify } from '../clause.js';
import type { Draft } from '../draft.js';
import { ROLE_NOUNS, STOP_WORDS } from '../english/words.js';
import { prompt } from '../prompt.js';
import { closingSpeaker, contentLemmas, overlap, plainStatement } from '../restate.js';
import type { SourceArticle, WorkingSentence } from '../sentences.js';
import type { QuestionKind } from './kind.js';

const NAME = 'main-idea';

/** A restated sentence fit to be offered as the main point or as a detail beside it. */
interface Statement {
  readonly sentence: WorkingSentence;
  readonly text: string;
  readonly words: number;
  readonly lemmas: ReadonlySet<string>;
  /** How central it is to the article: shares its headline's words and the article's. */
  readonly centrality: number;
  /** The share of the headline's words it holds. */
  readonly headline: number;
}

const wordCount = (text: string) => text.split(' ').length;
/**
 * A headline's word in a sentence, as headlines shorten: "quake" in "earthquake", "European" and
 * "Europe", "Asian" and "Asia".
 */
const sameWord = (headline: string, word: string) =>
  headline === word ||
  (Math.min(headline.length, word.length) >= 4 &&
    (word.startsWith(headline) || headline.startsWith(word) || word.endsWith(headline)));
/** "unveiled" and "unveil", "shares" and "share": close enough to compare a headline with a sentence. */
const stem = (word: string) => word.toLowerCase().replace(/(ing|ed|es|s)$/, '');

/**
 * Each sentence that stands alone, restated, with its centrality: how many of the headline's
 * words it holds, how much it shares with the rest of the article, and the news writer's habit of
 * putting the point first.
 */
function statements(article: SourceArticle, sentences: readonly WorkingSentence[]): Statement[] {
  const headline = new Set(
    article.title
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOP_WORDS.has(w.toLowerCase()))
      .map(stem),
  );
  const frequency = new Map<string, number>();
  const lemmasOf = new Map(sentences.map((s) => [s, contentLemmas(s)]));
  for (const lemmas of lemmasOf.values()) for (const w of lemmas) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const out: Statement[] = [];
  for (const s of sentences) {
    const plain = plainStatement(s, undefined, { keepClauseOpener: true });
    // "..., a witness has told jurors.": a point someone makes stays theirs, not the article's fact.
    const speaker = closingSpeaker(s);
    const text = plain && speaker ? `According to ${speaker}, ${lowerOpening(s, plain, firstKept(s))}` : plain;
    // "The former chief financial officer ... has admitted that he lied": a person as the subject
    // is whom a later "he" means.
    const person = subjectIsPerson(s) ? 0 : Infinity;
    if (!text || leansOnContext(text, s, person) || !(s.referent || subjectNames(s)) || !isClause(s)) continue;
    const lemmas = lemmasOf.get(s)!;
    const stems = new Set([...s.tokens.map((t) => stem(t.text)), ...s.tokens.map((t) => stem(t.lemma))]);
    const fromHeadline =
      headline.size === 0
        ? 0
        : [...headline].filter((w) => [...stems].some((x) => sameWord(w, x))).length / headline.size;
    let shared = 0;
    for (const w of lemmas) shared += (frequency.get(w) ?? 1) - 1;
    const centrality =
      2 * fromHeadline +
      shared / Math.max(1, lemmas.size) / Math.max(1, sentences.length / 8) +
      (s.index === 0 ? 0.6 : s.index === 1 ? 0.2 : 0);
    out.push({ sentence: s, text, words: wordCount(text), lemmas, centrality, headline: fromHeadline });
  }
  return out;
}

/** Words that tie a detail to what came before it, which a choice cannot carry. */
const TIED = /\b(it|they|them|this|these|those|such|the same|the former|the latter)\b/i;
/** "its", "their" after the name they belong to: "Delta ... its costs". */
const possessiveBeforeName = (text: string) => {
  const possessive = /\b(its|their)\b/i.exec(text);
  return possessive !== null && !/\p{Lu}/u.test(text.slice(1, possessive.index));
};

/**
 * A statement with a subject before its verb, and that verb inflected: not "Ask for an option on
 * ...". A participle on the way is read as the adjective it is ("Europe's leading reinsurers have
 * fallen").
 */
function isClause(s: WorkingSentence): boolean {
  const { tokens } = s;
  const { kept } = simplify(tokens);
  const verb = findVerb(tokens, kept);
  if (verb <= 0) return false;
  for (const i of kept.slice(verb)) {
    const t = tokens[i]!;
    if (t.text === ',' || t.pos === 'SCONJ') return false;
    if (t.pos === 'AUX') return true;
    if (t.pos === 'VERB' && t.text.toLowerCase() !== t.lemma.toLowerCase() && !/ing$/.test(t.text)) return true;
  }
  return false;
}

/** A person named, or a person's role, in the subject: "Scott Sullivan", "the former chief financial officer". */
function subjectIsPerson(s: WorkingSentence): boolean {
  const { tokens } = s;
  const { kept } = simplify(tokens);
  const verb = findVerb(tokens, kept);
  const subject = kept.slice(0, Math.max(0, verb));
  return subject.some(
    (i) =>
      ROLE_NOUNS.has(tokens[i]!.text.toLowerCase()) ||
      s.phrases.some((p) => p.kind === 'person' && p.first <= i && i <= p.last),
  );
}

/** A name in the subject: a detail offered on its own must say whom or what it is about. */
function subjectHasName(s: WorkingSentence): boolean {
  if (s.referent) return true;
  const { tokens } = s;
  const { kept } = simplify(tokens);
  const verb = findVerb(tokens, kept);
  return kept.slice(0, Math.max(0, verb)).some((i) => tokens[i]!.pos === 'PROPN');
}

/**
 * Details a reader could mistake for the point: real, self-contained, about something else, and
 * as long as the point (the longest choice is no clue).
 */
function details(point: Statement, all: readonly Statement[]): Statement[] {
  const candidates = all
    .filter(
      (d) =>
        d !== point &&
        d.sentence.index > point.sentence.index + 1 &&
        d.words >= Math.max(7, point.words * 0.5) &&
        d.words <= point.words * 1.6 &&
        overlap(d.lemmas, point.lemmas) < 0.25 &&
        // "Mr Ebbers denied the allegations" under "Ebbers denies WorldCom fraud" states the point too.
        d.headline < 0.5 &&
        d.headline <= point.headline &&
        !TIED.test(d.text) &&
        !possessiveBeforeName(d.text) &&
        subjectHasName(d.sentence),
    )
    // Details that share a word with the headline first: where only the point does, matching the
    // headline's words finds it without reading.
    .sort(
      (a, b) =>
        Number(b.headline > 0) - Number(a.headline > 0) ||
        a.centrality - b.centrality ||
        a.sentence.index - b.sentence.index,
    );
  const chosen: Statement[] = [];
  for (const d of candidates) {
    if (chosen.every((c) => overlap(c.lemmas, d.lemmas) < 0.35)) chosen.push(d);
    if (chosen.length === 3) break;
  }
  return chosen;
}

/** "Which of these best sums up the main point of ...?": the point against three of the article's details. */
function mainIdeaDraft(article: SourceArticle, sentences: readonly WorkingSentence[]): Draft[] {
  if (sentences.filter((s) => s.unfit === undefined).length < 6) return [];
  const all = statements(article, sentences);
  // News puts its point first; where none of the first three sentences can carry it (a feature
  // that opens with a scene), the article gets no main-idea question rather than a wrong one.
  const point = all
    .filter((s) => s.words >= 8 && s.words <= 32 && s.sentence.index <= 2)
    .sort((a, b) => b.centrality - a.centrality)[0];
  if (!point) return [];
  const others = details(point, all);
  if (others.length < 2) return [];
  return [
    {
      kind: NAME,
      sentence: point.sentence,
      ...(point.sentence.referent ? { support: [point.sentence.referent.sentence] } : {}),
      prompt: prompt('main-idea', { title: article.title }),
      answer: point.text,
      choices: [point.text, ...others.map((d) => d.text)],
      statesAlso: others.map((d) => d.sentence),
      explanation: 'The others are details the article gives on the way.',
      simplified: true,
    },
  ];
}

export const mainIdea: QuestionKind = {
  name: NAME,
  skill: 'main-idea',
  label: 'main idea: the point of the article, against three of its details',
  weight: 1.2,
  idSuffix: 'main',
  perArticle: 1,
  asksAbout: 'article',
  statesSentence: true,
  answerFromText: false,
  citesEchoes: false,
  draft: (bank) => bank.articles.flatMap((a) => mainIdeaDraft(a, bank.sentencesOf.get(a.id)!)),
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'main-idea', context),
};
