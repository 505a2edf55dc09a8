import { fixedChoiceQuestion } from '../candidate.js';
import { leansOnContext } from '../context.js';
import type { Draft } from '../draft.js';
import { prompt } from '../prompt.js';
import { contentLemmas, overlap, plainStatement } from '../restate.js';
import type { WorkingSentence } from '../sentences.js';
import type { BankMaterial, QuestionKind } from './kind.js';
import { saysPartOf, storyOf, timeWordsOf } from './story-facts.js';

const NAME = 'article-adds';
/** Wrong choices: facts both reports give. */
const SHARED_CHOICES = 3;

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
function factOf(s: WorkingSentence): Fact | undefined {
  if (s.unfit !== undefined) return undefined;
  const text = plainStatement(s);
  if (!text || leansOnContext(text, s) || timeWordsOf(text).length > 0) return undefined;
  const words = text.split(' ').length;
  if (words < 7 || words > 25) return undefined;
  return { sentence: s, text, words, lemmas: contentLemmas(s) };
}

/**
 * Whether the fact gives a figure the other report nowhere gives ("seeking $6.5m", "a deal
 * valued at $6.75bn"): a fact told in other words may hide from every comparison of words, but
 * not a figure. Only such facts are called one report's own.
 */
function hasOwnFigure(fact: Fact, article: string, bank: BankMaterial): boolean {
  const figures = fact.sentence.phrases.filter((p) => p.value !== undefined);
  const theirs = new Set(
    (bank.sentencesOf.get(article) ?? []).flatMap((s) =>
      s.phrases.flatMap((p) => (p.value === undefined ? [] : [p.value])),
    ),
  );
  return figures.length > 0 && figures.every((p) => !theirs.has(p.value!));
}

/** Facts unlike each other: two choices that say one thing leave the other two to choose between. */
function distinct(facts: readonly Fact[], besides: Fact): Fact[] {
  const chosen: Fact[] = [];
  for (const f of facts) {
    if ([besides, ...chosen].every((c) => overlap(c.lemmas, f.lemmas) < 0.35)) chosen.push(f);
    if (chosen.length === SHARED_CHOICES) break;
  }
  return chosen;
}

/**
 * "Which of these does <report> say that <other report> does not?": the answer a fact only the
 * first gives (no echo of it in the other, no figure of it there, no sentence there saying part
 * of it: a name alone may well be in both), the
 * wrong choices facts both give. It cites the fact and, for each wrong choice, the other report's
 * sentence that gives it too.
 */
function addsDrafts(article: string, bank: BankMaterial): Draft[] {
  const sentences = bank.sentencesOf.get(article) ?? [];
  const drafts: Draft[] = [];
  for (const other of storyOf(article, bank).filter((id) => id !== article)) {
    const echoIn = (s: WorkingSentence) => (bank.echoes.get(s) ?? []).find((e) => e.article === other);
    const shared = sentences.filter((s) => echoIn(s) !== undefined).flatMap((s) => factOf(s) ?? []);
    if (shared.length < 2) continue;
    const mean = shared.reduce((n, f) => n + f.words, 0) / shared.length;
    // The earliest fact of its own, of about the shared facts' length: the longest choice is no clue.
    const own = sentences
      .filter((s) => echoIn(s) === undefined)
      .flatMap((s) => factOf(s) ?? [])
      .filter((f) => hasOwnFigure(f, other, bank) && !saysPartOf(f.lemmas, other, bank))
      .find((f) => f.words >= mean * 0.6 && f.words <= mean * 1.6);
    if (!own) continue;
    const wrong = distinct(shared, own);
    if (wrong.length < 2) continue;
    drafts.push({
      kind: NAME,
      sentence: own.sentence,
      support: wrong.map((f) => echoIn(f.sentence)!),
      prompt: prompt('article-adds', { article: bank.labels.get(article)!, other: bank.labels.get(other)! }),
      answer: own.text,
      choices: [own.text, ...wrong.map((f) => f.text)],
      explanation: `The other choices are in both reports.`,
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
  draft: (bank) => bank.articles.flatMap((a) => addsDrafts(a.id, bank)),
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'cross-article', context),
};
