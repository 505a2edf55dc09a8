import { distance } from 'fastest-levenshtein';
import { normalizeAnswer } from '../bank/index.js';
import type { Random } from '../random.js';
import { numericValue, standsAlone, type AnswerKind, type Phrase } from './phrases.js';
import type { WorkingSentence } from './sentences.js';
import { nearby, rotate } from './nearby.js';
import { remembered } from './remembered.js';
import { MONTHS, STOP_WORDS, WEEKDAYS } from './english/words.js';

/** Where each phrase of the bank stands: candidates for distractors, and evidence against them. */
export interface PhraseIndex {
  /** Per kind, every distinct phrase with the first sentence fit to offer it from. */
  readonly byKind: ReadonlyMap<AnswerKind, readonly PoolEntry[]>;
  /**
   * The same entries by where they stand (see `localKey`), in the same order: a question looks at
   * its own article's phrases first, and filtering the whole pool for them made every question
   * cost as much as the bank's phrases.
   */
  readonly local: ReadonlyMap<string, readonly PoolEntry[]>;
  /** Normalised phrase text → every sentence it occurs in, quoted speech included. */
  readonly sentencesWith: ReadonlyMap<string, readonly WorkingSentence[]>;
  /**
   * Names the bank writes once or twice within a letter of a name it writes more often ("Ebber"
   * beside "Ebbers"): a slip in the source, neither a right answer nor a wrong one to offer.
   */
  readonly misspelt: ReadonlySet<string>;
  /** How each text offered reads, worked out once per text. */
  readonly read: Readings;
}

interface PoolEntry {
  readonly phrase: Phrase;
  readonly sentence: WorkingSentence;
  /** Normalised once here: distractor search looks at the same phrases thousands of times. */
  readonly key: string;
  /** Counts: the normalised noun counted. */
  readonly noun: string;
}

/**
 * What distractor search asks of a text, remembered: every question of an article looks at the
 * same few hundred phrases, and reading a figure or a date's shape again each time was most of
 * the cost of generating from a long article.
 */
interface Readings {
  readonly key: (text: string) => string;
  readonly words: (text: string) => ReadonlySet<string>;
  readonly amount: (text: string) => number | undefined;
  readonly dateShape: (text: string) => string;
  readonly currency: (text: string) => string;
}

const newReadings = (): Readings => ({
  key: remembered(normalizeAnswer),
  words: remembered(contentWords),
  amount: remembered(amountIn),
  dateShape: remembered(dateShape),
  currency: remembered(currencyOf),
});

/** Where a question's own phrases are listed: its article's, and for a count those of the same noun. */
const localKey = (kind: AnswerKind, article: string, noun: string) =>
  kind === 'count' ? `${kind}\u0000${article}\u0000${noun}` : `${kind}\u0000${article}`;

/**
 * Every sentence is evidence of what the articles say; only those that stand alone as statements
 * offer their phrases as wrong answers (a name in a quotation may be a speaker's slip).
 */
export function indexPhrases(sentences: readonly WorkingSentence[]): PhraseIndex {
  const byKind = new Map<AnswerKind, PoolEntry[]>();
  const sentencesWith = new Map<string, WorkingSentence[]>();
  const pooled = new Set<string>();
  // The same phrases recur ("two", "Monday"): normalise each text once.
  const read = newReadings();
  for (const sentence of sentences) {
    for (const phrase of sentence.phrases) {
      // Half a name ("York Times", "Rescue Service") is no wrong answer to offer, nor a name whose
      // kind is a guess.
      if (!standsAlone(sentence.tokens, phrase.first, phrase.last) || phrase.strong === false) continue;
      const key = read.key(phrase.text);
      const seen = sentencesWith.get(key);
      if (!seen) sentencesWith.set(key, [sentence]);
      else if (seen.at(-1) !== sentence) seen.push(sentence);
      if (sentence.unfit !== undefined || pooled.has(key)) continue;
      pooled.add(key);
      const list = byKind.get(phrase.kind) ?? [];
      list.push({ phrase, sentence, key, noun: read.key(phrase.noun?.text ?? '') });
      byKind.set(phrase.kind, list);
    }
  }
  const misspelt = misspellings(sentencesWith, byKind);
  const local = new Map<string, PoolEntry[]>();
  for (const [kind, list] of byKind) {
    const kept = list.filter((e) => !misspelt.has(e.key));
    byKind.set(kind, kept);
    for (const entry of kept) {
      const where = localKey(kind, entry.sentence.article, entry.noun);
      const here = local.get(where);
      if (here) here.push(entry);
      else local.set(where, [entry]);
    }
  }
  return { byKind, local, sentencesWith, misspelt, read };
}

/** Names that differ from a more often written name of the bank by one letter. */
function misspellings(
  sentencesWith: ReadonlyMap<string, readonly WorkingSentence[]>,
  byKind: ReadonlyMap<AnswerKind, readonly PoolEntry[]>,
): Set<string> {
  const misspelt = new Set<string>();
  for (const kind of ['person', 'organisation'] as const) {
    // Names are compared only with those of the same opening letters: the bank's names can be many.
    const byStart = new Map<string, string[]>();
    for (const { key } of byKind.get(kind) ?? []) {
      if (key.length < 5) continue;
      const start = key.slice(0, 2);
      byStart.set(start, [...(byStart.get(start) ?? []), key]);
    }
    for (const keys of byStart.values()) {
      for (const a of keys) {
        const uses = sentencesWith.get(a)?.length ?? 0;
        if (uses > 2) continue;
        if (keys.some((b) => b !== a && (sentencesWith.get(b)?.length ?? 0) > uses && distance(a, b) === 1))
          misspelt.add(a);
      }
    }
  }
  return misspelt;
}

const facts = new WeakMap<WorkingSentence, { normal: string; words: Set<string> }>();

/** A sentence's normalised text and content words, worked out once. */
export function sentenceFacts(sentence: WorkingSentence): { normal: string; words: Set<string> } {
  let found = facts.get(sentence);
  if (!found)
    facts.set(sentence, (found = { normal: normalizeAnswer(sentence.quote), words: contentWords(sentence.quote) }));
  return found;
}

/** How many of `x`'s words `y` also has. */
export function sharedWords(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared;
}

/** Lower-case content words: what a question is about, and what an answer gives away. */
export function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !STOP_WORDS.has(w)),
  );
}

export interface DistractorRequest {
  readonly answer: string;
  readonly kind: AnswerKind;
  readonly phrase: Phrase;
  readonly sentence: WorkingSentence;
  /** Content words of the question: a candidate found in a sentence saying the same is also correct. */
  readonly about: ReadonlySet<string>;
  readonly need: number;
  /** A value that must be among the choices (another article's figure). */
  readonly rival?: string;
  /** "more than 1,100": wrong answers must lie above the answer; "less than 20": below. */
  readonly direction?: 'above' | 'below';
  /**
   * Only this article's phrases and values made near the answer: a false statement with a name
   * from another story ("the rover touched down in Ashcombe") is false without reading.
   */
  readonly sameArticleOnly?: boolean;
  /**
   * The other articles on the same story. People and organisations come from these only: a name
   * from an unrelated story (an Indian name among Chilean ones) marks itself as wrong.
   */
  readonly sameStory?: ReadonlySet<string>;
}

/**
 * Wrong answers of the answer's kind, the bank's own phrases first (same article, then the
 * others), then numbers and dates made near the answer. None is in the cited sentence, shares a
 * word with the answer, or stands in a sentence that says what the question asks.
 */
export function chooseDistractors(request: DistractorRequest, index: PhraseIndex, random: Random): string[] {
  const { read } = index;
  const chosen: string[] = [];
  const taken = new Set([read.key(request.answer)]);
  const answerWords = read.words(request.answer);
  const answerShape = shapeOf(request.kind, request.answer, read);
  // "Paula Mendes" and "Mendes" are one wrong answer, not two.
  const chosenWords = new Set<string>();
  const cited = ` ${sentenceFacts(request.sentence).normal} `;
  const consider = (text: string): boolean => {
    const key = read.key(text);
    if (key.length === 0 || taken.has(key) || cited.includes(` ${key} `)) return false;
    const words = read.words(text);
    if (isNamed(request.kind) && [...words].some((w) => answerWords.has(w) || chosenWords.has(w))) return false;
    if (shapeOf(request.kind, text, read) !== answerShape) return false;
    if (request.phrase.value !== undefined) {
      // "a dozen" cannot be compared with 50: a number that cannot be read is not offered.
      const amount = read.amount(text);
      if (amount === undefined || !sameMagnitude(amount, request.phrase.value)) return false;
      if (request.direction && (request.direction === 'above') !== amount > request.phrase.value) return false;
    }
    if (isSupported(key, request.about, index)) return false;
    taken.add(key);
    chosen.push(text);
    for (const w of words) chosenWords.add(w);
    return chosen.length >= request.need;
  };
  if (request.rival !== undefined) {
    taken.add(read.key(request.rival));
    chosen.push(request.rival);
  }
  const noun = read.key(request.phrase.noun?.text ?? '');
  const local = index.local.get(localKey(request.kind, request.sentence.article, noun)) ?? [];
  for (const entry of rotate(local, random)) if (consider(entry.phrase.text)) return chosen;
  for (const text of nearby(request, random)) if (consider(text)) return chosen;
  if (request.sameArticleOnly) return chosen;
  // Other articles last: their people and places are less often a plausible wrong answer.
  const pool = index.byKind.get(request.kind) ?? [];
  const start = pool.length > 0 ? random.int(pool.length) : 0;
  const storyOnly = request.kind === 'person' || request.kind === 'organisation';
  for (let k = 0; k < pool.length && k < OTHER_ARTICLES_LOOKED_AT; k++) {
    const entry = pool[(start + k) % pool.length]!;
    const { article } = entry.sentence;
    if (article === request.sentence.article || (storyOnly && !request.sameStory?.has(article))) continue;
    if ((request.kind !== 'count' || entry.noun === noun) && consider(entry.phrase.text)) return chosen;
  }
  return chosen;
}

const isNamed = (kind: AnswerKind) =>
  kind === 'person' || kind === 'organisation' || kind === 'place' || kind === 'date';

/** "about 3.1 million euros" → 3,100,000; "six" → 6. */
function amountIn(text: string): number | undefined {
  const figure = /(\d[\d,]*(?:\.\d+)?)\s*(million|billion|trillion|thousand|m|bn|k)?\b/i.exec(text);
  return figure ? numericValue(figure[0]) : numericValue(text);
}

/** 25 is no plausible wrong answer for 312 votes: distractors stay within a factor of five. */
const sameMagnitude = (value: number, answer: number) => answer === 0 || (value / answer <= 5 && answer / value <= 5);

const COMMON = 40;
/** In a bank of hundreds of articles, a wrong answer is found among the first few phrases or not at all. */
const OTHER_ARTICLES_LOOKED_AT = 150;

const MONTH_OR_DAY = new RegExp(`\\b(${[...MONTHS, ...WEEKDAYS].join('|')})\\b`, 'gi');

/** "£", "euro", "dollar": what a sum is counted in. */
const currencyOf = (text: string) =>
  /[$£€¥]|\b(euros?|dollars?|pounds?|pence|cents?|yen|francs?|rupees?|kronor)\b/i
    .exec(text)?.[0]
    .toLowerCase()
    .replace(/s$/, '') ?? '';

/** "in June 2014" → "in M 9". */
const dateShape = (text: string) =>
  text.replace(MONTH_OR_DAY, (m) => (MONTHS.includes(m.toLowerCase()) ? 'M' : 'W')).replace(/\d+/g, '9');

/**
 * A wrong answer must fit where the right one stood: "in June 2014" cannot become "in November
 * 28, 2016", and "Rita Katz" is not answered by "Theresa". Two texts of the same shape fit.
 */
function shapeOf(kind: AnswerKind, text: string, read: Readings): string {
  if (kind === 'date') return read.dateShape(text);
  if (kind === 'person') return text.includes(' ') ? 'several words' : 'one word';
  // £73 million is the €85 million deal in another currency, not a wrong amount.
  if (kind === 'money') return read.currency(text);
  return '';
}

/** True when some sentence of the bank gives `key` while saying most of what the question asks. */
function isSupported(key: string, about: ReadonlySet<string>, index: PhraseIndex): boolean {
  if (about.size === 0) return false;
  const sentences = index.sentencesWith.get(key) ?? [];
  // A phrase in this many sentences is too common to be safely wrong, and checking it is slow.
  if (sentences.length > COMMON) return true;
  return sentences.some((sentence) => sharedWords(about, sentenceFacts(sentence).words) / about.size >= 0.5);
}
