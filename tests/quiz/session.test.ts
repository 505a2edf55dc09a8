import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '../../src/bank/types.js';
import { answerItem } from '../../src/quiz/session.js';
import { article } from '../helpers.js';

const base = { prompt: 'P?', accept: [], skill: 'detail', sources: [] } as const;
const mc: Question = { ...base, id: 'mc', type: 'multiple-choice', choices: ['Paris', 'Nice', 'Lyon'], answer: 'Nice' };
const short: Question = { ...base, id: 's', type: 'short-answer', choices: [], answer: 'Palmer' };
const bank = (text: string): Bank => ({
  id: 'b',
  title: 'B',
  articles: [{ id: 'a', file: 'a.txt', title: 'A', article: article(text) }],
  questions: [mc, short],
});

describe('answering an item', () => {
  const shown = { question: mc, choices: ['Lyon', 'Nice', 'Paris'] };

  it('takes a letter in the order shown, or in the order a file of answers gives', () => {
    expect(answerItem(bank('Text.'), shown, 'B')).toEqual({ item: shown, correct: true, given: 'Nice' });
    expect(answerItem(bank('Text.'), shown, 'B', mc.choices)).toEqual({ item: shown, correct: true, given: 'Nice' });
    expect(answerItem(bank('Text.'), shown, 'A', mc.choices)).toEqual({ item: shown, correct: false, given: 'Paris' });
  });

  it.each([undefined, '', '   '])('counts %j as not answered', (given) => {
    expect(answerItem(bank('Text.'), shown, given)).toEqual({ item: shown, given: null, correct: false });
  });

  it('forgives a slip in typing unless the slip is a word of the bank', () => {
    const item = { question: short, choices: [] };
    expect(answerItem(bank('Text.'), item, 'Plamer')).toEqual({
      item,
      correct: true,
      given: 'Plamer',
      spelling: 'Palmer',
    });
    // "Plamer" is a name in the article: another person, not a slip.
    expect(answerItem(bank('Mr Plamer spoke.'), item, 'Plamer')).toEqual({ item, correct: false, given: 'Plamer' });
  });
});
