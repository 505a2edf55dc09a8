import type { WorkingSentence } from './sentences.js';
import { UNRESOLVED_PRONOUNS } from './english/words.js';

const wordCount = (quote: string) => quote.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
/** The first word, lower-cased unless it is an acronym: "US interest rates" opens with no "us". */
const firstWord = (quote: string) => {
  const word = /^[^\p{L}\p{N}]*([\p{L}\p{N}']+)/u.exec(quote)?.[1] ?? '';
  return /^\p{Lu}{2,}$/u.test(word) ? word : word.toLowerCase();
};
/**
 * A quotation of five words or more: speech. Fewer are a phrase held at arm's length ("not French
 * enough"), which a statement may keep.
 */
const QUOTATION = /["“][^"“”]*["”]|(?:^|\s)‘[^‘’]*’/gu;
const quotesSpeech = (quote: string) =>
  (quote.match(QUOTATION) ?? []).some((q) => q.split(/\s+/).length >= 5) || /["“”]/.test(quote.replace(QUOTATION, ''));
/** "Others stayed with relatives", "Half received a dose": of whom, the sentence before said. */
const OPENS_WITHOUT_SUBJECT = new Set([
  'others',
  'half',
  'some',
  'many',
  'most',
  'few',
  'several',
  'all',
  'both',
  'each',
  'none',
  'another',
  'one',
  'such',
  'either',
  'neither',
]);
const PERSONAL = /(^|[^\p{L}'’])(I|we|We|us|our|Our|my|My|me|you|You|your|Your)(?![\p{L}'’])/u;

/**
 * Sentences no question should be made from, and why (reported by `generate --report`). These are
 * judged on the text alone, before the NLP library reads anything: a sentence passed over here
 * costs nothing. Captions, bylines and other non-citable lines never get this far.
 */
export const SENTENCE_REJECTIONS = [
  { reason: 'quoted speech', test: quotesSpeech },
  { reason: 'opens with a pronoun', test: (quote: string) => UNRESOLVED_PRONOUNS.has(firstWord(quote)) },
  { reason: 'first or second person', test: (quote: string) => PERSONAL.test(quote) },
  { reason: 'not a statement', test: (quote: string) => !/[^.]\.$/.test(quote) },
  // "...responsibility, too. for a Tunisian man...": two sentences run together, or one cut.
  { reason: 'broken sentence', test: (quote: string) => /\p{Ll}\. \p{Ll}/u.test(quote) },
  // "ask for an option on the England midfield man ...": the rest of a sentence a line break cut.
  { reason: 'broken sentence', test: (quote: string) => /^\p{Ll}/u.test(quote) },
  // "$110,00", "3.817.69": a figure mistyped in the source would be copied into a question or key.
  { reason: 'mistyped figure', test: (quote: string) => /\d,\d{1,2}(?!\d)|\d\.\d+\.\d/.test(quote) },
  { reason: 'too short', test: (quote: string) => wordCount(quote) < 6 },
  { reason: 'too long', test: (quote: string) => wordCount(quote) > 45 },
] as const;

/** Why a sentence is passed over before it is analysed, or undefined when it may be analysed. */
export function screenText(quote: string): string | undefined {
  return SENTENCE_REJECTIONS.find((rule) => rule.test(quote))?.reason;
}

/**
 * Why an analysed sentence is passed over: one the tagger finds no verb in is a fragment, and one
 * that opens with a bare quantity ("Others stayed", "Half of them received") has lost its subject
 * to the sentence before.
 */
export function screenAnalysed(s: WorkingSentence): string | undefined {
  if (!s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return 'no verb';
  const [first, second] = s.tokens;
  if (
    first &&
    second &&
    OPENS_WITHOUT_SUBJECT.has(first.text.toLowerCase()) &&
    (second.pos === 'VERB' || second.pos === 'AUX' || second.text === 'of' || second.pos === 'PUNCT')
  ) {
    return 'opens without its subject';
  }
  return undefined;
}
