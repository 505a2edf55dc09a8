import { fixedChoiceQuestion } from '../candidate.js';
import { lowerOpening, firstKept } from '../clause.js';
import { leansOnContext } from '../context.js';
import type { Draft } from '../draft.js';
import { prompt } from '../prompt.js';
import { plainStatement } from '../restate.js';
import type { WorkingSentence } from '../sentences.js';
import { statementSentences, type BankMaterial, type QuestionKind } from './kind.js';
import { maySayIt, storyOf, timeWordsOf } from './story-facts.js';

const NAME = 'both-report';

/**
 * "Which two reports both say that ...?": a statement exactly two articles of a story make, the
 * choices pairs of the story's articles, citing both.
 */
function bothDrafts(s: WorkingSentence, bank: BankMaterial): Draft[] {
  const story = storyOf(s.article, bank);
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
