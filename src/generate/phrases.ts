import { numberWordsToDigits } from '../bank/index.js';
import { NO_NAME_TYPES, type NameTypes } from './language.js';
import type { NumericEntity, Token } from './nlp.js';
import {
  MONTHS,
  ORGANISATION_WORDS,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  ROLE_NOUNS,
  RELATIVE_DATES,
  SPEECH_VERBS,
  WEEKDAYS,
} from './english/words.js';

/** What an answer is; distractors and question words are chosen by it. */
export type AnswerKind = 'person' | 'organisation' | 'place' | 'date' | 'year' | 'count' | 'money' | 'percent';

/** A typed phrase of a sentence, over tokens [first, last] (indices into the sentence's tokens). */
export interface Phrase {
  readonly kind: AnswerKind;
  readonly first: number;
  readonly last: number;
  readonly text: string;
  /** Counts: the noun counted ("people" in "eight people"), which the question asks about. */
  readonly noun?: { readonly first: number; readonly last: number; readonly text: string };
  /** Counts, money, percentages and years: the number, for making numeric distractors. */
  readonly value?: number;
  /**
   * Names: typed by good evidence (a title, an age, an organisation's word, a place's word).
   * "Northline Power said" makes a speaker, person or company: good for "Who", not to be offered
   * as a wrong person.
   */
  readonly strong?: boolean;
}

/**
 * Names learned from the whole bank: "Masood" is a person once "Khalid Masood, 52," was seen. A
 * name after "in" or "at" is only a place once it has stood there twice: one such use is as often
 * a company or a building ("at Chatham House") as a place.
 */
export interface NameBook {
  readonly kinds: Map<string, 'person' | 'organisation' | 'place'>;
  readonly placeVotes: Map<string, number>;
  /** Names typed by good evidence somewhere in the bank. */
  readonly strong: Set<string>;
  /** False while the first pass gathers evidence. */
  settled: boolean;
  /** Known names, asked only where the articles give no sign of a name's kind. */
  readonly names: NameTypes;
}

export const newNameBook = (names: NameTypes = NO_NAME_TYPES): NameBook => ({
  kinds: new Map(),
  placeVotes: new Map(),
  strong: new Set(),
  settled: false,
  names,
});
const PLACE_VOTES_NEEDED = 2;

const CURRENCY = /^[$£€¥]$/;
const SCALE = /^(million|billion|trillion|thousand|m|bn|k)$/i;

export const spanText = (tokens: readonly Token[], first: number, last: number): string => {
  let text = tokens[first]!.text;
  for (let i = first + 1; i <= last; i++) text += (tokens[i]!.start > tokens[i - 1]!.end ? ' ' : '') + tokens[i]!.text;
  return text;
};

/** "3,000", "eight", "4.5 billion" → a number, or undefined. */
export function numericValue(text: string): number | undefined {
  const digits = numberWordsToDigits(
    text.toLowerCase().replace(/^(about|around|nearly|almost|over|more than|at least|some|up to)\s+/, ''),
  )
    .replace(/[$£€¥,%]/g, '')
    // "200 euros", "40 percent": the unit says what, not how much.
    .replace(/\s+(euros?|dollars?|pounds?|pence|cents?|yen|francs?|percent|per cent)$/, '')
    .trim();
  const match = /^(\d+(?:\.\d+)?)\s*(million|billion|trillion|thousand|m|bn|k)?$/.exec(digits);
  if (!match) return undefined;
  const scale =
    { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, thousand: 1e3, k: 1e3 }[match[2] ?? ''] ?? 1;
  return Number(match[1]) * scale;
}

const isDateWord = (word: string) => MONTHS.includes(word) || WEEKDAYS.includes(word);

/** A date a reader can answer with without knowing when the article appeared. */
function isAbsoluteDate(tokens: readonly Token[], first: number, last: number): boolean {
  let named = false;
  for (let i = first; i <= last; i++) {
    const word = tokens[i]!.text.toLowerCase();
    if (RELATIVE_DATES.has(word)) return false;
    if (isDateWord(word) || /^\d{4}$/.test(word)) named = true;
  }
  return named;
}

/** The numeric phrases: dates, years, counts of a noun, money, percentages. */
function numericPhrases(tokens: readonly Token[], entities: readonly NumericEntity[]): Phrase[] {
  const phrases: Phrase[] = [];
  for (const entity of entities) {
    let { first, last } = entity;
    const text = () => spanText(tokens, first, last);
    if (entity.type === 'DATE') {
      if (!isAbsoluteDate(tokens, first, last)) continue;
      // "the end of 2023": the swappable, askable part is the date itself.
      while (first < last && !isDateWord(tokens[first]!.text.toLowerCase()) && !/^\d/.test(tokens[first]!.text))
        first++;
      if (first === last && /^\d{4}$/.test(tokens[first]!.text)) {
        phrases.push({ kind: 'year', first, last, text: text(), value: Number(tokens[first]!.text) });
      } else phrases.push({ kind: 'date', first, last, text: text() });
    } else if (entity.type === 'MONEY') {
      // "$180bn": the model may leave the scale out of the amount, and "$180" is not what was lost.
      while (last + 1 < tokens.length && SCALE.test(tokens[last + 1]!.text)) last += 1;
      phrases.push({ kind: 'money', first, last, text: text(), ...valueOf(text()) });
    } else if (entity.type === 'PERCENT') {
      phrases.push({ kind: 'percent', first, last, text: text(), ...valueOf(text()) });
    } else if (entity.type === 'DURATION') {
      const duration = durationCount(tokens, first, last);
      if (duration) phrases.push(duration);
    } else if (entity.type === 'CARDINAL') {
      // "£45,000": the model calls it a count; the currency sign before it makes it money.
      if (first > 0 && CURRENCY.test(tokens[first - 1]!.text)) {
        first -= 1;
        while (last + 1 < tokens.length && SCALE.test(tokens[last + 1]!.text)) last += 1;
        phrases.push({ kind: 'money', first, last, text: text(), ...valueOf(text()) });
        continue;
      }
      // "Route 9", "Terminal 5": a number after a name is part of the name.
      if (first > 0 && /^[A-Z]/.test(tokens[first - 1]!.text) && tokens[first - 1]!.pos === 'PROPN') continue;
      const noun = countedNoun(tokens, last + 1);
      // "one way or another", "one of the": "one" is rarely a count worth asking.
      if (noun && !/^(one|1|a|an)$/i.test(tokens[last]!.text))
        phrases.push({ kind: 'count', first, last, text: text(), noun, ...valueOf(text()) });
    }
  }
  return phrases;
}

const TIME_UNIT = /^(years|months|weeks|days|hours|minutes)$/i;
/** "the past five years", "the next 10 years": a span that dates the sentence, not a fact of it. */
const SPAN_OF_NOW = /^(past|last|final|next|previous|coming|recent|first|opening|few|several)$/i;

/**
 * "a sentence of 85 years", "expected to last two months": a length of time is a count of its
 * unit, asked as "how many years". Only a number of whole units: "ten years ago" is a date, "a
 * three-year deal" describes the deal.
 */
function durationCount(tokens: readonly Token[], first: number, last: number): Phrase | undefined {
  const unit = tokens[last]!;
  if (last === first || !TIME_UNIT.test(unit.text) || unit.pos !== 'NOUN') return undefined;
  if (/^(ago|old|later|earlier)$/i.test(tokens[last + 1]?.text ?? '')) return undefined;
  if (SPAN_OF_NOW.test(tokens[first - 1]?.text ?? '')) return undefined;
  const number = spanText(tokens, first, last - 1);
  const value = numericValue(number);
  if (value === undefined || value <= 1) return undefined;
  return { kind: 'count', first, last: last - 1, text: number, noun: { first: last, last, text: unit.text }, value };
}

const valueOf = (text: string): { value?: number } => {
  const value = numericValue(text);
  return value === undefined ? {} : { value };
};

/** The noun right after a number: "eight people", "12 European countries". */
function countedNoun(tokens: readonly Token[], from: number): Phrase['noun'] | undefined {
  let i = from;
  while (i < tokens.length && tokens[i]!.pos === 'ADJ' && i - from < 2) i++;
  let last = -1;
  while (i < tokens.length && tokens[i]!.pos === 'NOUN') last = i++;
  if (last < 0) return undefined;
  return { first: from, last, text: spanText(tokens, from, last) };
}

/** Runs of proper nouns ("University of Westhaven" included), outside dates, typed by their context. */
function namePhrases(tokens: readonly Token[], inDate: Uint8Array, book: NameBook): Phrase[] {
  const phrases: Phrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.pos !== 'PROPN' || inDate[i]) continue;
    // "New York Times": a capitalised word right before a name (not opening the sentence, where
    // every word is capitalised) is part of it, whatever the tagger called it.
    let start = i;
    while (start > 1 && /^[A-Z][a-z]+$/.test(tokens[start - 1]!.text) && /ADJ|NOUN/.test(tokens[start - 1]!.pos))
      start--;
    let last = i;
    while (last + 1 < tokens.length && !inDate[last + 1] && continuesName(tokens, last)) last++;
    const phrase = typeName(tokens, start, last, book);
    if (phrase) phrases.push(phrase);
    i = last;
  }
  return phrases;
}

const isCapitalised = (token: Token | undefined) =>
  token !== undefined && /^[A-Z][\p{L}'’.-]*$/u.test(token.text) && /PROPN|NOUN|ADJ/.test(token.pos);

/**
 * Whether the name that reaches `last` goes on: with another proper noun, a capitalised word
 * before one ("Alderton School District"), or "of"/"for" after an organisation's word
 * ("Institute for Public Policy", "Association of Freight Shippers").
 */
function continuesName(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1]!;
  if (next.pos === 'PROPN') return true;
  if (isCapitalised(next) && tokens[last + 2]?.pos === 'PROPN') return true;
  return (
    (next.text === 'of' || next.text === 'for') &&
    isCapitalised(tokens[last + 2]) &&
    ORGANISATION_WORDS.has(tokens[last]!.text.toLowerCase())
  );
}

/** Words that end the names of places, not of people: "Copper Gulch Road said" is a slip. */
const PLACE_WORDS = new Set([
  'road',
  'street',
  'avenue',
  'lane',
  'river',
  'lake',
  'mountain',
  'mount',
  'county',
  'valley',
  'crater',
  'island',
  'islands',
  'bridge',
  'park',
  'stadium',
  'square',
  'hill',
  'hills',
  'gulch',
  'creek',
  'bay',
  'coast',
  'sea',
  'ocean',
  'boulevard',
  'route',
  'highway',
  'station',
  'airport',
  'harbour',
  'harbor',
  'forest',
  'desert',
  'canyon',
  'city',
  'town',
  'village',
  'province',
  'state',
  'region',
  'district',
]);

function typeName(tokens: readonly Token[], first: number, last: number, book: NameBook): Phrase | undefined {
  // A title inside the run is not part of the name: "Housing Minister Katarina Holm"; a run of
  // titles alone ("Director General") names nobody.
  let nameFirst = first;
  for (let i = first; i < last; i++) {
    const word = tokens[i]!.text.toLowerCase();
    // "Writer Dudley Nichols" opening a sentence: the role is capitalised only by its place.
    if (PERSON_TITLES.has(word) || (i === 0 && ROLE_NOUNS.has(word))) nameFirst = i + 1;
  }
  if (PERSON_TITLES.has(tokens[last]!.text.toLowerCase())) return undefined;
  // "Theresa May": the model read "May" as a month; "Abu Muhammad al-Adnani": the name goes on
  // in lower case. Half a name is no answer.
  const next = tokens[last + 1];
  if (
    next &&
    /^[A-Z][a-z]|^(al|el|bin|ibn|van|von|de|da|di|du|der|den|le|la)\b/.test(next.text) &&
    next.start === tokens[last]!.end + 1
  )
    return undefined;
  const text = spanText(tokens, nameFirst, last);
  const words = text.split(' ');
  const before = tokens[first - 1]?.text.toLowerCase() ?? '';
  const after = tokens[last + 1]?.text.toLowerCase() ?? '';
  const known = book.kinds.get(text) ?? book.kinds.get(words.at(-1)!);
  if (
    words.length > 1 &&
    PLACE_WORDS.has(words.at(-1)!.toLowerCase()) &&
    !words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))
  ) {
    return { kind: 'place', first: nameFirst, last, text, strong: true };
  }
  let kind: Phrase['kind'] | undefined;
  let strong = true;
  // "Police", "Parliament" alone: a word for any such body, not a name to offer or ask for.
  if (words.length === 1 && ORGANISATION_WORDS.has(text.toLowerCase())) return undefined;
  if (words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))) kind = 'organisation';
  else if (nameFirst > first || PERSON_TITLES.has(before) || isAgeAfter(tokens, last)) kind = 'person';
  else if (known) {
    kind = known;
    strong = kind === 'place' || book.strong.has(text) || book.strong.has(words.at(-1)!);
  } else if (SPEECH_VERBS.has(after) && words.length >= 2) {
    kind = 'person';
    strong = false;
  } else if (isRoleBefore(tokens, first) || hasRoleAfter(tokens, last)) kind = 'person';
  else if (PLACE_PREPOSITIONS.has(before) && !book.settled) kind = 'place';
  else kind = book.names.kindOf(text);
  if (!kind) return undefined;
  return { kind, first: nameFirst, last, text, strong };
}

/** "actress Negar Khan", "chief executive Bernie Ebbers": a person's role, in lower case, before the name. */
const isRoleBefore = (tokens: readonly Token[], first: number): boolean =>
  ROLE_NOUNS.has(tokens[first - 1]?.text ?? '') || PERSON_TITLES.has(tokens[first - 1]?.text ?? '');

/** "Bipin Bihari, deputy police chief in Bombay,": a role set off by commas after the name. */
function hasRoleAfter(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  for (let i = last + 2; i < Math.min(tokens.length, last + 8); i++) {
    const word = tokens[i]!.text;
    if (word === ',' || tokens[i]!.pos === 'VERB') return false;
    if (ROLE_NOUNS.has(word) || (PERSON_TITLES.has(word) && /^\p{Ll}/u.test(word))) return true;
  }
  return false;
}

/** "Khalid Masood, 52," */
const isAgeAfter = (tokens: readonly Token[], last: number): boolean =>
  tokens[last + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',';

/** Every typed phrase of a sentence, in order of position. */
export function findPhrases(tokens: readonly Token[], entities: readonly NumericEntity[], book: NameBook): Phrase[] {
  const inDate = new Uint8Array(tokens.length);
  for (const e of entities)
    if (e.type === 'DATE' || e.type === 'TIME') for (let i = e.first; i <= e.last; i++) inDate[i] = 1;
  return [...numericPhrases(tokens, entities), ...namePhrases(tokens, inDate, book)].sort((a, b) => a.first - b.first);
}

const MORE = /\b(more than|over|at least|above|exceeding|upwards of|in excess of)\s*$/i;
const LESS = /\b(less than|fewer than|under|below|up to|at most|no more than)\s*$/i;

/**
 * "more than 1,100 residents": any smaller number would be true as well, so the wrong answers of
 * a number after "more than" must be larger, and after "less than" smaller.
 */
export function comparison(quote: string, tokens: readonly Token[], phrase: Phrase): 'above' | 'below' | undefined {
  const number = tokens.findIndex(
    (t, i) =>
      i >= phrase.first &&
      i <= phrase.last &&
      /\d|^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(t.text),
  );
  const before = quote
    .slice(
      Math.max(0, tokens[number < 0 ? phrase.first : number]!.start - 24),
      tokens[number < 0 ? phrase.first : number]!.start,
    )
    .replace(/[$£€¥]$/, '');
  if (/\b(no more than)\s*$/i.test(before)) return 'below';
  if (MORE.test(before)) return 'above';
  if (LESS.test(before)) return 'below';
  return undefined;
}

/**
 * True when a phrase is a whole name or number, not part of one: "Union" in "Estmark Renters'
 * Union" is not something to blank or swap.
 */
export function standsAlone(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (after && after.pos === 'PROPN' && tokens[last]!.pos === 'PROPN') return false;
  // A title before a name is not more of the name: "Coach Pieter Vos" is Pieter Vos.
  const titled = before !== undefined && PERSON_TITLES.has(before.text.toLowerCase());
  if (!titled && before?.pos === 'PROPN' && tokens[first]!.pos === 'PROPN') return false;
  if (!titled && before && first - 1 > 0 && /^[A-Z][a-z]/.test(before.text) && tokens[first]!.pos === 'PROPN')
    return false;
  // "Hereford and Worcester Fire and Rescue Service": "Rescue Service" is the end of a longer name.
  if (
    (before?.text === 'and' || before?.text === '&') &&
    tokens[first - 2]?.pos === 'PROPN' &&
    ORGANISATION_WORDS.has(tokens[last]!.text.toLowerCase())
  )
    return false;
  if (
    before &&
    before.pos === 'PART' &&
    tokens[first - 2]?.pos === 'PROPN' &&
    tokens[first]!.pos === 'PROPN' &&
    before.text !== "'s" &&
    before.text !== '’s'
  )
    return false;
  if (before && tokens[first]!.start === before.end && /[\w-]$/.test(before.text)) return false;
  if (after && after.start === tokens[last]!.end && /^[\w-]/.test(after.text)) return false;
  if (before?.text === 'of' && tokens[first - 2]?.pos === 'PROPN') return false;
  // "Route 9": the number is part of the name.
  if (after?.pos === 'NUM' && after.start === tokens[last]!.end + 1) return false;
  // "The London attack": a name used as a modifier is not the answer to anything.
  if (tokens[last]!.pos === 'PROPN' && after?.pos === 'NOUN') return false;
  return true;
}

/** Learns names from phrases typed by strong evidence, so later bare surnames are typed too. */
export function learnNames(phrases: readonly Phrase[], book: NameBook): void {
  for (const phrase of phrases) {
    if (phrase.kind !== 'person' && phrase.kind !== 'organisation' && phrase.kind !== 'place') continue;
    if (phrase.kind === 'place') {
      const votes = (book.placeVotes.get(phrase.text) ?? 0) + 1;
      book.placeVotes.set(phrase.text, votes);
      if (votes >= PLACE_VOTES_NEEDED && !book.kinds.has(phrase.text)) book.kinds.set(phrase.text, 'place');
      continue;
    }
    // A person or organisation overrides a place: that evidence is stronger.
    if (!book.kinds.has(phrase.text) || book.kinds.get(phrase.text) === 'place')
      book.kinds.set(phrase.text, phrase.kind);
    const surname = phrase.text.split(' ').at(-1)!;
    if (phrase.strong) {
      book.strong.add(phrase.text);
      if (phrase.kind === 'person') book.strong.add(surname);
    }
    if (phrase.kind === 'person' && phrase.text.includes(' ') && !book.kinds.has(surname))
      book.kinds.set(surname, 'person');
  }
}
