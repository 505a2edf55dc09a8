import { isCalendarWord, REFERENT_NOUNS, UNRESOLVED_PRONOUNS } from './english/words.js';
import { findVerb, simplify } from './clause.js';
import type { Phrase } from './phrases.js';
import type { WorkingSentence } from './sentences.js';

// Whether words taken from a sentence still make sense without the sentence before it: "he", "the
// group", "that year" and "these figures" need what the article said earlier.

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
/** "that year", "the same day": a time the sentence before named. */
const TIME_REFERENCE =
  /\b(that|the same|the following|the previous|the next|the latter|the former|that very) (year|month|week|day|night|morning|afternoon|evening|season|time|period|decade)\b/i;

/** A proper noun within a few words after `offset`: "the move by General Motors". */
const namedSoon = (text: string, offset: number, names: readonly number[]) =>
  names.some((at) => at > offset && text.slice(offset, at).split(' ').length <= 5);

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

/**
 * True when `text` (words of `sentence`, maybe rearranged) holds a pronoun, a demonstrative, a
 * definite "the group" or a time like "that year" with nothing before it that it could refer to.
 * `placeholder` is where a "Who" or a blank stands for a name, which "he" may refer to.
 */
export function leansOnContext(text: string, sentence: WorkingSentence, placeholder = Infinity): boolean {
  if (TIME_REFERENCE.test(text)) return true;
  const at = (kinds: readonly string[]) =>
    sentence.phrases
      .filter((p) => kinds.includes(p.kind))
      .map((p) => text.indexOf(p.text))
      .filter((i) => i >= 0);
  const firstName = Math.min(placeholder, ...at(['person', 'organisation']));
  // "the club", "the district": only a name in the text says which one ("Who" does not). Any
  // proper noun counts, typed or not: "Linda Marsh, who runs the café by the bridge".
  const properNouns = sentence.tokens
    .filter((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text) && !isCalendarWord(t.text))
    .map((t) => text.indexOf(t.text))
    .filter((i) => i >= 0);
  const firstRealName = Math.min(...at(['person', 'organisation', 'place']), ...properNouns);
  const firstPerson = Math.min(placeholder, ...at(['person']));
  const nouns = sentence.tokens
    .filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
    .map((t) => text.indexOf(t.text))
    .filter((i) => i >= 0);
  const firstNoun = Math.min(firstName, ...nouns);
  // "that money", "these figures": which, the sentence before said.
  const tokens = sentence.tokens;
  for (const [i, t] of tokens.entries()) {
    const next = tokens[i + 1];
    if (t.pos !== 'DET' || !/^(this|that|these|those)$/i.test(t.text) || !next || !/NOUN|ADJ/.test(next.pos)) continue;
    const found = text.indexOf(`${t.text} ${next.text}`);
    if (found >= 0 && firstRealName >= found) return true;
  }
  const lower = text.toLowerCase();
  const words = wordsOf(text);
  let offset = 0;
  for (const [i, word] of words.entries()) {
    offset = lower.indexOf(word, offset);
    // "US" is a country, not "us".
    if (/^\p{Lu}{2,}$/u.test(text.slice(offset, offset + word.length))) {
      offset += word.length;
      continue;
    }
    // "this attack", "those three attacks": which one, the reader of a quiz cannot tell.
    if (/^(this|these|those)$/.test(word) && firstName >= offset) return true;
    if (UNRESOLVED_PRONOUNS.has(word) && word !== 'there') {
      if ((PERSONAL.has(word) ? firstPerson : firstNoun) >= offset) return true;
    }
    // "the group", "the extremist group"; "the move by GM" says which.
    const referent = REFERENT_NOUNS.has(words[i + 1] ?? '') || REFERENT_NOUNS.has(words[i + 2] ?? '');
    if (word === 'the' && referent && firstRealName >= offset && !namedSoon(text, offset, properNouns)) return true;
    offset += word.length;
  }
  return false;
}

/**
 * "Mr Ebbers rejected the allegations", "the new proposals would cost more": a proposal, a case or
 * a step the sentence names only as "the ...", with nothing after it to say which. In a question
 * on one sentence, the reader cannot tell which one the article means.
 */
const UNSAID_WHICH =
  /\bthe (?:new |latest |next |proposed |planned |same )?(allegations|proposals?|plans?|case|move|step|deal|decision|scheme|claims|charges|talks|changes|measures|bill)\b(?! (?:of|that|against|over|about|to|for|by|from|with|on|in)\b)/i;

/** Whether a statement leaves a "the proposals" or "the next step" for the sentences before to say. */
export const leavesWhichUnsaid = (text: string): boolean => UNSAID_WHICH.test(text);

/**
 * "The instrument also picked up...": a subject that names nothing ("the instrument", "the team")
 * leaves the reader to guess which. True when the main clause's subject holds a name, a number,
 * or the `blank` a question takes out of it, or, where the question keeps it, an opening phrase
 * names where or whose it is ("In Sri Lanka, some economists have said ...").
 */
export function subjectNames(
  sentence: WorkingSentence,
  blank?: Phrase,
  /** Whether the question keeps the sentence's opening phrase: a restated statement drops it. */
  keepsOpening = false,
): boolean {
  const { tokens } = sentence;
  const { kept, opener } = simplify(tokens);
  const verb = findVerb(tokens, kept);
  if (verb <= 0) return true;
  const subject = kept.slice(0, verb);
  // The opening names what the subject leaves open only where the blank is not in it and the
  // subject is no pronoun ("In the Labour Party he ..." leaves "he" to the sentences before).
  const openingNames = (i: number) =>
    tokens[i]!.pos === 'PROPN' && !isCalendarWord(tokens[i]!.text) && !(blank && i >= blank.first && i <= blank.last);
  if (keepsOpening && opener && !subject.some((i) => tokens[i]!.pos === 'PRON')) {
    for (let i = opener.first; i <= opener.last; i++) if (openingNames(i)) return true;
  }
  return subject.some(
    (i) =>
      tokens[i]!.pos === 'PROPN' ||
      tokens[i]!.pos === 'NUM' ||
      (blank !== undefined && i >= blank.first && i <= blank.last),
  );
}

/** A sentence's opening pronoun and the name it stands for, found in the sentence before. */
export interface Referent {
  /** The pronoun as it stands: "He", "Its". */
  readonly pronoun: string;
  /** What replaces it: "Mr Blunkett", "Delta's". */
  readonly name: string;
  /** The sentence that names it, cited beside the one that leans on it. */
  readonly sentence: WorkingSentence;
}

const OPENING_PRONOUNS: Readonly<Record<string, { kind: 'person' | 'organisation'; possessive: boolean }>> = {
  He: { kind: 'person', possessive: false },
  She: { kind: 'person', possessive: false },
  His: { kind: 'person', possessive: true },
  Her: { kind: 'person', possessive: true },
  It: { kind: 'organisation', possessive: false },
  Its: { kind: 'organisation', possessive: true },
};

/**
 * "He told refugees ..." after "Mr Blunkett's own comments ...": the opening pronoun of a sentence
 * resolved from the sentence before, when that sentence names exactly one person (for he, she,
 * his, her) or opens with exactly one organisation (for it, its). Anything less sure is undefined.
 */
export function resolveOpening(s: WorkingSentence, before: WorkingSentence | undefined): Referent | undefined {
  const first = s.tokens[0];
  const rule = first && OPENING_PRONOUNS[first.text];
  if (!rule || !before || before.paragraph !== s.paragraph || before.unfit === 'opens with a pronoun') return undefined;
  const named = before.phrases.filter((p) => p.kind === rule.kind && p.strong !== false);
  const people = new Set(named.map((p) => p.text.split(' ').at(-1)));
  if (people.size !== 1) return undefined;
  // "It" must be the organisation the sentence before was about: its subject, not any name in it.
  if (rule.kind === 'organisation' && named[0]!.first > 2) return undefined;
  const name = named.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
  return { pronoun: first.text, name: rule.possessive ? `${name}'s` : name, sentence: before };
}
