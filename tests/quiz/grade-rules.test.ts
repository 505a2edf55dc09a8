import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/bank/types.js';
import { gradeAnswer, shortAnswerMatch } from '../../src/quiz/grade.js';

// The edges of the grading rules, one row each: where a slip stops being forgiven, and how a
// typed choice is read.

describe('how far a typing slip is forgiven, by the length of the word', () => {
  it.each<[string, string, boolean]>([
    ['Smith', 'Smtih', true], // five letters: a swap
    ['Smith', 'Smih', true], // five letters: one left out
    ['Palmer', 'Palme', true], // the last letter left out
    ['Palmer', 'Pamler', true], // a swap inside the word
    ['Palmer', 'Plmaer', false], // two swaps
    ['Palmer', 'Plamre', false],
    ['Palmer', 'Palmre', true], // a swap at the end
    ['Palmer', 'Palmerr', false], // an extra letter on a short word
    ['England', 'Englund', false], // seven letters: no wrong letter
    ['Scotland', 'Scotlund', true], // eight letters: one wrong letter
    ['Scotland', 'Scatlund', false], // but not two
    ['Westminster', 'Westmimster', true],
    ['Westminster', 'Wistmimster', false], // eleven letters: still one
    ['Metropolitan', 'Metrepolotan', true], // twelve letters: two
    ['Metropolitan', 'Metrepolotun', false], // but not three
    ['Metropolitan', 'Metropolitaan', true], // one extra
  ])('%s typed as %s: %s', (expected, typed, forgiven) => {
    expect(shortAnswerMatch(typed, [expected])).toEqual(forgiven ? { spelling: expected } : undefined);
  });

  it('names the accepted answer the slip was taken for', () => {
    expect(shortAnswerMatch('Plamer', ['Keith Palmer', 'Palmer'])).toEqual({ spelling: 'Palmer' });
    expect(shortAnswerMatch('palmer', ['Keith Palmer', 'Palmer'])).toEqual({});
  });
});

const base = { prompt: 'P?', accept: [], skill: 'detail', sources: [] } as const;
const mc: Question = {
  ...base,
  id: 'mc',
  type: 'multiple-choice',
  choices: ['Paris', 'Nice', 'Berlin'],
  answer: 'Nice',
};
const numbers: Question = { ...base, id: 'n', type: 'multiple-choice', choices: ['1', '2', '3'], answer: '1' };
const tf: Question = { ...base, id: 'tf', type: 'true-false', choices: [], answer: true };

describe('how a typed choice is read', () => {
  it.each<[Question, string, string | undefined]>([
    [mc, ' b ', 'Nice'], // a letter with spaces around it
    [mc, 'b)', 'Nice'],
    [mc, '.B', undefined], // a point before the letter is no letter
    [mc, 'NICE!', 'Nice'], // the text, as answers are compared
    [mc, 'Bb', undefined],
    [numbers, '1.', '1'], // not a letter: the choice it reads as
    [numbers, '3)', '3'],
  ])('%s: %j', (question, given, chosen) => {
    const grade = gradeAnswer(question, given);
    expect(grade.given).toBe(chosen ?? given);
    expect(grade.correct).toBe(chosen === question.answer);
  });

  it.each<[string | boolean, boolean, string]>([
    [true, true, 'True'],
    [false, false, 'False'],
    [' Yes. ', true, 'True'],
    ['n)', false, 'False'],
    ['a', true, 'True'],
    ['B', false, 'False'],
    ['maybe', false, 'maybe'],
  ])('true-false %j', (given, correct, shown) => {
    expect(gradeAnswer(tf, given)).toEqual({ correct, given: shown });
  });
});
