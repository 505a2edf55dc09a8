import { QUESTION_TYPE_RULES, TRUE_FALSE_CHOICES, type QuestionType } from '../bank/question-types.js';
import type { Bank, Question } from '../bank/types.js';
import { findArticle } from '../bank/lookup.js';
import { CitequizError } from '../errors.js';
import { seededRandom, shuffle, type Random } from './random.js';

/** A question as it is asked: choices in the order shown. */
export interface QuizItem {
  readonly question: Question;
  /** Multiple choice: the choices in display order; true-false: the two values; short answer: none. */
  readonly choices: readonly string[];
}

export interface Selection {
  readonly articles?: readonly string[];
  readonly types?: readonly QuestionType[];
  readonly count?: number;
  /** Shuffles questions and choices; without it the bank's order is kept. */
  readonly seed?: string;
}

export function selectQuestions(bank: Bank, selection: Selection): QuizItem[] {
  for (const id of selection.articles ?? []) findArticle(bank, id); // an unknown id is an error, not an empty quiz
  const matching = bank.questions.filter(
    (q) =>
      (!selection.articles?.length || q.sources.some((s) => selection.articles!.includes(s.article))) &&
      (!selection.types?.length || selection.types.includes(q.type)),
  );
  if (bank.questions.length === 0) throw new CitequizError('not-found', `bank "${bank.id}" has no questions yet`);
  if (matching.length === 0)
    throw new CitequizError('not-found', 'no question in the bank matches --article and --type');
  const random = selection.seed === undefined ? undefined : seededRandom(selection.seed);
  const ordered = random ? shuffle(matching, random) : matching;
  return ordered.slice(0, selection.count ?? ordered.length).map((question) => ({
    question,
    choices: displayChoices(question, random),
  }));
}

/** Questions in the order given, their choices shuffled by `seed` (kept in the bank's order without one). */
export function itemsInOrder(questions: readonly Question[], seed: string | undefined): QuizItem[] {
  const random = seed === undefined ? undefined : seededRandom(seed);
  return questions.map((question) => ({ question, choices: displayChoices(question, random) }));
}

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
