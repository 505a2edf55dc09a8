import { normalizeAnswer } from '../bank/normalize-answer.js';
import type { Candidate } from './candidate.js';
import { citedSentences, type Draft } from './draft.js';
import { contentWords, sentenceFacts } from './distractors.js';
import { isCalendarWord, REFERENT_NOUNS, UNRESOLVED_PRONOUNS } from './english/words.js';
import { kindOf } from './kinds/index.js';
import type { Check } from './kinds/kind.js';
import { promptBody } from './prompt.js';

/** Numbers and their units say nothing of which number is meant. */
const NOT_A_GIVEAWAY = /^(\d+|million|billion|trillion|thousand|hundred|percent|per|cent|m|bn|km|kilometres|miles)$/;

const has = (haystack: string, needle: string) => ` ${haystack} `.includes(` ${needle} `);
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

/**
 * Text of the answer as the cited text must hold it: a name or number the kind took from the text,
 * or the fact a false statement changed.
 */
const citedAnswer = (c: Candidate): string | undefined =>
  c.draft.changed?.from ?? (typeof c.answer === 'string' && kindOf(c.draft.kind).answerFromText ? c.answer : undefined);

/** Whether any cited sentence holds `text` as whole words. */
const citedTextHas = (c: Candidate, text: string) =>
  citedSentences(c.draft).some((s) => has(sentenceFacts(s).normal, normalizeAnswer(text)));

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
const PLACEHOLDER = /^(who|_____)/i;

/**
 * A pronoun or "the group" with nothing before it in the prompt that it could refer to: "he" needs
 * a name (or the "Who" or blank standing for one), "it" and "they" at least a noun.
 */
function unresolved(c: Candidate): boolean {
  // A quotation's "I", "we" and "they" are its speaker's words, not the question's: blanked out,
  // keeping every other word where it stands.
  const prompt = promptBody(c.draft.prompt).replace(/“[^”]*”/g, (q) => ' '.repeat(q.length));
  const at = (kinds: readonly string[]) =>
    c.draft.sentence.phrases
      .filter((p) => kinds.includes(p.kind))
      .map((p) => prompt.indexOf(p.text))
      .filter((i) => i >= 0);
  // "Who" or a blank stands for a name only when the answer is one.
  const standsForName = c.draft.answerKind === 'person' || c.draft.answerKind === 'organisation';
  const placeholder =
    standsForName && (PLACEHOLDER.test(prompt) || prompt.includes('_____'))
      ? prompt.indexOf(prompt.includes('_____') ? '_____' : ' ')
      : Infinity;
  const firstName = Math.min(placeholder, ...at(['person', 'organisation']));
  // "the club", "the district": only a name in the prompt says which one ("Who" does not). Any
  // proper noun counts, typed or not: "Linda Marsh, who runs the café by the bridge".
  const properNouns = c.draft.sentence.tokens
    .filter((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text) && !isCalendarWord(t.text))
    .map((t) => prompt.indexOf(t.text))
    .filter((i) => i >= 0);
  const firstRealName = Math.min(...at(['person', 'organisation', 'place']), ...properNouns);
  const firstPerson = Math.min(placeholder, ...at(['person']));
  const nouns = c.draft.sentence.tokens
    .filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
    .map((t) => prompt.indexOf(t.text))
    .filter((i) => i >= 0);
  const firstNoun = Math.min(firstName, ...nouns);
  // "that money", "these figures": which, the sentence before said.
  const tokens = c.draft.sentence.tokens;
  for (const [i, t] of tokens.entries()) {
    const next = tokens[i + 1];
    if (t.pos !== 'DET' || !/^(this|that|these|those)$/i.test(t.text) || !next || !/NOUN|ADJ/.test(next.pos)) continue;
    const at = prompt.indexOf(`${t.text} ${next.text}`);
    if (at >= 0 && firstRealName >= at) return true;
  }
  const lower = prompt.toLowerCase();
  const words = wordsOf(prompt);
  let offset = 0;
  for (const [i, word] of words.entries()) {
    offset = lower.indexOf(word, offset);
    // "this attack", "those three attacks": which one, the reader of a quiz cannot tell.
    if (/^(this|these|those)$/.test(word) && firstName >= offset) return true;
    // "US" is the country, not "us".
    if (UNRESOLVED_PRONOUNS.has(word) && word !== 'there' && prompt.slice(offset, offset + 2) !== 'US') {
      if ((PERSONAL.has(word) ? firstPerson : firstNoun) >= offset) return true;
    }
    // "the group", "the extremist group"
    const referent = REFERENT_NOUNS.has(words[i + 1] ?? '') || REFERENT_NOUNS.has(words[i + 2] ?? '');
    if (word === 'the' && referent && firstRealName >= offset) return true;
    offset += word.length;
  }
  return false;
}

/**
 * The automatic checks of GUIDE §4 that every kept question passes; each names the fault that
 * `generate --report` counts.
 */
/**
 * A quiz mixes questions from several articles: a prompt that names nothing (no person,
 * organisation, place, or capitalised name) could be about any of them.
 */
function namesNothing(c: Candidate): boolean {
  const prompt = promptBody(c.draft.prompt);
  if (
    c.draft.sentence.phrases.some(
      (p) =>
        (p.kind === 'person' || p.kind === 'organisation' || p.kind === 'place') &&
        prompt.includes(p.text) &&
        p.text !== c.answer,
    )
  )
    return false;
  // Any other capitalised word past the first that is no month, day or answer: "ISIS", "Tacoma".
  return !prompt
    .split(/\s+/)
    .slice(1)
    .some(
      (w) =>
        /^[A-Z][\p{L}]+/u.test(w) &&
        !isCalendarWord(/^\p{L}+/u.exec(w)?.[0] ?? w) &&
        !/^(I|A)\b/.test(w) &&
        !(typeof c.answer === 'string' && c.answer.includes(w.replace(/\W+$/, ''))),
    );
}

/**
 * The automatic checks that every kept question passes, whatever its kind; each names the fault
 * that `generate --report` counts. A kind adds its own (kinds/*.ts).
 */
export const QUESTION_CHECKS: readonly Check[] = [
  { reason: 'names nothing that says which story it is about', fails: namesNothing },
  {
    reason: 'answer not in the cited sentence',
    fails: (c) => {
      const answer = citedAnswer(c);
      return answer !== undefined && !citedTextHas(c, answer);
    },
  },
  {
    reason: 'a false statement keeps what the article says',
    fails: (c) => c.draft.changed !== undefined && citedTextHas(c, c.draft.changed.to),
  },
  {
    reason: 'answer given away by the prompt',
    fails: (c) => {
      if (typeof c.answer !== 'string' || !kindOf(c.draft.kind).answerFromText) return false;
      const prompt = contentWords(c.prompt);
      return (
        [...contentWords(c.answer)].some((w) => prompt.has(w) && !NOT_A_GIVEAWAY.test(w)) ||
        has(normalizeAnswer(c.prompt), normalizeAnswer(c.answer))
      );
    },
  },
  { reason: 'pronoun or "the group" without its referent', fails: unresolved },
  {
    reason: 'pronoun as the answer',
    fails: (c) => typeof c.answer === 'string' && UNRESOLVED_PRONOUNS.has(c.answer.toLowerCase()),
  },
  {
    reason: 'choices not distinct',
    fails: (c) => new Set(c.choices.map(normalizeAnswer)).size !== c.choices.length,
  },
  {
    reason: 'prompt too short or too long',
    fails: (c) => {
      const n = wordsOf(promptBody(c.draft.prompt)).length;
      return n < 5 || n > 55;
    },
  },
];

export function failedCheck(c: Candidate): string | undefined {
  // The kind's own checks first: they name its faults more exactly.
  return (
    kindOf(c.draft.kind).checks.find((check) => check.fails(c))?.reason ??
    QUESTION_CHECKS.find((check) => check.fails(c))?.reason
  );
}

/**
 * The checks left once a draft that passed `failedDraftCheck` has become a question: only those
 * on its choices, unless building it changed the prompt (a false statement's changed fact).
 */
export function failedBuiltCheck(c: Candidate, draftPrompt: string): string | undefined {
  if (c.prompt !== draftPrompt) return failedCheck(c);
  return new Set(c.choices.map(normalizeAnswer)).size !== c.choices.length ? 'choices not distinct' : undefined;
}

/**
 * The checks a draft can fail before it has choices: run first, so that no distractors are
 * searched for a question that will be turned away anyway.
 */
export function failedDraftCheck(draft: Draft, prompt: string): string | undefined {
  const { skill } = kindOf(draft.kind);
  return failedCheck({
    draft,
    type: 'short-answer',
    prompt,
    answer: draft.answer,
    choices: [],
    distractors: [],
    accept: [],
    skill,
  });
}
