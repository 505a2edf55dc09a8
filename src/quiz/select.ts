import { QUESTION_TYPE_RULES, TRUE_FALSE_CHOICES, type QuestionType } from '../bank/question-types.js';
import type { Bank, Question } from '../bank/types.js';
import { seededRandom, shuffle, type Random } from './random.js';

/** A question as it is asked: choices in the order shown. */
export interface QuizItem {
  readonly question: Question;
  /** Multiple choice: the choices in display order; true-false: the two values; short answer: none. */
  readonly choices: readonly string[];
}

/** What --article, --type and --count mean to every command that picks questions. */
export interface Selection {
  /** Only questions citing one of these articles. */
  readonly articles?: readonly string[];
  /** Only questions of one of these types. */
  readonly types?: readonly QuestionType[];
  /** At most this many of those that match; default: all of them. */
  readonly count?: number;
  /** Shuffles the questions (unless an order is given) and their choices; without it the bank's order is kept. */
  readonly seed?: string;
}

/** The questions picked, or why none could be: the command words the message. */
export type Selected =
  | {
      readonly kind: 'selected';
      readonly items: readonly QuizItem[];
      /** How many questions --article and --type matched, before --count. */
      readonly matching: number;
    }
  | { readonly kind: 'empty-bank' }
  | { readonly kind: 'unknown-article'; readonly article: string }
  | { readonly kind: 'no-match' };

/**
 * The one way questions are picked for quiz, review, print and export: those citing one of
 * `articles` and of one of `types`, put in `order` (review's queue, which may leave some out) or
 * else shuffled by the seed, and the first `count` of them taken.
 */
export function selectQuestions(
  bank: Bank,
  selection: Selection,
  order?: (matching: readonly Question[]) => readonly Question[],
): Selected {
  if (bank.questions.length === 0) return { kind: 'empty-bank' };
  const articles = selection.articles ?? [];
  const unknown = articles.find((id) => !bank.articles.some((a) => a.id === id));
  if (unknown !== undefined) return { kind: 'unknown-article', article: unknown };
  const types = selection.types ?? [];
  const matching = bank.questions.filter(
    (q) =>
      (articles.length === 0 || q.sources.some((s) => articles.includes(s.article))) &&
      (types.length === 0 || types.includes(q.type)),
  );
  if (matching.length === 0) return { kind: 'no-match' };
  const random = selection.seed === undefined ? undefined : seededRandom(selection.seed);
  const ordered = order ? order(matching) : random ? shuffle(matching, random) : matching;
  const items = ordered.slice(0, selection.count ?? ordered.length).map((question) => ({
    question,
    choices: displayChoices(question, random),
  }));
  return { kind: 'selected', items, matching: matching.length };
}

/** The same questions asked again, their choices shuffled anew so that a place remembered is no help. */
export const askedAgain = (items: readonly QuizItem[], seed: string): QuizItem[] => {
  const random = seededRandom(seed);
  return items.map(({ question }) => ({ question, choices: displayChoices(question, random) }));
};

function displayChoices(question: Question, random: Random | undefined): readonly string[] {
  switch (QUESTION_TYPE_RULES[question.type].answer) {
    case 'choice':
      return random ? shuffle(question.choices, random) : question.choices;
    case 'boolean':
      return TRUE_FALSE_CHOICES;
    case 'text':
      return [];
  }
}
