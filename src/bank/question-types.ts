/**
 * What each question type is made of, as data: which fields it has, what its answer is, and how
 * the quiz asks it. Checking, grading and asking read this table instead of branching on names.
 */
export const QUESTION_TYPE_RULES = {
  'multiple-choice': { choices: true, accept: false, answer: 'choice', asked: 'choose' },
  'true-false': { choices: false, accept: false, answer: 'boolean', asked: 'choose' },
  'short-answer': { choices: false, accept: true, answer: 'text', asked: 'type' },
} as const satisfies Record<
  string,
  { choices: boolean; accept: boolean; answer: 'choice' | 'boolean' | 'text'; asked: 'choose' | 'type' }
>;

export type QuestionType = keyof typeof QUESTION_TYPE_RULES;
export const QUESTION_TYPES = Object.keys(QUESTION_TYPE_RULES) as QuestionType[];

/** Letters that name choices, in --answers files and on screen; also the most choices a question may have. */
export const CHOICE_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** How true-false questions are listed: A is True, B is False. */
export const TRUE_FALSE_CHOICES = ['True', 'False'] as const;
