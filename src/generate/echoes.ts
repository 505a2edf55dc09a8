import type { Vectors } from './language.js';
import { contentLemmas, overlap } from './restate.js';
import type { WorkingSentence } from './sentences.js';

// Which sentences of different articles on one story state the same fact: the same names and
// numbers, most of the same words, or (with word vectors) the same meaning in other words. A fact
// several articles report is asked once, citing every one of them.

/** What a sentence states, in the forms compared. */
interface Gist {
  readonly sentence: WorkingSentence;
  readonly names: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
  readonly lemmas: ReadonlySet<string>;
  readonly vector?: Float32Array;
}

const NUMBER = /^\d[\d,.]*$/;

function gistOf(s: WorkingSentence, vectors: Vectors): Gist {
  const names = new Set<string>();
  const numbers = new Set<string>();
  for (const [i, t] of s.tokens.entries()) {
    if (t.pos === 'PROPN' && i > 0 && /^\p{Lu}/u.test(t.text)) names.add(t.text);
    if (NUMBER.test(t.text)) numbers.add(t.text.replace(/,/g, ''));
  }
  for (const p of s.phrases) if (p.value !== undefined) numbers.add(String(p.value));
  const lemmas = contentLemmas(s);
  return { sentence: s, names, numbers, lemmas, ...meanVector(lemmas, vectors) };
}

/** The average of the words' vectors, unit length; nothing where the vectors know too few of them. */
function meanVector(words: ReadonlySet<string>, vectors: Vectors): { vector?: Float32Array } {
  let sum: Float32Array | undefined;
  let known = 0;
  for (const w of words) {
    const v = vectors.vector(w);
    if (!v) continue;
    sum ??= new Float32Array(v.length);
    for (let k = 0; k < v.length; k++) sum[k]! += v[k]!;
    known++;
  }
  if (!sum || known < Math.max(2, words.size / 2)) return {};
  let norm = 0;
  for (const x of sum) norm += x * x;
  norm = Math.sqrt(norm);
  return { vector: sum.map((x) => x / norm) };
}

const cosine = (a: Float32Array, b: Float32Array) => {
  let dot = 0;
  for (let k = 0; k < a.length; k++) dot += a[k]! * b[k]!;
  return dot;
};

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/**
 * Two sentences state the same fact: every number of the one that has fewer is in the other, they
 * share a name unless neither has one, and they share most of their words or, by the vectors,
 * their meaning.
 */
function sameFact(a: Gist, b: Gist): boolean {
  const [few, many] = a.numbers.size <= b.numbers.size ? [a, b] : [b, a];
  if (shared(few.numbers, many.numbers) < few.numbers.size) return false;
  // "When the firm finally collapsed, shareholders lost about $180bn and 20,000 workers lost their
  // jobs": two figures in common say which event a sentence that names none is about.
  const namesNone = a.names.size === 0 || b.names.size === 0;
  const figuresSay = namesNone && few.numbers.size >= 2;
  if ((a.names.size > 0 || b.names.size > 0) && shared(a.names, b.names) === 0 && !figuresSay) return false;
  const words = overlap(a.lemmas, b.lemmas);
  if (words >= 0.45) return true;
  if (a.vector === undefined || b.vector === undefined || words < 0.2) return false;
  const similar = cosine(a.vector, b.vector);
  // "a Christmas market in Berlin ..., which left 12 people dead" and "drove a truck into a
  // Christmas market in central Berlin, killing 12 people": the same figure and two names tell one
  // event in other words, where the words alone are too few to say so.
  if (few.numbers.size > 0 && shared(a.names, b.names) >= 2 && words >= 0.25 && similar >= 0.8) return true;
  return similar >= 0.9;
}

/** Where a sentence is filed for finding its kin: its names, numbers and longer words. */
const keysOf = (g: Gist) => [
  ...[...g.names].map((n) => `n:${n}`),
  ...[...g.numbers].map((n) => `#:${n}`),
  ...[...g.lemmas].filter((w) => w.length >= 6).map((w) => `w:${w}`),
];

/**
 * For each sentence, the sentences of other articles on its story that state the same fact. Pairs
 * are only weighed where they share a name, a number or a rare word, so the work grows with the
 * story, not with its square.
 */
export function findEchoes(
  sentencesOf: ReadonlyMap<string, readonly WorkingSentence[]>,
  sameStory: ReadonlyMap<string, ReadonlyMap<string, string>>,
  vectors: Vectors,
): Map<WorkingSentence, WorkingSentence[]> {
  const echoes = new Map<WorkingSentence, WorkingSentence[]>();
  const told = [...sameStory.entries()].filter(([, story]) => story.size > 1);
  if (told.length === 0) return echoes;
  const gists = new Map<WorkingSentence, Gist>();
  const byKey = new Map<string, Gist[]>();
  for (const [article] of told) {
    for (const s of sentencesOf.get(article) ?? []) {
      const gist = gistOf(s, vectors);
      gists.set(s, gist);
      for (const key of keysOf(gist)) {
        const list = byKey.get(key) ?? [];
        list.push(gist);
        byKey.set(key, list);
      }
    }
  }
  for (const gist of gists.values()) {
    const story = sameStory.get(gist.sentence.article)!;
    const weighed = new Set<Gist>();
    for (const key of keysOf(gist)) {
      const others = byKey.get(key) ?? [];
      // A name in every sentence of the story ("Ebbers") narrows nothing.
      if (others.length > 200) continue;
      for (const other of others) {
        const { article } = other.sentence;
        if (article === gist.sentence.article || !story.has(article) || weighed.has(other)) continue;
        weighed.add(other);
        if (sameFact(gist, other)) echoes.set(gist.sentence, [...(echoes.get(gist.sentence) ?? []), other.sentence]);
      }
    }
  }
  return echoes;
}
