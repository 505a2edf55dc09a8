import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from '../../src/bank/normalize-answer.js';
import type { Question } from '../../src/bank/types.js';
import { bankWords } from '../../src/quiz/bank-words.js';
import { gradeAnswer, shortAnswerMatch, type Given, type Grade } from '../../src/quiz/grade.js';
import { BUNDLED_BANK, loadFixtureBank } from '../helpers.js';

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
  it.each<[string, Question, Given, Grade]>([
    ['choice text', mc, 'Nice', { correct: true, given: 'Nice' }],
    ['choice text in any case', mc, ' nice ', { correct: true, given: 'Nice' }],
    ['a letter', mc, 'B', { correct: true, given: 'Nice' }],
    ['a lower-case letter with a dot', mc, 'b.', { correct: true, given: 'Nice' }],
    ['a wrong letter', mc, 'A', { correct: false, given: 'Paris' }],
    ['a letter past the choices', mc, 'F', { correct: false, given: 'F' }],
    ['text that is no choice', mc, 'Lyon', { correct: false, given: 'Lyon' }],
    ['false as a boolean', tf, false, { correct: true, given: 'False' }],
    ['"false" as text', tf, 'False', { correct: true, given: 'False' }],
    ['"no"', tf, 'no', { correct: true, given: 'False' }],
    ['the letter of False', tf, 'B', { correct: true, given: 'False' }],
    ['the letter of True', tf, 'a.', { correct: false, given: 'True' }],
    ['true', tf, true, { correct: false, given: 'True' }],
    ['neither true nor false', tf, 'maybe', { correct: false, given: 'maybe' }],
    ['the short answer', short, 'keith palmer', { correct: true, given: 'keith palmer' }],
    ['an accepted alias', short, 'PC Keith Palmer', { correct: true, given: 'PC Keith Palmer' }],
    ['a swap', short, 'Keith Plamer', { correct: true, given: 'Keith Plamer', spelling: 'Keith Palmer' }],
    ['a swap in an alias', short, 'Plamer', { correct: true, given: 'Plamer', spelling: 'Palmer' }],
    ['another name', short, 'Khalid Masood', { correct: false, given: 'Khalid Masood' }],
    ['a number in words', count, 'eighty-six', { correct: true, given: 'eighty-six' }],
    ['a number as a number', count, 86, { correct: true, given: '86' }],
    ['a neighbouring number', count, '68', { correct: false, given: '68' }],
  ])('%s', (_name, question, given, grade) => {
    expect(gradeAnswer(question, given)).toEqual(grade);
  });

  it('takes a choice that is itself a letter as that choice, not as a letter', () => {
    const letters: Question = { ...mc, choices: ['B', 'A', 'C', 'D'], answer: 'A' };
    expect(gradeAnswer(letters, 'A', { choiceOrder: ['D', 'C', 'B', 'A'] })).toEqual({ correct: true, given: 'A' });
  });

  it('prefers the exact choice over one the grader would fold to the same text', () => {
    const counts: Question = { ...mc, choices: ['One', '1 (one)', 'Three', 'Four'], answer: '1 (one)' };
    expect(gradeAnswer(counts, '1 (one)').correct).toBe(true);
  });

  it('reads letters in the order it is given', () => {
    expect(gradeAnswer(mc, 'A', { choiceOrder: ['Nice', 'Paris', 'Berlin', 'Rouen'] }).correct).toBe(true);
  });
});

describe('a typed answer, word by word', () => {
  it.each<[string, string, string | false]>([
    // [expected, typed, the spelling shown (or false: wrong)]
    ['Hyundai i40', 'hyundai i40', ''],
    ['Hyundai i40', 'Hyundai i41', false], // a digit is not a typo
    ['Kent', 'Kant', false], // too short to forgive a slip
    ['Palmer', 'Plamer', 'Palmer'], // two letters swapped
    ['Rowley', 'Rowly', 'Rowley'], // a letter left out
    ['Masood', 'Masod', 'Masood'],
    ['Palmer', 'Palmor', false], // a wrong letter in a short name is another name
    ['Palmer', 'Parker', false],
    ['Keith Palmer', 'Keith Parker', false], // the whole answer is near; the surname is not
    ['Andrew Parker', 'Andrew Palmer', false],
    ['Khalid Masood', 'Khalid Mahmood', false],
    ['Khalid Masood', 'Kahlid Masood', 'Khalid Masood'],
    ['Khalid Masood', 'hKalid Masood', false], // never the first letter, even swapped
    ['Westminster Bridge', 'Westminister Bridge', 'Westminster Bridge'],
    ['Westminster Bridge', 'Westminstr Brdge', 'Westminster Bridge'],
    ['Westminster Bridge', 'Lambeth Bridge', false],
    ['Counter Terrorism Command', 'Counter Terorism Comand', 'Counter Terrorism Command'],
    ['Rukmini Callimachi', 'Rukmini Calimachi', 'Rukmini Callimachi'],
    ['Palmer', '', false],
    ['Russia', 'Prussia', false], // a slip that makes another word
    ['unable', 'enable', false],
    ['Austria', 'Austrian', false], // an extra letter on a short word
    ['Jean-Marc Rickli', 'Xean-Marc Rickli', false], // never the first letter
    ['Mark Rowley', 'Mark', false], // half a name
    ['seven', '7', ''],
    ['12 to 15', 'twelve to fifteen', ''],
    ['19,000', '19000', ''],
    ['19,000', '19,001', false],
  ])('%s: %s', (expected, typed, spelling) => {
    const match = shortAnswerMatch(typed, [expected]);
    if (spelling === false) expect(match).toBeUndefined();
    else expect(match).toEqual(spelling === '' ? {} : { spelling });
  });

  it('never takes a word of the bank for a slip of another', () => {
    const words = () => new Set(['masood', 'masod']);
    expect(shortAnswerMatch('Masod', ['Masood'], words)).toBeUndefined();
    expect(shortAnswerMatch('Masod', ['Masood'])).toEqual({ spelling: 'Masood' });
  });
});

describe('the bundled bank', async () => {
  const bank = await loadFixtureBank(BUNDLED_BANK);
  const words = () => bankWords(bank);
  const shortAnswers = bank.questions.filter((q) => q.type === 'short-answer');
  const byId = (id: string) => shortAnswers.find((q) => q.id === id)!;
  // Every run of capitalised words in the articles and answers, and each word of it: the people,
  // places and groups a student might confuse, by full name and by surname.
  const runs = [
    ...bank.articles.map((a) => a.article.text),
    ...shortAnswers.flatMap((q) => [String(q.answer), ...q.accept]),
  ]
    .flatMap((text) => text.match(/\b\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+)+/gu) ?? [])
    .concat(['Keith Parker', 'Andrew Palmer', 'Khalid Mahmood']);
  const names = [...new Set([...runs, ...runs.flatMap((run) => run.split(' '))])];

  it('has names enough to test', () => {
    expect(names.length).toBeGreaterThan(150);
  });

  it.each(shortAnswers.map((q) => [q.id, q] as const))('grades no other name right for %s', (_id, question) => {
    const accepted = new Set([String(question.answer), ...question.accept].map(normalizeAnswer));
    const others = names.filter((name) => !accepted.has(normalizeAnswer(name)));
    const graded = others.filter((name) => gradeAnswer(question, name, { words }).correct);
    expect(graded).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['westminster-officer-name', 'Keith Plamer', 'Keith Palmer'],
    ['westminster-officer-name', 'Plamer', 'Palmer'],
    ['westminster-attacker-name', 'Khalid Masod', 'Khalid Masood'],
    ['mi5-chief-warning', 'Andrew Parkre', 'Andrew Parker'],
    ['rowley-in-two-articles', 'Mark Rowly', 'Mark Rowley'],
    ['callmachi-live-updates', 'Rukmini Calimachi', 'Rukmini Callmachi'],
    ['run-over-call-spokesman', 'Abu Mohammad al-Adnai', 'Abu Mohammad al-Adnani'],
  ])('takes a real slip in %s, "%s", and gives the spelling', (id, typed, spelling) => {
    expect(gradeAnswer(byId(id), typed, { words })).toEqual({ correct: true, given: typed, spelling });
  });

  it.each<[string, string, boolean]>([
    ['june-attack-deaths', '7', true],
    ['june-attack-deaths', 'Seven', true],
    ['june-attack-deaths', 'seven people', true],
    ['june-attack-deaths', '8', false],
    ['june-attack-deaths', 'seventeen', false],
    ['usual-claim-time', 'twelve to fifteen hours', true],
    ['usual-claim-time', '12-15', true],
    ['usual-claim-time', '12 to 16', false],
  ])('grades numbers and number words in %s: "%s"', (id, typed, correct) => {
    expect(gradeAnswer(byId(id), typed, { words }).correct).toBe(correct);
  });
});
