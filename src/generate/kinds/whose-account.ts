import { foundChoiceQuestion } from '../candidate.js';
import { sentenceFacts, sharedWords } from '../distractors.js';
import type { Draft } from '../draft.js';
import { articleName } from '../article-label.js';
import { prompt } from '../prompt.js';
import { sameEvent, tollDrafts } from '../tolls.js';
import { statementSentences, type BankMaterial, type QuestionKind } from './kind.js';
import { highestByGroup } from './highest-figure.js';
import { whDrafts } from './wh-question.js';

const NAME = 'whose-account';

/**
 * Where two articles count the same thing ("people ... killed") differently, the count questions
 * name whose account they ask about, and the other article's figure is among the choices.
 */
/**
 * Count questions grouped by the fact they count (the same thing counted, the same verb, most of
 * the other words shared), where articles of one story give different figures for it. "killed 86
 * people" in Nice does not pass for a different count of the London dead.
 */
export function countsOnOneFact(bank: BankMaterial): readonly (readonly Draft[])[] {
  let groups = grouped.get(bank);
  if (!groups) grouped.set(bank, (groups = groupCounts(bank)));
  return groups;
}

/** Each bank's groups, found once: several kinds and the generator ask, and compare them by identity. */
const grouped = new WeakMap<BankMaterial, readonly (readonly Draft[])[]>();

function groupCounts(bank: BankMaterial): Draft[][] {
  const counts = statementSentences(bank)
    .flatMap(whDrafts)
    .filter((d) => d.answerKind === 'count');
  const keyOf = (d: Draft) => `${d.phrase!.noun!.text.toLowerCase()}|${nearestVerb(d)}`;
  const byKey = new Map<string, Draft[]>();
  for (const d of counts) byKey.set(keyOf(d), [...(byKey.get(keyOf(d)) ?? []), d]);
  const groups: Draft[][] = [];
  for (const candidates of byKey.values()) {
    const seen = new Set<Draft>();
    for (const d of candidates) {
      if (seen.has(d)) continue;
      const story = bank.sameStory.get(d.sentence.article)!;
      const group = candidates.filter(
        (o) =>
          o === d || (story.has(o.sentence.article) && o.sentence.article !== d.sentence.article && sameFact(d, o)),
      );
      for (const o of group) seen.add(o);
      if (new Set(group.map((o) => o.phrase!.value)).size > 1) groups.push(group);
    }
  }
  // The story's toll, counted by the words beside its figure, where the wh-questions did not ask
  // it in the sentence's own words.
  const asked = new Set(groups.flat().map((d) => d.phrase));
  return [...groups, ...tollGroups(bank).filter((g) => !g.some((d) => asked.has(d.phrase)))];
}

/** The tolls of one event that its reports give differently. */
function tollGroups(bank: BankMaterial): Draft[][] {
  // Only tolls asked in the same words can count one thing: each is weighed against those alone.
  const byAsked = new Map<string, Draft[]>();
  for (const d of tollDrafts(bank)) {
    const asked = d.prompt.slots.clause!;
    byAsked.set(asked, [...(byAsked.get(asked) ?? []), d]);
  }
  const groups: Draft[][] = [];
  const seen = new Set<Draft>();
  for (const d of [...byAsked.values()].flat()) {
    if (seen.has(d)) continue;
    const group = byAsked.get(d.prompt.slots.clause!)!.filter((o) => o === d || sameEvent(bank, d, o));
    for (const o of group) seen.add(o);
    if (new Set(group.map((o) => o.phrase!.value)).size > 1) groups.push(group);
  }
  return groups;
}

/** "According to Newsweek, how many ...?", with the other article's figure among the choices. */
function accountDrafts(bank: BankMaterial): Draft[] {
  const names = new Map(bank.articles.map((a) => [a.id, articleName(a, bank.articles, bank.labels)]));
  const drafts: Draft[] = [];
  const highest = highestByGroup(bank);
  for (const group of countsOnOneFact(bank)) {
    // Which report gives the most asks the figures of them all: the figure is asked once.
    if (highest.has(group)) continue;
    for (const d of group) {
      const rival = group.find((o) => o.sentence.article !== d.sentence.article && o.phrase!.value !== d.phrase!.value);
      if (!rival) continue;
      drafts.push({
        ...d,
        kind: NAME,
        prompt: prompt('according-to', { source: names.get(d.sentence.article)!, ...d.prompt.slots }),
        support: [rival.sentence],
        rival: inFormOf(d.answer as string, rival),
        explanation: `${names.get(rival.sentence.article)!.replace(/^the/, 'The')} gives ${rival.answer as string}.`,
      });
    }
  }
  return drafts;
}

/** The rival's figure written as the answer writes its own: "3" beside "50", not "three". */
function inFormOf(answer: string, rival: Draft): string {
  const text = rival.answer as string;
  const value = rival.phrase!.value;
  if (value === undefined || /\d/.test(answer) === /\d/.test(text)) return text;
  return /\d/.test(answer) ? value.toLocaleString('en-GB') : text;
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

export const whoseAccount: QuestionKind = {
  name: NAME,
  skill: 'cross-article',
  label: 'whose account: where two articles count the same thing differently',
  weight: 0.95,
  idSuffix: 'account',
  perArticle: 2,
  answerFromText: true,
  citesEchoes: false,
  comparesFigures: true,
  draft: accountDrafts,
  checks: [],
  build: (draft, context) => foundChoiceQuestion(draft, 'cross-article', context),
};
