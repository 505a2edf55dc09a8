import { CHOICES, fixedChoiceQuestion } from '../candidate.js';
import type { Draft } from '../draft.js';
import { prompt } from '../prompt.js';
import { reportsOfOneEvent } from '../tolls.js';
import { countsOnOneFact } from './whose-account.js';
import type { BankMaterial, QuestionKind } from './kind.js';

const NAME = 'highest-figure';

/**
 * "The reports give different figures for how many people were killed in the attack. Which gives
 * the highest?": where articles on one story count the same thing differently, which of them gives
 * the largest figure, citing every one of them.
 */
function highestDrafts(bank: BankMaterial): Draft[] {
  return [...highestByGroup(bank).values()];
}

/**
 * The groups of differing figures this kind asks about, with their question: one per report that
 * gives the highest (two such questions would differ by a few words and share their answer).
 */
export function highestByGroup(bank: BankMaterial): Map<readonly Draft[], Draft> {
  const asked = new Map<readonly Draft[], Draft>();
  const articles = new Set<string>();
  for (const group of countsOnOneFact(bank)) {
    const draft = highestOf(group, bank);
    if (!draft || articles.has(draft.sentence.article)) continue;
    articles.add(draft.sentence.article);
    asked.set(group, draft);
  }
  return asked;
}

/** The highest-figure question on one group of differing figures, where it can be asked. */
function highestOf(group: readonly Draft[], bank: BankMaterial): Draft | undefined {
  // One figure per article; the question reads "how many <clause>", so the count must be the
  // subject it was asked as ("people were killed ..."), not an inverted question.
  const byArticle = new Map<string, Draft>();
  for (const d of group) if (!byArticle.has(d.sentence.article)) byArticle.set(d.sentence.article, d);
  const counted = [...byArticle.values()].filter((d) => d.phrase!.value !== undefined);
  if (counted.length < 2) return undefined;
  const top = Math.max(...counted.map((d) => d.phrase!.value!));
  const highest = counted.filter((d) => d.phrase!.value === top);
  if (highest.length !== 1 || highest[0]!.prompt.slots.asks !== 'subject') return undefined;
  const best = highest[0]!;
  // The reports of this event only: a report of another attack on the story gives its own toll,
  // and would be the right answer to a reader of it.
  const event = [...bank.sameStory.get(best.sentence.article)!.keys()].filter(
    (id) =>
      (bank.sentencesOf.get(id)?.length ?? 0) > 0 &&
      (id === best.sentence.article || reportsOfOneEvent(bank, best.sentence.article, id)),
  );
  if (event.length < 3) return undefined;
  // Every report compared is a choice, whatever else fills the four.
  const compared = counted.map((d) => d.sentence.article);
  const choices = [
    best.sentence.article,
    ...compared.filter((id) => id !== best.sentence.article),
    ...event.filter((id) => !compared.includes(id)),
  ].slice(0, CHOICES);
  const label = (id: string) => bank.labels.get(id)!;
  return {
    kind: NAME,
    sentence: best.sentence,
    support: counted.filter((d) => d !== best).map((d) => d.sentence),
    prompt: prompt('highest-figure', { clause: best.prompt.slots.clause! }),
    answer: label(best.sentence.article),
    choices: choices.map(label),
    explanation: counted.map((d) => `${label(d.sentence.article)} gives ${d.phrase!.text}.`).join(' '),
    simplified: true,
  };
}

export const highestFigure: QuestionKind = {
  name: NAME,
  skill: 'cross-article',
  label: 'highest figure: where reports on one story count the same thing differently, which gives the most',
  weight: 1.05,
  idSuffix: 'highest',
  perArticle: 1,
  answerFromText: false,
  citesEchoes: false,
  comparesFigures: true,
  draft: highestDrafts,
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'cross-article', context),
};
