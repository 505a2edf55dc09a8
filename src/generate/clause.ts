import type { Token } from './nlp.js';
import type { WorkingSentence } from './sentences.js';
import { UNRESOLVED_PRONOUNS } from './english/words.js';

/** Token indices of a sentence that a question keeps, in order. */
export type Kept = readonly number[];

const NO_SPACE_BEFORE = /^([,.;:!?%)\]]|'s|'|’s|’|n't|n’t)$/;

/** Joins kept tokens as the sentence spaced them; across a dropped stretch, by the usual rules. */
export function render(tokens: readonly Token[], kept: Kept): string {
  let text = '';
  for (const [n, i] of kept.entries()) {
    const token = tokens[i]!;
    if (n > 0) {
      const previous = kept[n - 1]!;
      const spaced = previous === i - 1 ? token.start > tokens[previous]!.end : !NO_SPACE_BEFORE.test(token.text);
      if (spaced) text += ' ';
    }
    text += token.text;
  }
  return text;
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

const isClauseOpener = (token: Token) => token.pos === 'ADP' || token.pos === 'SCONJ' || token.pos === 'ADV';

/**
 * The sentence with what a question does not need taken out: parentheses, an opening adverbial
 * ("On Tuesday, ...", "However, ..."), appositives between subject and verb ("Jane Hall, 41,
 * said") and a closing attribution (", police said."). Returns the kept token indices and the
 * index where the main clause begins.
 */
export function simplify(tokens: readonly Token[]): Simplified {
  let found = simplified.get(tokens);
  if (!found) simplified.set(tokens, (found = simplifyOnce(tokens)));
  return found;
}

type Simplified = { kept: Kept; opener?: { first: number; last: number } };
/** Each sentence is simplified once, though drafting and checking both ask. */
const simplified = new WeakMap<readonly Token[], Simplified>();

function simplifyOnce(tokens: readonly Token[]): Simplified {
  const drop = new Uint8Array(tokens.length);
  let depth = 0;
  for (const [i, token] of tokens.entries()) {
    if (token.text === '(') depth++;
    if (depth > 0) drop[i] = 1;
    if (token.text === ')' && depth > 0) depth--;
  }
  const dash = tokens.findIndex((t, i) => i < 8 && /^[—–]|--$/.test(t.text));
  if (dash > 0 && tokens.slice(0, dash).every((t) => t.pos === 'PROPN' || t.pos === 'PUNCT' || t.pos === 'NUM')) {
    for (let i = 0; i <= dash; i++) drop[i] = 1;
  }
  // "— $30 in cash and $15 in stock": an aside between dashes, or after one to the end.
  for (let i = dash + 1; i < tokens.length; i++) {
    if (!/^[—–]$/.test(tokens[i]!.text) || drop[i]) continue;
    const close = tokens.findIndex((t, j) => j > i && /^[—–]$/.test(t.text));
    const end = close > 0 ? close : tokens.length - 2;
    for (let j = i; j <= end; j++) drop[j] = 1;
    i = end;
  }
  let opener: { first: number; last: number } | undefined;
  if (tokens[0] && isClauseOpener(tokens[0])) {
    const comma = tokens.findIndex((t, i) => t.text === ',' && i <= 12);
    if (comma > 0) {
      opener = { first: 0, last: comma - 1 };
      for (let i = 0; i <= comma; i++) drop[i] = 1;
    }
  }
  // Appositive: ", ... ," right after a noun, holding no verb, followed by the verb it interrupts.
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== ',' || drop[i] || !/NOUN|PROPN/.test(tokens[i - 1]!.pos)) continue;
    const close = tokens.findIndex((t, j) => j > i && j - i <= 10 && t.text === ',');
    if (close < 0) continue;
    const inner = tokens.slice(i + 1, close);
    const next = tokens[close + 1];
    if (
      inner.length > 0 &&
      !inner.some((t) => t.pos === 'VERB' || t.pos === 'AUX') &&
      next &&
      (next.pos === 'VERB' || next.pos === 'AUX')
    ) {
      for (let j = i; j <= close; j++) drop[j] = 1;
      i = close;
    }
  }
  // Closing attribution: ", police said." / ", said Dr Hall." / ", according to the council."
  const end = tokens.length - 1;
  for (let i = end - 1; i > 0 && end - i <= 8; i--) {
    if (tokens[i]!.text !== ',') continue;
    const tail = tokens.slice(i + 1, end);
    if (tail.some((t) => /^(said|says|told|added|according|reported|reports|show|shows|showed)$/.test(t.text)))
      for (let j = i; j < end; j++) drop[j] = 1;
    break;
  }
  return { kept: range(0, tokens.length).filter((i) => !drop[i]), ...(opener ? { opener } : {}) };
}

/** Where the main clause's subject ends and its verb begins, in kept positions. */
export function findVerb(tokens: readonly Token[], kept: Kept): number {
  return kept.findIndex((i) => tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX');
}

const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** A subject that can follow "did": a short noun phrase with no pronoun, comma or clause. */
export function isPlainSubject(tokens: readonly Token[], subject: Kept): boolean {
  if (subject.length === 0 || subject.length > 7) return false;
  return (
    subject.every(
      (i) =>
        NP_TAGS.has(tokens[i]!.pos) &&
        !UNRESOLVED_PRONOUNS.has(tokens[i]!.text.toLowerCase()) &&
        // A particle only as a possessive ("the council's"): "The vote to close" is no noun phrase.
        (tokens[i]!.pos !== 'PART' || /^['’]s?$/.test(tokens[i]!.text)),
    ) && subject.some((i) => tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN')
  );
}

/** The "do" that a question on a simple-tense verb needs: "killed" → did, "says" → does. */
export function doSupport(verb: Token): 'did' | 'does' | 'do' | undefined {
  const text = verb.text.toLowerCase();
  const lemma = verb.lemma.toLowerCase();
  if (text.endsWith('ing')) return undefined;
  if (text === lemma) return 'do';
  if (text === `${lemma}s` || text === `${lemma}es` || (lemma.endsWith('y') && text === `${lemma.slice(0, -1)}ies`))
    return 'does';
  return 'did';
}

/**
 * Words before a name or a title that are no part of it: an article ("The Mac mini", "The Alderton
 * School District") or a word that says when or how high ("Former Worldcom boss", "Senior WorldCom
 * executives"). Lower case inside a sentence, whatever the tagger calls them.
 */
const beforeAName = (word: string) =>
  /^(The|A|An)$/.test(word) || /^(former|then|late|acting|outgoing|senior|ex)$/i.test(word);

/**
 * Lower-cases a sentence's first word when it moves inside a question ("The council" → "the
 * council"). The tagger calls many a capitalised first word a proper noun ("Prosecutors said",
 * "Classes were suspended"): one that is no typed name and that the bank never capitalises inside
 * a sentence is not one.
 */
export function lowerFirst(s: WorkingSentence, text: string, first: number): string {
  const token = s.tokens[first];
  if (!token || /^[A-Z]{2,}/.test(token.text)) return text;
  if (beforeAName(token.text)) return text.charAt(0).toLowerCase() + text.slice(1);
  if (token.pos === 'PROPN') {
    const named = s.phrases.some((p) => p.first <= first && first <= p.last);
    if (named || s.namesInText.has(token.text)) return text;
  }
  // "Business Secretary Patricia Hewitt": a capital before a name is part of its title.
  const next = s.tokens[first + 1];
  if (next && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text) && /^\p{Lu}/u.test(token.text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Strips the sentence's closing stop and any dangling comma before it. */
export function withoutStop(tokens: readonly Token[], kept: Kept): number[] {
  const out = [...kept];
  while (out.length > 0 && /^[.!?,;:]$/.test(tokens[out.at(-1)!]!.text)) out.pop();
  return out;
}

/**
 * Lower-cases the first word of a restated sentence that no longer opens it ("According to police,
 * the attacker ..."), keeping any the tagger calls a proper noun: "Southcorp" matters more than
 * the odd capitalised common noun.
 */
export function lowerOpening(s: WorkingSentence, text: string, first: number): string {
  const token = s.tokens[first];
  const next = s.tokens[first + 1];
  if (token && beforeAName(token.text)) return text.charAt(0).toLowerCase() + text.slice(1);
  // "Minister Patricia Hewitt": a capital before a name is part of its title.
  if (next?.pos === 'PROPN' && /^\p{Lu}/u.test(next.text)) return text;
  if (token && s.wordsInText.has(token.text.toLowerCase())) return text.charAt(0).toLowerCase() + text.slice(1);
  return token?.pos === 'PROPN' ? text : lowerFirst(s, text, first);
}

/** The first token a restated sentence keeps: past its lead and any opening adverbial. */
export const firstKept = (s: WorkingSentence): number =>
  simplify(s.tokens).kept.find((i) => s.tokens[i]!.start >= s.lead) ?? 0;
