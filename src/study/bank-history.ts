import type { Bank, Question } from '../bank/index.js';
import { questionHash } from './content-hash.js';
import { questionKey, type QuestionHistory, type Summary } from './summary.js';

export interface AnsweredQuestion {
  readonly question: Question;
  readonly history: QuestionHistory;
}

/**
 * The bank's questions as they are worded now, each with its history. Answers to a question's
 * earlier wording, or to a question no longer in the bank, have no say here.
 */
export function answeredQuestions(bank: Bank, summary: Summary): AnsweredQuestion[] {
  return bank.questions.flatMap((question) => {
    const history = summary.questions.get(questionKey(question.id, questionHash(question)));
    return history ? [{ question, history }] : [];
  });
}
