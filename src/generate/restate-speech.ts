import { render } from './clause.js';
import type { Token } from './nlp.js';
import { isNameWord } from './speakers.js';
import type { Speech, Span } from './speech.js';
import {
  FIRST_OR_SECOND_PERSON,
  PERSONAL_PRONOUNS,
  REPORTING_VERBS,
  THIRD_PERSON,
  VAGUE_NOUNS,
} from './english/speech.js';

// What someone said, put into words a question can use: the report's own predicate ("has always
// insisted that he was unaware ..."), a quotation restated as reported speech ("said that the
// numbers are good"), or the quotation as it stands. Each is refused where it would leave a
// reader without a referent, speak in someone else's "I", or cut a thought short.

/** The words of a span, parentheses left out ("(£5.17bn)" adds nothing to what was said). */
function keptOf(tokens: readonly Token[], span: Span): number[] {
  const kept: number[] = [];
  let depth = 0;
  for (let k = span.first; k <= span.last; k++) {
    const text = tokens[k]!.text;
    if (text === '(' || text === '[') depth++;
    if (depth === 0) kept.push(k);
    if ((text === ')' || text === ']') && depth > 0) depth--;
  }
  while (kept.length > 0 && /^[,.;:]$/.test(tokens[kept.at(-1)!]!.text)) kept.pop();
  return kept;
}

const wordCount = (tokens: readonly Token[], kept: readonly number[]) =>
  kept.filter((k) => /[\p{L}\p{N}]/u.test(tokens[k]!.text)).length;

/** Quote marks that pair up: a quotation cut mid-way leaves one open. */
function balanced(tokens: readonly Token[], kept: readonly number[]): boolean {
  let straight = 0;
  let curly = 0;
  for (const k of kept) {
    const text = tokens[k]!.text;
    if (text === '"') straight++;
    if (text === '“') curly++;
    if (text === '”') curly--;
  }
  return straight % 2 === 0 && curly === 0;
}

/** Text that marks a quotation as cut, joined or edited: "...", "[companies]", a question. */
const CUT = /\.\.\.|…|\[|\]|\?|!|\p{Ll}\. \p{Lu}/u;

/**
 * Whether token k may name someone whom "he" or "she" could mean: any capitalised name inside the
 * words ("Khan was being sent back ... from which she holds a passport") but a place's or a firm's
 * ("WorldCom", "IBM": no one's name is written so).
 */
const mayNameSomeone = (s: Speech, k: number) =>
  isNameWord(s.sentence.tokens, k) &&
  !/^[A-Z]{2,}$|\p{Ll}\p{Lu}/u.test(s.sentence.tokens[k]!.text) &&
  !s.sentence.phrases.some((p) => (p.kind === 'place' || p.kind === 'organisation') && p.first <= k && k <= p.last);

/**
 * Why reported words cannot stand in a question, or undefined. "he" and "his" are the speaker's
 * own where the words name no other person ("insisted that he was unaware"); "it" and "its" an
 * organisation's where they open its words ("said it would start producing the chip").
 */
function unsafe(s: Speech, kept: readonly number[]): string | undefined {
  const { tokens } = s.sentence;
  const text = render(tokens, kept);
  if (CUT.test(text)) return 'cut or edited';
  if (!balanced(tokens, kept)) return 'quotation cut mid-way';
  const names = kept.filter((k) => k > s.content.first && mayNameSomeone(s, k));
  for (const [n, k] of kept.entries()) {
    const t = tokens[k]!;
    const word = t.text.toLowerCase();
    if (FIRST_OR_SECOND_PERSON.has(word) && t.text !== 'US') return 'first or second person';
    if (word === 'let' && /^['’]s$/.test(tokens[k + 1]?.text ?? '')) return 'first or second person';
    // In a quotation "he" is never the speaker, who says "I".
    if (THIRD_PERSON.has(word)) {
      const own =
        s.form !== 'quote' &&
        ((PERSONAL_PRONOUNS.has(word) && s.speaker.kind === 'person' && names.length === 0) ||
          (s.speaker.kind === 'organisation' && n === 0 && /^(it|its)$/.test(word)));
      if (!own) return `"${t.text}" without its referent`;
    }
    if ((n === 0 && /^(that|this|such)$/i.test(word)) || demonstrative(tokens, k) || pointsAway(tokens, k))
      return `"${t.text}" without its referent`;
    // A quotation's "here" is where its speaker stood, which reported speech does not say.
    if (s.form !== 'clause' && s.form !== 'object' && word === 'here') return '"here" without its place';
    // "the move", "the plans": which, only the article says.
    const next = tokens[kept[n + 1] ?? -1];
    const after = tokens[kept[n + 2] ?? -1];
    if (
      word === 'the' &&
      next &&
      VAGUE_NOUNS.has(next.text.toLowerCase()) &&
      !/^(of|to|for|on|that|in|over|by)$/.test(after?.text ?? '')
    )
      return `"the ${next.text}" without saying which`;
  }
  return undefined;
}

/**
 * "do that now", "that trend": "that" pointing back, which the tagger often calls a conjunction.
 * Before a clause ("said that the ...") it is none.
 */
function demonstrative(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.text.toLowerCase() !== 'that') return false;
  const next = tokens[k + 1];
  return (
    !next ||
    next.pos === 'PUNCT' ||
    next.pos === 'ADV' ||
    next.pos === 'ADP' ||
    next.pos === 'AUX' ||
    tokens[k]!.pos === 'DET'
  );
}

/** Words that end a question's clause: no stop of their own ("$40m.", "necessary.\""). */
const tidy = (text: string) => text.replace(/(?<=[\p{Ll}\d]{2})[.,](?=["”]?$)/u, '');

/** "down there": a place only the sentence before names. "There is", "there were" point nowhere. */
const pointsAway = (tokens: readonly Token[], k: number) =>
  tokens[k]!.text.toLowerCase() === 'there' &&
  !/^(is|are|was|were|will|would|has|have|had|'s|’s|may|might|could|should|must|seems?)$/i.test(
    tokens[k + 1]?.text ?? '',
  );

/** A restated predicate or quotation, or why there is none. */
export type Restated = { readonly text: string } | { readonly reason: string };

/** The past form a question asks with: "warned", "admitted"; plain "said" for say, tell, add. */
export const askedVerb = (lemma: string) => REPORTING_VERBS.get(lemma) ?? 'said';

/**
 * "Mr Ebbers, 63, has always insisted that he was unaware ..." → "has always insisted that he was
 * unaware ...": what a "Who" question asks about, in the sentence's own words. "Who" takes "has".
 */
export function reportedPredicate(s: Speech): Restated {
  if (!s.predicate) return { reason: 'no predicate' };
  const { tokens } = s.sentence;
  const content = keptOf(tokens, s.content);
  const n = wordCount(tokens, content);
  if (n < 3 || n > 30) return { reason: n < 3 ? 'too short' : 'too long' };
  const reason = unsafe(s, content);
  if (reason) return { reason };
  const kept = [...keptOf(tokens, { first: s.predicate.first, last: s.content.first - 1 }), ...content];
  // "Who has ...", and "Who said" for a report that goes on from another ("Katz added that ...").
  const text = render(tokens, kept)
    .replace(/^have\b/, 'has')
    .replace(/^(has |had )?(also )?(added|continued|explained)\b/, (_, aux = '', also = '') => `${aux}${also}said`);
  return { text: tidy(text) };
}

/**
 * A quotation or a clause before its attribution as reported speech: '"The numbers are good,"
 * said David Naude.' → "said that the numbers are good". Only words in the third person that
 * need nothing from the sentences around them are restated; the tense is kept as said.
 */
export function restatedSpeech(s: Speech, isName: (word: string) => boolean): Restated {
  const { tokens } = s.sentence;
  const kept = keptOf(tokens, s.content);
  const n = wordCount(tokens, kept);
  if (n < 5 || n > 25) return { reason: n < 5 ? 'too short' : 'too long' };
  const first = tokens[kept[0]!]!;
  if (/^(and|but|so|or|because|yet)$/i.test(first.text)) return { reason: 'leans on the sentence before' };
  if (s.form === 'quote' && kept.some((k) => /^["“”]$/.test(tokens[k]!.text))) return { reason: 'quotation inside' };
  const reason = unsafe(s, kept);
  if (reason) return { reason };
  if (!kept.some((k) => tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX')) return { reason: 'no verb' };
  const text = render(tokens, kept);
  // The tagger calls many a capitalised first word a proper noun ("Interest rates"): a name is one
  // the article writes capitalised elsewhere, or one typed as a name.
  const typed = s.sentence.phrases.some((p) => p.first === kept[0]);
  const common = /^[A-Z][a-z]/.test(first.text) && !typed && !isName(first.text);
  const opening = common ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  return { text: `${askedVerb(s.verb)} that ${tidy(opening)}` };
}

/** Pronouns a quotation may hold only after it has named whom they mean. */
const NEEDS_A_NAME = new Set(['he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'this', 'these', 'those']);

/**
 * A quotation as it stands, for "Who said, “...”?": a whole sentence of the speaker's own words,
 * of some substance, that does not lean on what came before it.
 */
export function quotedAsIs(s: Speech): Restated {
  if (s.form !== 'quote') return { reason: 'not a quotation' };
  const { tokens } = s.sentence;
  const kept = keptOf(tokens, s.content);
  if (kept.length !== s.content.last - s.content.first + 1 - trailing(tokens, s.content))
    return { reason: 'holds an aside' };
  const n = wordCount(tokens, kept);
  if (n < 6 || n > 25) return { reason: n < 6 ? 'too short' : 'too long' };
  const text = render(tokens, kept);
  if (CUT.test(text) || /["“”]/.test(text)) return { reason: 'cut or edited' };
  const first = tokens[kept[0]!]!;
  // "Not that I am aware of": an answer to a question the reader does not see.
  if (!/^[A-Z]/.test(first.text) || /^(and|but|so|or|because|yet|that|this|it|then|not|no|yes)$/i.test(first.text))
    return { reason: 'leans on the sentence before' };
  let named = false;
  for (const k of kept) {
    const t = tokens[k]!;
    if (t.pos === 'PROPN' && k !== kept[0]) named = true;
    if ((NEEDS_A_NAME.has(t.text.toLowerCase()) && !named) || demonstrative(tokens, k) || pointsAway(tokens, k))
      return { reason: `"${t.text}" without its referent` };
  }
  if (!kept.some((k) => (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !/ing$/.test(tokens[k]!.text)))
    return { reason: 'no verb' };
  return { text };
}

/** Closing punctuation a quotation's span ends with, which `keptOf` drops. */
function trailing(tokens: readonly Token[], span: Span): number {
  let n = 0;
  for (let k = span.last; k > span.first && /^[,.;:]$/.test(tokens[k]!.text); k--) n++;
  return n;
}
