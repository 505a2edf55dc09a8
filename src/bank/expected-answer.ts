import { TRUE_FALSE_CHOICES } from './question-types.js';
import type { Question } from './types.js';

/** The correct answer as text: a choice, "True" or "False", or the short answer. */
export const expectedAnswer = (question: Question): string =>
  typeof question.answer === 'boolean' ? TRUE_FALSE_CHOICES[question.answer ? 0 : 1] : question.answer;
