import { fixedChoiceQuestion } from '../candidate.js';
import { leansOnContext, subjectNames } from '../context.js';
import type { Draft } from '../draft.js';
import { prompt } from '../prompt.js';
import { remembered } from '../remembered.js';
import { contentLemmas, overlap, plainStatement } from '../restate.js';
import type { WorkingSentence } from '../sentences.js';
import type { BankMaterial, QuestionKind } from './kind.js';
import { saysPartOf, storyOf, timeWordsOf } from './story-facts.js';
import { countsOnOneFact } from './whose-account.js';

const NAME = 'article-adds';
/** Wrong choices: facts the other report gives. */
const WRONG_CHOICES = 3;

/** "that expansion", "these countries": a fact that leans on the sentences before it. */
const DEMONSTRATIVE = /^(this|that|these|those)$/i;
/** "With Sri Lanka ... among the worst hit": what a cut left of a sentence, no statement. */
const CUT_OPENING = /^(with|in|on|at|for|after|before|as|while|when|and|but|or|so|by)\b/i;

/** A fact of one report, as a choice. */
interface Fact {
  readonly sentence: WorkingSentence;
  readonly text: string;
  readonly words: number;
  readonly lemmas: ReadonlySet<string>;
}

/**
 * A sentence restated to stand alone as a choice: no pronoun left to the sentence before, not
 * dated from the day its report was written ("last week" is another report's "on Monday").
 */
function choiceOf(s: WorkingSentence): Fact | undefined {
  if (s.unfit !== undefined || s.tokens.some((t) => t.pos === 'DET' && DEMONSTRATIVE.test(t.text))) return undefined;
  const text = plainStatement(s);
  if (!text || leansOnContext(text, s) || timeWordsOf(text).length > 0 || CUT_OPENING.test(text)) return undefined;
  // "The set can pause and rewind TV", "Some observers have said ..." once "In Sri Lanka," is cut:
  // a choice must say whom it is about.
  if (!subjectNames(s) || !/\p{Lu}/u.test(text.slice(1))) return undefined;
  const words = text.split(' ').length;
  if (words < 7 || words > 25) return undefined;
  return { sentence: s, text, words, lemmas: contentLemmas(s) };
}

/** The figures an article gives, as values: read once a bank, however many facts weigh them. */
const figuresOf = (bank: BankMaterial) =>
  remembered(
    (article: string): ReadonlySet<number> =>
      new Set(
        (bank.sentencesOf.get(article) ?? []).flatMap((s) =>
          s.phrases.flatMap((p) => (p.value === undefined ? [] : [p.value])),
        ),
      ),
  );

/**
 * Whether the fact gives a figure the other report nowhere gives ("seeking $6.5m", "a deal
 * valued at $6.75bn"): a fact told in other words may hide from every comparison of words, but
 * not a figure. Only such facts are called one report's own.
 */
function hasOwnFigure(fact: Fact, theirs: ReadonlySet<number>): boolean {
  const figures = fact.sentence.phrases.filter((p) => p.value !== undefined);
  return figures.length > 0 && figures.every((p) => !theirs.has(p.value!));
}

/** A fact offered as a wrong choice, and the other report's sentence that gives it. */
interface Offered {
  readonly fact: Fact;
  readonly cited: WorkingSentence;
}

/** Facts unlike each other: two choices that say one thing leave the other two to choose between. */
function distinct(offered: readonly Offered[], besides: Fact): Offered[] {
  const chosen: Offered[] = [];
  for (const o of offered) {
    if ([besides, ...chosen.map((c) => c.fact)].every((c) => overlap(c.lemmas, o.fact.lemmas) < 0.35)) chosen.push(o);
    if (chosen.length === WRONG_CHOICES) break;
  }
  return chosen;
}

/**
 * "Which of these does <report> say that <other report> does not?": the answer a fact only the
 * first gives (no echo of it in the other, no figure of it there, no sentence there saying part
 * of it: a name alone may well be in both). The wrong choices are what the other report gives:
 * facts both give first (as the first words them), at least one of them, so that the first
 * report alone does not answer it; then facts only the other gives, absent from the first the
 * same way. It cites the fact and, for each wrong choice, the other report's sentence that gives
 * it.
 */
function addsDrafts(
  article: string,
  bank: BankMaterial,
  factOf: (s: WorkingSentence) => Fact | undefined,
  figures: (article: string) => ReadonlySet<number>,
): Draft[] {
  // A fact plainly absent from a report: a figure it nowhere gives, no sentence of it saying part of it.
  const absentFrom = (fact: Fact, where: string) =>
    hasOwnFigure(fact, figures(where)) && !saysPartOf(fact.sentence, where, bank);
  const sentences = bank.sentencesOf.get(article) ?? [];
  const drafts: Draft[] = [];
  const echoIn = (s: WorkingSentence, where: string) => (bank.echoes.get(s) ?? []).find((e) => e.article === where);
  for (const other of storyOf(article, bank).filter((id) => id !== article)) {
    const shared = sentences.flatMap((s): Offered[] => {
      const cited = echoIn(s, other);
      const fact = cited && factOf(s);
      return fact ? [{ fact, cited }] : [];
    });
    const theirs = (bank.sentencesOf.get(other) ?? [])
      .filter((s) => echoIn(s, article) === undefined)
      .flatMap((s) => factOf(s) ?? [])
      .filter((f) => absentFrom(f, article))
      .map((fact): Offered => ({ fact, cited: fact.sentence }));
    const offered = [...shared, ...theirs];
    if (shared.length === 0 || offered.length < 2) continue;
    const lengths = offered.slice(0, WRONG_CHOICES).map((o) => o.fact.words);
    const mean = lengths.reduce((n, w) => n + w, 0) / lengths.length;
    // The earliest fact of its own, of about the others' length: the longest choice is no clue.
    const own = sentences
      .filter((s) => echoIn(s, other) === undefined)
      .flatMap((s) => factOf(s) ?? [])
      .filter((f) => absentFrom(f, other))
      .find((f) => f.words >= mean * 0.6 && f.words <= mean * 1.6);
    if (!own) continue;
    const wrong = distinct(offered, own);
    // A fact both give among the wrong choices: without one, the first report alone answers it.
    if (wrong.length < 2 || !wrong.some((o) => shared.includes(o))) continue;
    const label = (id: string) => bank.labels.get(id)!;
    drafts.push({
      kind: NAME,
      sentence: own.sentence,
      support: wrong.map((o) => o.cited),
      prompt: prompt('article-adds', { article: label(article), other: label(other) }),
      answer: own.text,
      choices: [own.text, ...wrong.map((o) => o.fact.text)],
      explanation: `Only ${label(article)} reports it; ${label(other)} reports each of the others.`,
      simplified: true,
    });
  }
  return drafts;
}

export const articleAdds: QuestionKind = {
  name: NAME,
  skill: 'cross-article',
  label: 'what one report adds: a fact one report gives and another on the story does not',
  weight: 1.0,
  idSuffix: 'adds',
  perArticle: 1,
  answerFromText: false,
  citesEchoes: false,
  draft: (bank) => {
    // A figure the reports give differently ("23,000 killed", "25,000 dead") is compared by the
    // kinds made for it, and is no report's own fact. Each sentence is restated once, however
    // many pairs of reports weigh it.
    const disputed = new Set(countsOnOneFact(bank).flatMap((group) => group.map((d) => d.sentence)));
    const factOf = remembered((s: WorkingSentence) => (disputed.has(s) ? undefined : choiceOf(s)));
    const figures = figuresOf(bank);
    return bank.articles.flatMap((a) => addsDrafts(a.id, bank, factOf, figures));
  },
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'cross-article', context),
};
