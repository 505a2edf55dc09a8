import { contentLemmas, overlap } from './restate.js';
import type { SourceArticle, WorkingSentence } from './sentences.js';

/** One article that repeats most of another: the same report published twice, or updated. */
export interface Reprint {
  /** The article questions come from: the later, or the fuller where dates are not known. */
  readonly kept: string;
  /** The article left without questions of its own. */
  readonly dropped: string;
  /** How many of the shorter article's sentences the other repeats. */
  readonly repeated: number;
  readonly of: number;
}

/** Share of the shorter article's sentences the other must repeat to be the same report. */
const REPEATED = 0.6;
/** Two sentences alike enough to be one sentence lightly edited. */
const ALIKE = 0.7;

/**
 * Articles of one story that are near-identical, found by their sentences. Of each pair the later
 * (by date) or else the fuller is kept as the source, so that no question is asked twice.
 */
export function findReprints(
  articles: readonly SourceArticle[],
  sentencesOf: ReadonlyMap<string, readonly WorkingSentence[]>,
  sameStory: ReadonlyMap<string, ReadonlyMap<string, string>>,
): Reprint[] {
  const lemmas = new Map<WorkingSentence, Set<string>>();
  const lemmasOf = (s: WorkingSentence) => {
    let found = lemmas.get(s);
    if (!found) lemmas.set(s, (found = contentLemmas(s)));
    return found;
  };
  // Sentences of an article by lemma, so that a sentence is compared only with those that could be
  // alike: comparing every pair made this the slowest step of a large bank.
  const indexes = new Map<readonly WorkingSentence[], (s: WorkingSentence) => Set<WorkingSentence>>();
  const indexOf = (sentences: readonly WorkingSentence[]) => {
    let index = indexes.get(sentences);
    if (!index) indexes.set(sentences, (index = alikeCandidates(sentences, lemmasOf)));
    return index;
  };
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const reprints: Reprint[] = [];
  const dropped = new Set<string>();
  for (const a of articles) {
    for (const bId of sameStory.get(a.id)?.keys() ?? []) {
      const b = articles[order.get(bId)!]!;
      if (order.get(b.id)! <= order.get(a.id)! || dropped.has(a.id) || dropped.has(b.id)) continue;
      const [shorter, longer] = [a, b].map((x) => sentencesOf.get(x.id) ?? []).sort((x, y) => x.length - y.length);
      if (!shorter || !longer || shorter.length === 0) continue;
      const candidates = indexOf(longer);
      const repeated = shorter.filter((s) =>
        [...candidates(s)].some((t) => overlap(lemmasOf(s), lemmasOf(t)) >= ALIKE),
      ).length;
      if (repeated < shorter.length * REPEATED) continue;
      const [kept, gone] = laterFirst(a, b, sentencesOf);
      dropped.add(gone.id);
      reprints.push({ kept: kept.id, dropped: gone.id, repeated, of: shorter.length });
    }
  }
  return reprints;
}

/**
 * A finder of the sentences of `sentences` that could be alike a given one. Two sets alike by
 * ALIKE (Jaccard) share one of the first |s| - ceil(ALIKE × |s|) + 1 lemmas of either, in any one
 * fixed order (prefix filtering); a sentence is looked up by that prefix of its own.
 */
function alikeCandidates(
  sentences: readonly WorkingSentence[],
  lemmasOf: (s: WorkingSentence) => Set<string>,
): (s: WorkingSentence) => Set<WorkingSentence> {
  const byLemma = new Map<string, WorkingSentence[]>();
  for (const t of sentences)
    for (const w of lemmasOf(t)) {
      const list = byLemma.get(w);
      if (list) list.push(t);
      else byLemma.set(w, [t]);
    }
  return (s) => {
    const lemmas = [...lemmasOf(s)].sort();
    const prefix = lemmas.slice(0, lemmas.length - Math.ceil(ALIKE * lemmas.length) + 1);
    return new Set(prefix.flatMap((w) => byLemma.get(w) ?? []));
  };
}

/** The later of two reports by date; without dates, the fuller; else the one given last. */
function laterFirst(
  a: SourceArticle,
  b: SourceArticle,
  sentencesOf: ReadonlyMap<string, readonly WorkingSentence[]>,
): [SourceArticle, SourceArticle] {
  if (a.published && b.published && a.published !== b.published) return a.published > b.published ? [a, b] : [b, a];
  const size = (x: SourceArticle) => sentencesOf.get(x.id)?.length ?? 0;
  return size(a) > size(b) ? [a, b] : [b, a];
}
