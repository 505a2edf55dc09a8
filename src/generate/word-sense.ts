// Which WordNet sense of a word its sentence uses, told by word vectors. The nearest content words
// of its sentence make a context vector; each sense's gloss, examples and synonyms a signature.
// A sense scores by how near its signature lies to the context, plus two priors: how near it lies
// to the word's own vector (which mixes the word's senses as news uses them: "satellite" sits
// among "cable" and "television", not "moon"), and how often the sense was tagged in SemCor.
// WordNet tells apart shades of meaning a reader would not ("utter words of protest", "express
// opposition through action or words"), so senses whose signatures are alike form one group: the
// margin is taken between groups, and only other groups give wrong choices. The weights were tuned
// on the hand-labelled items of tests/fixtures/generate/vocabulary-senses.json.
import { STOP_WORDS } from './english/words.js';
import type { Sense, Vectors } from './language.js';

/** A weighted average of unit vectors, unit length; undefined when no word has a vector. */
export function meanVector(
  words: readonly { readonly word: string; readonly weight: number }[],
  vectors: Vectors,
): Float32Array | undefined {
  let sum: Float32Array | undefined;
  for (const { word, weight } of words) {
    const v = vectors.vector(word);
    if (!v) continue;
    sum ??= new Float32Array(v.length);
    for (let i = 0; i < v.length; i++) sum[i]! += v[i]! * weight;
  }
  if (!sum) return undefined;
  const norm = Math.sqrt(cosine(sum, sum));
  if (norm === 0) return undefined;
  for (let i = 0; i < sum.length; i++) sum[i]! /= norm;
  return sum;
}

export const cosine = (a: Float32Array, b: Float32Array): number => {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
};

/** Lower-case words of a text, without function words. */
export const contentWordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}'-]+/u)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));

/**
 * How much a word says about a meaning: the commonest words ("year", "said") little, rarer ones
 * more. The vectors' frequency rank stands in for a document frequency.
 */
const informativeness = (word: string, vectors: Vectors): number => Math.log(2 + (vectors.rank(word) ?? 0) / 200);

const weighed = (words: readonly string[], vectors: Vectors) =>
  words.map((word) => ({ word, weight: informativeness(word, vectors) }));

/**
 * Signatures already made, by sense: a word's senses are looked up once and asked about often. A
 * sense object belongs to the word it was looked up by, which its signature leaves out.
 */
const signatures = new WeakMap<Sense, Float32Array | null>();

/** A sense's signature: its gloss, examples and synonyms as one vector, the word itself left out. */
export function signature(sense: Sense, lemma: string, vectors: Vectors): Float32Array | undefined {
  let sig = signatures.get(sense);
  if (sig === undefined) signatures.set(sense, (sig = makeSignature(sense, lemma, vectors) ?? null));
  return sig ?? undefined;
}

function makeSignature(sense: Sense, lemma: string, vectors: Vectors): Float32Array | undefined {
  const own = new Set(lemma.toLowerCase().split(' '));
  const text = [sense.gloss, ...sense.examples, ...sense.words.filter((w) => w.toLowerCase() !== lemma)].join('; ');
  return meanVector(
    weighed(
      contentWordsOf(text).filter((w) => !own.has(w)),
      vectors,
    ),
    vectors,
  );
}

/** Parts of speech whose words say what a sentence is about. */
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV']);

/** How many content words around a word make its context: the nearest say most about it. */
const NEAREST = 5;

type Tokens = readonly { readonly text: string; readonly pos: string; readonly lemma: string }[];

/** Each sentence's content words with a vector, worked out once: most of its words are asked about. */
const sentenceWords = new WeakMap<Tokens, { at: number; word: string; weight: number }[]>();

function contentWordsWithVectors(tokens: Tokens, vectors: Vectors) {
  let words = sentenceWords.get(tokens);
  if (!words) {
    words = tokens.flatMap((t, at) => {
      if (!CONTENT.has(t.pos)) return [];
      const text = t.text.toLowerCase();
      const lemma = t.lemma.toLowerCase();
      const word = [text, lemma].find((w) => !STOP_WORDS.has(w) && vectors.rank(w) !== undefined);
      return word ? [{ at, word, weight: informativeness(word, vectors) }] : [];
    });
    sentenceWords.set(tokens, words);
  }
  return words;
}

/**
 * The context of the word at `at`: the nearest content words of its sentence, the rarer weighing
 * more. Undefined when none has a vector.
 */
export function contextVector(tokens: Tokens, at: number, vectors: Vectors): Float32Array | undefined {
  const words = contentWordsWithVectors(tokens, vectors);
  // Outward from the word, the nearer side first.
  let after = words.findIndex((w) => w.at > at);
  if (after < 0) after = words.length;
  let before = after - 1;
  if (words[before]?.at === at) before--;
  const nearest: { word: string; weight: number }[] = [];
  while (nearest.length < NEAREST && (before >= 0 || after < words.length)) {
    const left = words[before];
    const right = words[after];
    if (left && (!right || at - left.at <= right.at - at)) {
      nearest.push(left);
      before--;
    } else if (right) {
      nearest.push(right);
      after++;
    }
  }
  return meanVector(nearest, vectors);
}

interface SenseWeights {
  /** Weight of the nearness of a sense to the word's own vector. */
  readonly usage: number;
  /** Weight of the log share of the word's SemCor tags that went to the sense. */
  readonly tagged: number;
  /** Signatures at least this alike make one group: senses a reader would not tell apart. */
  readonly sameMeaning: number;
  /**
   * A wrong choice's signature must be less alike the fitting sense's than this, and a noun's or
   * verb's must be of another field of meaning (WordNet's lexicographer file): "make up for" is no
   * wrong meaning of "offset" where "compensate for" is the right one, nor "general line of
   * orientation" of "trend" where "a general direction" is.
   */
  readonly clearlyDifferent: number;
}

/** Tuned on the hand-labelled items (see the head of this file). */
const WEIGHTS: SenseWeights = { usage: 1, tagged: 0.1, sameMeaning: 0.5, clearlyDifferent: 0.35 };

/**
 * Whether WordNet links two senses as near in meaning: one broader than the other, similar, of one
 * verb group, or both near a third ("narrow": "not wide" and "limited in size or scope").
 */
const linked = (a: Sense, b: Sense): boolean =>
  a.near.includes(b.id) || b.near.includes(a.id) || a.near.some((id) => b.near.includes(id));

export interface SenseChoice {
  /** The sense that fits best. */
  readonly sense: Sense;
  /** How far its group leads the next group, in score. */
  readonly margin: number;
  /**
   * The best sense of each other group that is clearly different from the fitting one (unlike
   * signatures, another field but for adjectives, no synonym in common) and unlike each other,
   * the worst fitting first: meanings clearly not meant.
   */
  readonly others: readonly Sense[];
}

/**
 * The sense of `word` (as written; `lemma` looks it up) that fits `context`, with its margin and
 * the senses of clearly different meaning. Undefined when fewer than two groups of meaning have
 * signatures.
 */
export function chooseSense(
  senses: readonly Sense[],
  word: string,
  lemma: string,
  context: Float32Array,
  vectors: Vectors,
): SenseChoice | undefined {
  const own = vectors.vector(word.toLowerCase()) ?? vectors.vector(lemma);
  const tags = senses.reduce((sum, s) => sum + s.frequency, 0) + senses.length;
  const scored = senses.flatMap((sense) => {
    // "Chain" the biochemist, "Price" the soprano: a name, not a meaning of the word.
    if (sense.words.some((w) => w !== w.toLowerCase() && w.toLowerCase() === lemma)) return [];
    const sig = signature(sense, lemma, vectors);
    if (!sig) return [];
    const score =
      cosine(sig, context) +
      WEIGHTS.usage * (own ? cosine(sig, own) : 0) +
      WEIGHTS.tagged * Math.log((sense.frequency + 1) / tags);
    return [{ sense, sig, score }];
  });
  // Greedy grouping in WordNet's order (commonest first): a sense joins the first group whose
  // first sense it is alike.
  const groups: (typeof scored)[] = [];
  for (const s of scored) {
    const group = groups.find((g) => cosine(g[0]!.sig, s.sig) >= WEIGHTS.sameMeaning);
    if (group) group.push(s);
    else groups.push([s]);
  }
  if (groups.length < 2) return undefined;
  const best = groups.map((g) => g.reduce((a, b) => (b.score > a.score ? b : a))).sort((a, b) => b.score - a.score);
  const fitting = best[0]!;
  const synonyms = new Set(fitting.sense.words.map((w) => w.toLowerCase()).filter((w) => w !== lemma));
  const others: typeof scored = [];
  // Worst fitting first; each unlike the fitting sense and unlike the others kept.
  for (const b of best.slice(1).reverse()) {
    const unlike = (o: (typeof scored)[number], limit: number) => cosine(b.sig, o.sig) < limit;
    if (
      unlike(fitting, WEIGHTS.clearlyDifferent) &&
      (b.sense.pos === 'a' || b.sense.field !== fitting.sense.field) &&
      !b.sense.words.some((w) => synonyms.has(w.toLowerCase())) &&
      !linked(b.sense, fitting.sense) &&
      others.every((o) => unlike(o, WEIGHTS.sameMeaning))
    )
      others.push(b);
  }
  return { sense: fitting.sense, margin: fitting.score - best[1]!.score, others: others.map((o) => o.sense) };
}
