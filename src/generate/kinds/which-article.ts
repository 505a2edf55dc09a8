import { normalizeAnswer } from '../../bank/index.js';
import { fixedChoiceQuestion } from '../candidate.js';
import { findVerb, isPlainSubject, lowerFirst, render, simplify, withoutStop } from '../clause.js';
import type { Draft } from '../draft.js';
import { contentWords, type PhraseIndex } from '../distractors.js';
import { NEGATION } from '../english/questions.js';
import { prompt } from '../prompt.js';
import type { WorkingSentence } from '../sentences.js';
import { statementSentences, type BankMaterial, type QuestionKind } from './kind.js';
import { saysPartOf, storyOf } from './story-facts.js';

const NAME = 'which-article';

/** "Which article reports that ...?" for a statement found in one article only. */
function whichArticleDrafts(s: WorkingSentence, bank: BankMaterial): Draft[] {
  const story = storyOf(s.article, bank);
  const { kept } = simplify(s.tokens);
  const verb = findVerb(s.tokens, kept);
  if (verb < 1 || kept.length > 30 || kept.some((i) => NEGATION.test(s.tokens[i]!.text))) return [];
  const named = s.phrases.some((p) => p.kind === 'person' || p.kind === 'organisation' || p.kind === 'place');
  // Three choices at least: the article and two others on the same story.
  if (story.length < 3 || !named || !isPlainSubject(s.tokens, kept.slice(0, verb))) return [];
  // Only one article may say it, in these words or in others.
  if (!onlyIn(s, bank.index) || (bank.echoes.get(s)?.length ?? 0) > 0) return [];
  // "Prosecutors allege that the company's top executives ... orchestrating massive fraud": another
  // report says it in other words, and the question would have two right answers.
  if (story.some((id) => id !== s.article && saysPartOf(s, id, bank))) return [];
  const clause = withoutStop(s.tokens, kept);
  const statement = lowerFirst(s, render(s.tokens, clause), clause[0]!);
  if (titleGivesAway(statement, s.article, story, bank)) return [];
  return [
    {
      kind: NAME,
      sentence: s,
      prompt: prompt('which-article', { statement }),
      answer: bank.labels.get(s.article)!,
      choices: story.map((id) => bank.labels.get(id)!),
      simplified: kept.length < s.tokens.length,
    },
  ];
}

/**
 * Whether the right article's title shares a word with the statement that no other title does:
 * "maternity pay" in the statement and in "Labour plans maternity pay rise" alone answers it.
 */
function titleGivesAway(statement: string, article: string, story: readonly string[], bank: BankMaterial): boolean {
  const words = contentWords(statement);
  const titleOf = (id: string) => bank.articles.find((a) => a.id === id)?.title ?? '';
  const others = new Set(story.filter((id) => id !== article).flatMap((id) => [...contentWords(titleOf(id))]));
  return [...contentWords(titleOf(article))].some((w) => words.has(w) && !others.has(w));
}

/** A statement is only worth asking "which article reports" about when no other article names what it names. */
function onlyIn(mine: WorkingSentence, index: PhraseIndex): boolean {
  return mine.phrases.every((p) =>
    (index.sentencesWith.get(normalizeAnswer(p.text)) ?? []).every((s) => s.article === mine.article),
  );
}

export const whichArticle: QuestionKind = {
  name: NAME,
  skill: 'cross-article',
  label: 'which article reports: among articles on one story, a statement only one makes',
  weight: 0.75,
  idSuffix: 'which',
  perArticle: 2,
  answerFromText: false,
  citesEchoes: false,
  draft: (bank: BankMaterial) => statementSentences(bank).flatMap((s) => whichArticleDrafts(s, bank)),
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'cross-article', context),
};
