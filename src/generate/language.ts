// The lexical resources some question kinds consult: WordNet's senses of a word and word vectors.
// Both are loaded at the edge (src/generate/resources.ts, only by `generate`) and handed in, so
// that the kinds stay pure functions of their input.

/** WordNet's parts of speech: noun, verb, adjective (with satellites), adverb. */
export type LexiconPos = 'n' | 'v' | 'a' | 'r';

/** One meaning of a word: a WordNet synset. */
export interface Sense {
  /** Stable id: part of speech and offset in WordNet's data file. */
  readonly id: string;
  readonly pos: LexiconPos;
  /** WordNet's lexicographer file: a coarse field of meaning ("verb.communication"). */
  readonly field: string;
  /** The words that share this meaning, the looked-up word among them. */
  readonly words: readonly string[];
  /** The definition, without its examples. */
  readonly gloss: string;
  readonly examples: readonly string[];
  /** How often the sense was tagged in a sense-tagged corpus (SemCor): 0 for most rare senses. */
  readonly frequency: number;
  /** Senses WordNet links as near in meaning, by id: broader, narrower, similar, see also. */
  readonly near: readonly string[];
  /** Senses of opposite meaning ("rise" → "fall"), by id. */
  readonly antonyms: readonly { readonly id: string; readonly word: string }[];
}

export interface Lexicon {
  /** The senses of a lemma in one part of speech, most common first (WordNet's order). */
  senses(lemma: string, pos: LexiconPos): readonly Sense[];
}

export interface Vectors {
  /** A word's vector, unit length (shared: not to be changed), or undefined for a word the vectors do not know. */
  vector(word: string): Float32Array | undefined;
  /** How common a word is: 0 for the commonest; undefined for one the vectors do not know. */
  rank(word: string): number | undefined;
}

/** The kind of a name the article gives no sign of: a known country, city, or first or last name. */
export interface NameTypes {
  kindOf(name: string): 'person' | 'place' | undefined;
}

export interface Language {
  readonly lexicon: Lexicon;
  readonly vectors: Vectors;
  readonly names: NameTypes;
}

/** Names typed only by what the articles say of them. */
export const NO_NAME_TYPES: NameTypes = { kindOf: () => undefined };

/** No senses, no vectors: the kinds that need them draft nothing. */
export const NO_LANGUAGE: Language = {
  lexicon: { senses: () => [] },
  vectors: { vector: () => undefined, rank: () => undefined },
  names: NO_NAME_TYPES,
};
