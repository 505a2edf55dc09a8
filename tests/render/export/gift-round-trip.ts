import { expect } from 'vitest';
import type { Bank, Question } from '../../../src/bank/types.js';
import { exportText, generalFeedback, tags } from '../../../src/render/export/citation.js';
import { renderGift } from '../../../src/render/export/gift.js';
import { categoryName, questionName } from '../../../src/render/export/question-name.js';
import { acceptedForms, moodleAnswer } from '../../../src/render/export/short-answers.js';
import { asGiftReads, parseGift } from './gift-parser.js';

/** What gift-pegjs must read back for a question: the same type, stem, answers and feedback. */
function expected(bank: Bank, q: Question) {
  const common = {
    id: q.id,
    tags: tags(q),
    title: asGiftReads(questionName(q)),
    stem: { format: 'plain', text: asGiftReads(exportText(q.prompt)) },
    globalFeedback: { format: 'plain', text: asGiftReads(generalFeedback(bank, q)) },
  };
  const choice = (text: string, isCorrect: boolean) =>
    expect.objectContaining({ isCorrect, text: { format: 'plain', text: asGiftReads(text) } });
  switch (q.type) {
    case 'multiple-choice':
      return { ...common, type: 'MC', choices: q.choices.map((c) => choice(exportText(c), c === q.answer)) };
    case 'true-false':
      return { ...common, type: 'TF', isTrue: q.answer };
    case 'short-answer':
      return { ...common, type: 'Short', choices: acceptedForms(q).map((a) => choice(moodleAnswer(a), true)) };
  }
}

export function expectGiftRoundTrip(bank: Bank): void {
  const [category, ...parsed] = parseGift(renderGift(bank));
  expect(category).toEqual({ type: 'Category', title: `$course$/top/${categoryName(bank).replace(/\//g, '//')}` });
  expect(parsed).toHaveLength(bank.questions.length);
  bank.questions.forEach((q, i) => expect(parsed[i]).toMatchObject(expected(bank, q)));
}
