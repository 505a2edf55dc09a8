import { normalizeAnswer } from '../bank/normalize-answer.js';
import type { Candidate } from './candidate.js';
import { findVerb, simplify } from './clause.js';
import { TRANSFORMS, type Draft } from './draft.js';
import { contentWords, sentenceFacts } from './distractors.js';
import { WH_FITS } from './transforms.js';
import { isCalendarWord, REFERENT_NOUNS, UNRESOLVED_PRONOUNS } from './words.js';

/** Numbers and their units say nothing of which number is meant. */
const NOT_A_GIVEAWAY = /^(\d+|million|billion|trillion|thousand|hundred|percent|per|cent|m|bn|km|kilometres|miles)$/;

const has = (haystack: string, needle: string) => ` ${haystack} `.includes(` ${needle} `);
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

/** Text of the answer as the cited sentence must contain it (for a false twin, the fact it swapped). */
const citedAnswer = (c: Candidate): string | undefined =>
  c.draft.transform === 'false-twin'
    ? c.draft.phrase!.text
    : typeof c.answer === 'string' && c.draft.transform !== 'which-article'
      ? c.answer
      : undefined;

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
const PLACEHOLDER = /^(who|_____)/i;

/**
 * A pronoun or "the group" with nothing before it in the prompt that it could refer to: "he" needs
 * a name (or the "Who" or blank standing for one), "it" and "they" at least a noun.
 */
function unresolved(c: Candidate): boolean {
  const prompt = c.prompt.replace(/^Fill in the blank: /, '');
  const at = (kinds: readonly string[]) =>
    c.draft.sentence.phrases
      .filter((p) => kinds.includes(p.kind))
      .map((p) => prompt.indexOf(p.text))
      .filter((i) => i >= 0);
  // "Who" or a blank stands for a name only when the answer is one.
  const standsForName = c.draft.kind === 'person' || c.draft.kind === 'organisation';
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
    if (UNRESOLVED_PRONOUNS.has(word) && word !== 'there') {
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
  const prompt = c.prompt.replace(/^Fill in the blank: /, '');
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
 * "The instrument also picked up...": a subject that names nothing ("the instrument", "the team")
 * in a statement or blank leaves the reader to guess which. The subject must hold a name, a
 * number, or the blank.
 */
function subjectNamesNothing(c: Candidate): boolean {
  const { transform } = c.draft;
  if (transform !== 'true-statement' && transform !== 'false-twin' && transform !== 'cloze') return false;
  const { tokens } = c.draft.sentence;
  const { kept } = simplify(tokens);
  const verb = findVerb(tokens, kept);
  if (verb <= 0) return false;
  const subject = kept.slice(0, verb);
  const blank = c.draft.phrase && transform === 'cloze' ? c.draft.phrase : undefined;
  return !subject.some(
    (i) =>
      tokens[i]!.pos === 'PROPN' ||
      tokens[i]!.pos === 'NUM' ||
      (blank !== undefined && i >= blank.first && i <= blank.last),
  );
}

export const QUESTION_CHECKS = [
  { reason: 'its subject names nothing', fails: subjectNamesNothing },
  { reason: 'names nothing that says which story it is about', fails: namesNothing },
  {
    reason: 'answer not in the cited sentence',
    fails: (c: Candidate) => {
      const answer = citedAnswer(c);
      return answer !== undefined && !has(sentenceFacts(c.draft.sentence).normal, normalizeAnswer(answer));
    },
  },
  {
    reason: 'answer given away by the prompt',
    fails: (c: Candidate) => {
      if (typeof c.answer !== 'string') return false;
      const prompt = contentWords(c.prompt);
      return (
        [...contentWords(c.answer)].some((w) => prompt.has(w) && !NOT_A_GIVEAWAY.test(w)) ||
        (c.draft.transform !== 'which-article' && has(normalizeAnswer(c.prompt), normalizeAnswer(c.answer)))
      );
    },
  },
  { reason: 'pronoun or "the group" without its referent', fails: unresolved },
  {
    reason: 'pronoun as the answer',
    fails: (c: Candidate) => typeof c.answer === 'string' && UNRESOLVED_PRONOUNS.has(c.answer.toLowerCase()),
  },
  {
    reason: 'question word does not fit the answer',
    fails: (c: Candidate) => c.draft.wh !== undefined && !(WH_FITS[c.draft.wh] ?? []).includes(c.draft.kind!),
  },
  {
    reason: 'choices not distinct',
    fails: (c: Candidate) => new Set(c.choices.map(normalizeAnswer)).size !== c.choices.length,
  },
  {
    reason: 'prompt too short or too long',
    fails: (c: Candidate) => {
      const n = wordsOf(c.prompt.replace(/^Fill in the blank: /, '')).length;
      return n < 5 || n > 55;
    },
  },
] as const;

export function failedCheck(c: Candidate): string | undefined {
  return QUESTION_CHECKS.find((check) => check.fails(c))?.reason;
}

/**
 * The checks left once a draft that passed `failedDraftCheck` has become a question: only those
 * on its choices, unless building it changed the prompt (a false twin's swapped fact).
 */
export function failedBuiltCheck(c: Candidate): string | undefined {
  if (c.prompt !== c.draft.prompt) return failedCheck(c);
  return new Set(c.choices.map(normalizeAnswer)).size !== c.choices.length ? 'choices not distinct' : undefined;
}

/**
 * The checks a draft can fail before it has choices: run first, so that no distractors are
 * searched for a question that will be turned away anyway.
 */
export function failedDraftCheck(draft: Draft): string | undefined {
  const { skill } = TRANSFORMS[draft.transform];
  return failedCheck({
    draft,
    type: 'short-answer',
    prompt: draft.prompt,
    answer: draft.answer,
    choices: [],
    distractors: [],
    accept: [],
    skill,
  });
}
