import { normalizeAnswer } from '../bank/index.js';
import type { Candidate } from './candidate.js';
import { citedSentences, type Draft } from './draft.js';
import { contentWords, sentenceFacts } from './distractors.js';
import { leansOnContext } from './context.js';
import { isCalendarWord, UNRESOLVED_PRONOUNS } from './english/words.js';
import { kindOf } from './kinds/index.js';
import type { Check } from './kinds/kind.js';
import { namesArticle, promptBody } from './prompt.js';

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

/**
 * A pronoun or "the group" with nothing before it in the prompt that it could refer to: "he" needs
 * a name (or the "Who" or blank standing for one), "it" and "they" at least a noun.
 */
function unresolved(c: Candidate): boolean {
  const prompt = promptBody(c.draft.prompt);
  // "Who" or a blank stands for a name only when the answer is one. The body of "Who killed
  // ...?" starts where "Who" stood; a blank stands where it is.
  const standsForName = c.draft.answerKind === 'person' || c.draft.answerKind === 'organisation';
  const placeholder = !standsForName
    ? Infinity
    : c.draft.wh === 'Who'
      ? 0
      : prompt.includes('_____')
        ? prompt.indexOf('_____')
        : Infinity;
  return leansOnContext(prompt, c.draft.sentence, placeholder);
}

/**
 * A quiz mixes questions from several articles: a prompt that names nothing (no person,
 * organisation, place, or capitalised name) could be about any of them.
 */
export function namesNothing(d: Draft): boolean {
  if (namesArticle(d.prompt)) return false;
  const prompt = promptBody(d.prompt);
  if (
    d.sentence.phrases.some(
      (p) =>
        (p.kind === 'person' || p.kind === 'organisation' || p.kind === 'place') &&
        prompt.includes(p.text) &&
        p.text !== d.answer,
    )
  )
    return false;
  // Any other capitalised word past the first that is no month, day or answer: "ISIS", "Tacoma",
  // "B&B". The first counts where the sentence tags it a name ("Mitch killed about 10,000 people").
  const words = prompt.split(/\s+/);
  const first = /^\p{L}+/u.exec(words[0] ?? '')?.[0];
  if (first && !isCalendarWord(first) && d.sentence.tokens.some((t) => t.text === first && t.pos === 'PROPN'))
    return false;
  return !words.slice(1).some(
    (w) =>
      /^[A-Z][\p{L}&]*\p{L}/u.test(w) &&
      !isCalendarWord(/^\p{L}+/u.exec(w)?.[0] ?? w) &&
      !/^(I|A)\b/.test(w) &&
      // A name the prompt shares with an answer taken from the text stands for the blank; a
      // restated answer (a reason, a change) may well name what the prompt names.
      !(typeof d.answer === 'string' && kindOf(d.kind).answerFromText && d.answer.includes(w.replace(/\W+$/, ''))),
  );
}

const initials = (text: string) =>
  text
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');

/**
 * "The _____ of Purchasing and Supply (CIPS)": an acronym in the prompt that spells the answer, or
 * an answer that is the acronym of words in the prompt.
 */
export function spelledByAcronym(prompt: string, answer: string): boolean {
  const acronyms = prompt.match(/\b\p{Lu}{2,6}\b/gu) ?? [];
  const mine = initials(answer);
  if (mine.length >= 2 && acronyms.some((a) => a.startsWith(mine) || a.endsWith(mine))) return true;
  return /^\p{Lu}{2,6}$/u.test(answer) && initials(prompt).includes(answer);
}

/** How many names are joined by "and" and commas in a run of tokens: "Italy and Scotland" is two. */
function namesListed(tokens: Draft['sentence']['tokens'], from: number): number {
  let names = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[.;:!?]$/.test(t.text)) break;
    if (t.pos === 'PROPN' && tokens[i - 1]?.pos !== 'PROPN') names++;
  }
  return names;
}

/** "the last _____ games against Italy and Scotland": the names after the count number it. */
function listsTheCount(d: Draft): boolean {
  const { phrase } = d;
  if (d.answerKind !== 'count' || phrase?.value === undefined || phrase.noun === undefined) return false;
  return (
    phrase.value >= 2 && phrase.value <= 12 && namesListed(d.sentence.tokens, phrase.noun.last + 1) === phrase.value
  );
}

const WEEKDAY = /^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Where in the cited sentence the answer stands inside brackets: "$10bn (£5.17bn)". */
function bracketed(c: Candidate): boolean {
  if (typeof c.answer !== 'string') return false;
  const quote = c.draft.sentence.quote;
  const at = quote.indexOf(c.answer);
  if (at < 0) return false;
  const before = quote.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/**
 * The automatic checks that every kept question passes, whatever its kind; each names the fault
 * that `generate --report` counts. A kind adds its own (kinds/*.ts).
 */
export const QUESTION_CHECKS: readonly Check[] = [
  { reason: 'names nothing that says which story it is about', fails: (c) => namesNothing(c.draft) },
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
  { reason: 'a count the prompt lists one by one', fails: (c) => listsTheCount(c.draft) },
  {
    reason: 'answer spelled by an acronym in the prompt',
    fails: (c) =>
      typeof c.answer === 'string' && kindOf(c.draft.kind).answerFromText && spelledByAcronym(c.prompt, c.answer),
  },
  {
    reason: 'trivial answer: a weekday, or an aside in brackets',
    fails: (c) =>
      typeof c.answer === 'string' && kindOf(c.draft.kind).answerFromText && (WEEKDAY.test(c.answer) || bracketed(c)),
  },
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
      const n = wordsOf(c.prompt).length;
      return n < 5 || n > 60;
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
