import { normalizeAnswer } from '../../bank/index.js';
import { fixedChoiceQuestion } from '../candidate.js';
import { lowerOpening, firstKept } from '../clause.js';
import { leansOnContext } from '../context.js';
import type { Draft } from '../draft.js';
import { RELATIVE_DATES, WEEKDAYS } from '../english/words.js';
import { prompt } from '../prompt.js';
import { plainStatement } from '../restate.js';
import type { WorkingSentence } from '../sentences.js';
import { statementSentences, type BankMaterial, type QuestionKind } from './kind.js';

const NAME = 'both-report';

const numbersIn = (s: WorkingSentence) => new Set(s.tokens.filter((t) => /^\d/.test(t.text)).map((t) => t.text));

/**
 * Whether an article may say what `s` says in words the echoes did not catch: one of its
 * sentences holds every number of `s`, or half of what `s` names.
 */
function maySayIt(s: WorkingSentence, article: string, bank: BankMaterial): boolean {
  const numbers = numbersIn(s);
  const sentences = bank.sentencesOf.get(article) ?? [];
  if (numbers.size > 0 && sentences.some((o) => [...numbers].every((n) => numbersIn(o).has(n)))) return true;
  const named = s.phrases.filter((p) => p.kind !== 'date' && p.value === undefined);
  if (named.length === 0) return numbers.size === 0;
  const hits = new Map<WorkingSentence, number>();
  for (const p of named) {
    for (const other of bank.index.sentencesWith.get(normalizeAnswer(p.text)) ?? []) {
      if (other.article === article) hits.set(other, (hits.get(other) ?? 0) + 1);
    }
  }
  return [...hits.values()].some((n) => n * 2 >= named.length);
}

/** The words of a statement that date it from the day it was written: "last week", "Monday". */
const timeWordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => RELATIVE_DATES.has(w) || WEEKDAYS.includes(w));

/**
 * "Which two reports both say that ...?": a statement exactly two articles of a story make, the
 * choices pairs of the story's articles, citing both.
 */
function bothDrafts(s: WorkingSentence, bank: BankMaterial): Draft[] {
  const story = [...bank.sameStory.get(s.article)!.keys()].filter((id) => (bank.sentencesOf.get(id)?.length ?? 0) > 0);
  if (story.length < 3) return [];
  const echoes = (bank.echoes.get(s) ?? []).filter((e) => story.includes(e.article));
  const others = new Set(echoes.map((e) => e.article));
  if (others.size !== 1) return [];
  const [partner] = others;
  if (story.some((id) => id !== s.article && id !== partner && maySayIt(s, id, bank))) return [];
  const plain = plainStatement(s);
  if (!plain || leansOnContext(plain, s) || plain.split(' ').length > 25) return [];
  // "Last week, MCI agreed ..." beside "On Monday, MCI agreed ...": each report dates it from its
  // own day, and the statement would put one's words in both.
  const partnerSays = echoes.find((e) => e.article === partner)!.quote.toLowerCase();
  if (timeWordsOf(plain).some((w) => !partnerSays.includes(w))) return [];
  const statement = lowerOpening(s, plain, firstKept(s)).replace(/[.!?]$/, '');
  const label = (id: string) => bank.labels.get(id)!;
  const pair = (a: string, b: string) => {
    const [first, second] = story.indexOf(a) < story.indexOf(b) ? [a, b] : [b, a];
    return `${label(first)} and ${label(second)}`;
  };
  const pairs = story.flatMap((a, i) => story.slice(i + 1).map((b) => pair(a, b)));
  const answer = pair(s.article, partner!);
  return [
    {
      kind: NAME,
      sentence: s,
      support: [echoes.find((e) => e.article === partner)!],
      prompt: prompt('both-report', { statement }),
      answer,
      choices: [answer, ...pairs.filter((p) => p !== answer)],
      simplified: true,
    },
  ];
}

export const bothReport: QuestionKind = {
  name: NAME,
  skill: 'cross-article',
  label: 'where they agree: which two reports of a story both say something',
  weight: 1.0,
  idSuffix: 'both',
  perArticle: 1,
  answerFromText: false,
  citesEchoes: false,
  draft: (bank) => statementSentences(bank).flatMap((s) => bothDrafts(s, bank)),
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'cross-article', context),
};
