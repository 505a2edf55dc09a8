import { normalizeAnswer } from '../../bank/index.js';
import { RELATIVE_DATES, WEEKDAYS } from '../english/words.js';
import type { WorkingSentence } from '../sentences.js';
import type { BankMaterial } from './kind.js';

// What the reports of one story share: the comparison kinds (both-report, article-adds) ask which
// report says what, and must not call a fact one report's alone when another may say it too.

const numbersIn = (s: WorkingSentence) => new Set(s.tokens.filter((t) => /^\d/.test(t.text)).map((t) => t.text));

/**
 * Whether an article may say what `s` says in words the echoes did not catch: one of its
 * sentences holds every number of `s`, or half of what `s` names. A sentence that names and
 * counts nothing may be said in any words: it is taken as said.
 */
export function maySayIt(s: WorkingSentence, article: string, bank: BankMaterial): boolean {
  const numbers = numbersIn(s);
  const sentences = bank.sentencesOf.get(article) ?? [];
  if (numbers.size > 0 && sentences.some((o) => [...numbers].every((n) => numbersIn(o).has(n)))) return true;
  const named = s.phrases.filter((p) => p.kind !== 'date' && p.value === undefined);
  if (named.length === 0) return numbers.size === 0;
  const hits = new Map<WorkingSentence, number>();
  for (const p of named) {
    for (const other of bank.index.sentencesWith.get(normalizeAnswer(p.text)) ?? []) {
      if (other.article === article) hits.set(other, (hits.get(other) ?? 0) + 1);
    }
  }
  return [...hits.values()].some((n) => n * 2 >= named.length);
}

/** The words of a statement that date it from the day it was written: "last week", "Monday". */
export const timeWordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => RELATIVE_DATES.has(w) || WEEKDAYS.includes(w));

/** The other articles of a story that still have sentences to ask about (a reprint has none). */
export const storyOf = (article: string, bank: BankMaterial): string[] =>
  [...bank.sameStory.get(article)!.keys()].filter((id) => (bank.sentencesOf.get(id)?.length ?? 0) > 0);

/** The share of a fact's words that another report's sentence holds when it says part of it. */
const PART_OF_A_FACT = 0.3;

/** What a sentence says, in its words that are no names: a name alone may well be in both reports. */
function saidWords(s: WorkingSentence): ReadonlySet<string> {
  let words = said.get(s);
  if (!words) {
    words = new Set(
      s.tokens
        .filter((t) => /^(NOUN|VERB|ADJ|NUM)$/.test(t.pos) && t.lemma.length > 2)
        .map((t) => t.lemma.toLowerCase()),
    );
    said.set(s, words);
  }
  return words;
}
// Every report's sentences are weighed against every other report's facts: each is read once.
const said = new WeakMap<WorkingSentence, ReadonlySet<string>>();

/**
 * Whether a sentence of `article` says part of what `s` says: a third of its words that are no
 * names ("Mr Ebbers has denied all the charges, saying he was unaware of the fraud" beside "Mr
 * Ebber's lawyers have said he was unaware of the fraud"). A fact called one report's own must be
 * plainly absent from the others; where that is in doubt, no question.
 */
export function saysPartOf(s: WorkingSentence, article: string, bank: BankMaterial): boolean {
  const words = saidWords(s);
  return (bank.sentencesOf.get(article) ?? []).some((other) => {
    const theirs = saidWords(other);
    let shared = 0;
    for (const w of words) if (theirs.has(w)) shared++;
    return shared >= PART_OF_A_FACT * Math.min(words.size, theirs.size);
  });
}
