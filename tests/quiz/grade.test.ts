import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/bank/types.js';
import { gradeAnswer, shortAnswerMatches, type Given } from '../../src/quiz/grade.js';

const base = { prompt: 'P?', accept: [], skill: 'detail', sources: [] } as const;
const mc: Question = {
  ...base,
  id: 'mc',
  type: 'multiple-choice',
  choices: ['Paris', 'Nice', 'Berlin', 'Rouen'],
  answer: 'Nice',
};
const tf: Question = { ...base, id: 'tf', type: 'true-false', choices: [], answer: false };
const short: Question = {
  ...base,
  id: 's',
  type: 'short-answer',
  choices: [],
  answer: 'Keith Palmer',
  accept: ['PC Keith Palmer', 'Palmer'],
};
const count: Question = { ...base, id: 'n', type: 'short-answer', choices: [], answer: '86' };

describe('gradeAnswer', () => {
  it.each<[string, Question, Given, boolean, string]>([
    ['choice text', mc, 'Nice', true, 'Nice'],
    ['choice text in any case', mc, ' nice ', true, 'Nice'],
    ['a letter', mc, 'B', true, 'Nice'],
    ['a lower-case letter with a dot', mc, 'b.', true, 'Nice'],
    ['a wrong letter', mc, 'A', false, 'Paris'],
    ['a letter past the choices', mc, 'F', false, 'F'],
    ['text that is no choice', mc, 'Lyon', false, 'Lyon'],
    ['false as a boolean', tf, false, true, 'False'],
    ['"false" as text', tf, 'False', true, 'False'],
    ['"no"', tf, 'no', true, 'False'],
    ['the letter of False', tf, 'B', true, 'False'],
    ['the letter of True', tf, 'a.', false, 'True'],
    ['true', tf, true, false, 'True'],
    ['neither true nor false', tf, 'maybe', false, 'maybe'],
    ['the short answer', short, 'keith palmer', true, 'keith palmer'],
    ['an accepted alias', short, 'PC Keith Palmer', true, 'PC Keith Palmer'],
    ['a small typo in a long answer', short, 'Keith Plamer', true, 'Keith Plamer'],
    ['another name', short, 'Khalid Masood', false, 'Khalid Masood'],
    ['a number in words', count, 'eighty-six', true, 'eighty-six'],
    ['a number as a number', count, 86, true, '86'],
    ['a neighbouring number', count, '68', false, '68'],
  ])('%s', (_name, question, given, correct, shown) => {
    expect(gradeAnswer(question, given)).toEqual({ correct, given: shown });
  });

  it('takes a choice that is itself a letter as that choice, not as a letter', () => {
    const letters: Question = { ...mc, choices: ['B', 'A', 'C', 'D'], answer: 'A' };
    expect(gradeAnswer(letters, 'A', ['D', 'C', 'B', 'A'])).toEqual({ correct: true, given: 'A' });
  });

  it('prefers the exact choice over one the grader would fold to the same text', () => {
    const counts: Question = { ...mc, choices: ['One', '1 (one)', 'Three', 'Four'], answer: '1 (one)' };
    expect(gradeAnswer(counts, '1 (one)').correct).toBe(true);
  });

  it('reads letters in the order it is given', () => {
    expect(gradeAnswer(mc, 'A', ['Nice', 'Paris', 'Berlin', 'Rouen']).correct).toBe(true);
  });
});

describe('shortAnswerMatches', () => {
  it.each<[string, string, boolean]>([
    ['Hyundai i40', 'hyundai i40', true],
    ['Hyundai i40', 'Hyundai i41', false], // a digit is not a typo
    ['Kent', 'Kant', false], // too short to forgive a slip
    ['Westminster Bridge', 'Westminister Bridge', true],
    ['Westminster Bridge', 'Westminstr Brdge', true],
    ['Westminster Bridge', 'Lambeth Bridge', false],
    ['Palmer', '', false],
    ['Russia', 'Prussia', false], // a slip that makes another word
    ['unable', 'enable', false],
    ['Austria', 'Austrian', false],
    ['Counter Terrorism Command', 'Counter Terorism Comand', true],
    ['Jean-Marc Rickli', 'Xean-Marc Rickli', false], // never the first letter
  ])('%s vs %s → %s', (expected, typed, matches) => {
    expect(shortAnswerMatches(typed, [expected])).toBe(matches);
  });
});
