import { distance } from 'fastest-levenshtein';
import { foldText } from '../bank/fold.js';
import { normalizeAnswer } from '../bank/normalize-answer.js';
import { CHOICE_LETTERS, QUESTION_TYPE_RULES, TRUE_FALSE_CHOICES } from '../bank/question-types.js';
import type { Question } from '../bank/types.js';

/** What a student gave: the text of a choice or a letter, true/false, or typed text. */
export type Given = string | boolean | number;

export interface Grade {
  readonly correct: boolean;
  /** The answer as the report shows it: a choice's text for a letter, True/False, or what was typed. */
  readonly given: string;
  /** A typed answer accepted despite a slip in spelling: the answer it was taken for, to show. */
  readonly spelling?: string;
}

export interface Grading {
  /** The order letters refer to: the order shown on screen, or the bank's own for a file of answers. */
  readonly choiceOrder?: readonly string[];
  /**
   * The words of the bank and its articles (as normalizeAnswer gives them): a word found there is
   * a word of its own, never a slip in typing another. Asked for only when a typed answer is not
   * exactly right.
   */
  readonly words?: () => ReadonlySet<string>;
}

// "a" and "b" are the letters of True and False as the quiz lists them.
const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1', 'a']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0', 'b']);
const NO_WORDS: ReadonlySet<string> = new Set();

/** Grades one answer. */
export function gradeAnswer(question: Question, given: Given, grading: Grading = {}): Grade {
  switch (QUESTION_TYPE_RULES[question.type].answer) {
    case 'choice': {
      const chosen = choiceFor(String(given), grading.choiceOrder ?? question.choices);
      return { correct: chosen === question.answer, given: chosen ?? String(given) };
    }
    case 'boolean': {
      const value = typeof given === 'boolean' ? given : parseTruth(String(given));
      return {
        correct: value === question.answer,
        given: value === undefined ? String(given) : TRUE_FALSE_CHOICES[value ? 0 : 1],
      };
    }
    case 'text': {
      const match = shortAnswerMatch(String(given), [String(question.answer), ...question.accept], grading.words);
      return {
        correct: match !== undefined,
        given: String(given),
        ...(match?.spelling === undefined ? {} : { spelling: match.spelling }),
      };
    }
  }
}

/**
 * The choice meant by `given`: its exact text first (what the quiz's own list returns, even for a
 * choice that is a single letter), then its text in another case or typography, then a letter,
 * then text the grader cannot tell from it.
 */
function choiceFor(given: string, choices: readonly string[]): string | undefined {
  const trimmed = given.trim();
  const exact =
    choices.find((c) => c === trimmed) ??
    choices.find((c) => foldText(c).toLowerCase() === foldText(trimmed).toLowerCase());
  if (exact !== undefined) return exact;
  const letter = CHOICE_LETTERS.indexOf(trimmed.replace(/[.)]$/, '').toUpperCase() as (typeof CHOICE_LETTERS)[number]);
  if (letter >= 0 && trimmed.length <= 2) return choices[letter];
  const normal = normalizeAnswer(trimmed);
  return choices.find((choice) => normalizeAnswer(choice) === normal);
}

function parseTruth(given: string): boolean | undefined {
  const word = given.trim().toLowerCase().replace(/[.)]$/, '');
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/**
 * A typed answer against the accepted ones: exactly (after normalizeAnswer), or else word by word
 * with each word spelt right or slipped within its tolerance. `spelling` is set for a slip.
 */
export function shortAnswerMatch(
  given: string,
  accepted: readonly string[],
  words: () => ReadonlySet<string> = () => NO_WORDS,
): { spelling?: string } | undefined {
  const typed = normalizeAnswer(given);
  if (typed === '') return undefined;
  const normal = accepted.map((answer) => ({ answer, expected: normalizeAnswer(answer) }));
  if (normal.some(({ expected }) => expected === typed)) return {};
  const typedWords = typed.split(' ');
  const slipped = normal.find(({ expected }) => {
    const expectedWords = expected.split(' ');
    return (
      expectedWords.length === typedWords.length &&
      expectedWords.every((word, i) => word === typedWords[i] || isSlip(typedWords[i]!, word, words))
    );
  });
  return slipped && { spelling: slipped.answer };
}

/**
 * Whether `typed` is `expected` mistyped, by the rule a teacher marks by: a short word (under five
 * letters) must be right; one of five to seven letters may have two letters swapped or one left
 * out ("Plamer", "Rowly"); a longer one may have one letter wrong, missing or extra, and one of
 * twelve or more two. Never the first letter or a digit, and never when the typed word is itself
 * a word of the bank: "Parker" is another man, not a slip for "Palmer".
 * Swaps and left-out letters are checked by hand: for short words the rule is narrower than any
 * edit distance (a swap is two edits to Levenshtein, and a wrong letter in "Palmer" is not forgiven).
 */
function isSlip(typed: string, expected: string, words: () => ReadonlySet<string>): boolean {
  if (expected.length < 5 || typed[0] !== expected[0] || /\d/.test(typed) || /\d/.test(expected)) return false;
  const forgiven =
    isSwap(typed, expected) ||
    isLeftOut(typed, expected) ||
    (expected.length >= 8 && distance(typed, expected) <= (expected.length >= 12 ? 2 : 1));
  return forgiven && !words().has(typed);
}

/** Two neighbouring letters swapped: "plamer" for "palmer". */
function isSwap(typed: string, expected: string): boolean {
  if (typed.length !== expected.length) return false;
  const first = [...typed].findIndex((c, i) => c !== expected[i]);
  return (
    first >= 0 &&
    typed[first] === expected[first + 1] &&
    typed[first + 1] === expected[first] &&
    typed.slice(first + 2) === expected.slice(first + 2)
  );
}

/** One letter left out: "rowly" for "rowley". */
function isLeftOut(typed: string, expected: string): boolean {
  if (typed.length !== expected.length - 1) return false;
  const first = [...typed].findIndex((c, i) => c !== expected[i]);
  return first < 0 || typed.slice(first) === expected.slice(first + 1);
}
