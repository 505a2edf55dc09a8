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
}

// "a" and "b" are the letters of True and False as the quiz lists them.
const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1', 'a']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0', 'b']);

/**
 * Grades one answer. `choiceOrder` is the order letters refer to: the order shown on screen, or
 * the bank's own order for answers read from a file.
 */
export function gradeAnswer(
  question: Question,
  given: Given,
  choiceOrder: readonly string[] = question.choices,
): Grade {
  switch (QUESTION_TYPE_RULES[question.type].answer) {
    case 'choice': {
      const chosen = choiceFor(String(given), choiceOrder);
      return { correct: chosen === question.answer, given: chosen ?? String(given) };
    }
    case 'boolean': {
      const value = typeof given === 'boolean' ? given : parseTruth(String(given));
      return {
        correct: value === question.answer,
        given: value === undefined ? String(given) : TRUE_FALSE_CHOICES[value ? 0 : 1],
      };
    }
    case 'text':
      return {
        correct: shortAnswerMatches(String(given), [String(question.answer), ...question.accept]),
        given: String(given),
      };
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
 * Typos are forgiven only in answers long enough that one slip cannot make another word
 * (Russia/Prussia, unable/enable), and never in the first letter.
 */
const TYPO_TOLERANCE: readonly { minLength: number; edits: number }[] = [
  { minLength: 12, edits: 2 },
  { minLength: 8, edits: 1 },
];

export function shortAnswerMatches(given: string, accepted: readonly string[]): boolean {
  const typed = normalizeAnswer(given);
  if (typed === '') return false;
  return accepted.some((answer) => {
    const expected = normalizeAnswer(answer);
    if (typed === expected) return true;
    // A typo never turns one number into another.
    if (digitsOf(typed) !== digitsOf(expected) || typed[0] !== expected[0]) return false;
    const allowed = TYPO_TOLERANCE.find((t) => expected.length >= t.minLength)?.edits ?? 0;
    return allowed > 0 && distance(typed, expected) <= allowed;
  });
}

const digitsOf = (text: string) => text.replace(/\D/g, '');
