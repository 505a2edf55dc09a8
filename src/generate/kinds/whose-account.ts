import { foundChoiceQuestion } from '../candidate.js';
import { sentenceFacts, sharedWords } from '../distractors.js';
import type { Draft } from '../draft.js';
import { prompt } from '../prompt.js';
import type { SourceArticle } from '../sentences.js';
import { statementSentences, type QuestionKind } from './kind.js';
import { whDrafts } from './wh-question.js';

const NAME = 'whose-account';

/**
 * Where two articles count the same thing ("people ... killed") differently, the count questions
 * name whose account they ask about, and the other article's figure is among the choices.
 */
function accountDrafts(counts: readonly Draft[], articles: readonly SourceArticle[]): Draft[] {
  const names = new Map(articles.map((a) => [a.id, articleName(a, articles)]));
  const keyOf = (d: Draft) => `${d.phrase!.noun!.text.toLowerCase()}|${nearestVerb(d)}`;
  const byKey = new Map<string, Draft[]>();
  for (const d of counts) {
    const key = keyOf(d);
    const group = byKey.get(key);
    if (group) group.push(d);
    else byKey.set(key, [d]);
  }
  const drafts: Draft[] = [];
  for (const group of byKey.values()) {
    for (const d of group) {
      // The same fact: same thing counted, same verb, and most of the other words shared; else
      // "killed 86 people" in Nice would pass for a different count of the London dead.
      const rival = group.find(
        (o) => o.sentence.article !== d.sentence.article && o.phrase!.value !== d.phrase!.value && sameFact(d, o),
      );
      if (!rival) continue;
      drafts.push({
        ...d,
        kind: NAME,
        prompt: prompt('according-to', { source: names.get(d.sentence.article)!, ...d.prompt.slots }),
        support: [rival.sentence],
        rival: rival.answer as string,
        explanation: `${names.get(rival.sentence.article)!.replace(/^the/, 'The')} gives ${rival.answer as string}.`,
      });
    }
  }
  return drafts;
}

function nearestVerb(d: Draft): string {
  const { tokens } = d.sentence;
  let best: { distance: number; lemma: string } | undefined;
  for (const [i, t] of tokens.entries()) {
    if (t.pos !== 'VERB') continue;
    const distance = Math.abs(i - d.phrase!.first);
    if (!best || distance < best.distance) best = { distance, lemma: t.lemma };
  }
  return best?.lemma ?? '';
}

function sameFact(a: Draft, b: Draft): boolean {
  const words = (d: Draft) => new Set([...sentenceFacts(d.sentence).words].filter((w) => !/\d/.test(w)));
  const x = words(a);
  const y = words(b);
  return sharedWords(x, y) / Math.min(x.size, y.size) >= 0.4;
}

/** The outlet when it tells the articles apart, else the title. */
function articleName(article: SourceArticle, all: readonly SourceArticle[]): string {
  const outletIsUnique = article.outlet !== undefined && all.filter((a) => a.outlet === article.outlet).length === 1;
  return outletIsUnique ? article.outlet! : `the article "${article.title}"`;
}

export const whoseAccount: QuestionKind = {
  name: NAME,
  skill: 'cross-article',
  label: 'whose account: where two articles count the same thing differently',
  weight: 0.95,
  idSuffix: 'account',
  perArticle: 2,
  answerFromText: true,
  draft: (bank) => {
    const counts = statementSentences(bank)
      .flatMap(whDrafts)
      .filter((d) => d.answerKind === 'count');
    return accountDrafts(counts, bank.articles);
  },
  checks: [],
  build: (draft, context) => foundChoiceQuestion(draft, 'cross-article', context),
};
