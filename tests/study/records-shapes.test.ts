import { describe, expect, it } from 'vitest';
import { parseRecord, type AnswerRecord, type EndRecord, type StartRecord } from '../../src/study/records.js';

// Every field of every kind of record is checked: a history line that lies about one is refused,
// not taken for a record with a hole in it.

const at = '2026-01-10T12:00:00.000Z';
const answer: AnswerRecord = {
  v: 1,
  kind: 'answer',
  session: 's',
  at,
  question: 'q',
  hash: 'h',
  given: 'B',
  correct: false,
};
const start: StartRecord = {
  v: 1,
  kind: 'start',
  session: 's',
  at,
  mode: 'quiz',
  items: [{ question: 'q', hash: 'h', choices: ['a', 'b'] }],
};
const end: EndRecord = { v: 1, kind: 'end', session: 's', at, reason: 'finished' };
const line = (record: object) => JSON.stringify(record);

describe('reading a history line', () => {
  it.each<[string, object]>([
    ['an answer', answer],
    ['an answer overridden by the student', { ...answer, overridden: true }],
    ['a start of a quiz', start],
    ['a start of a review, with a seed and exam mode', { ...start, mode: 'review', seed: '42', exam: true }],
    ['a start with no items', { ...start, items: [] }],
    ['a finished session', end],
    ['an abandoned session', { ...end, reason: 'abandoned' }],
  ])('takes %s', (_, record) => {
    expect(parseRecord(line(record))).toEqual(record);
  });

  it.each<[string, string]>([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"answer"'],
    ['a session that is not text', line({ ...answer, session: 1 })],
    ['no time', line({ ...answer, at: undefined })],
    ['a question that is not text', line({ ...answer, question: 7 })],
    ['no hash', line({ ...answer, hash: undefined })],
    ['an answer given as a number', line({ ...answer, given: 2 })],
    ['no correct', line({ ...answer, correct: undefined })],
    ['overridden set to false', line({ ...answer, overridden: false })],
    ['a mode that is neither', line({ ...start, mode: 'exam' })],
    ['items that are not a list', line({ ...start, items: {} })],
    ['an item that is null', line({ ...start, items: [null] })],
    ['an item that is text', line({ ...start, items: ['q'] })],
    ['an item without a question', line({ ...start, items: [{ hash: 'h', choices: [] }] })],
    ['an item without a hash', line({ ...start, items: [{ question: 'q', choices: [] }] })],
    ['an item without choices', line({ ...start, items: [{ question: 'q', hash: 'h' }] })],
    [
      'an item with a choice that is not text',
      line({ ...start, items: [{ question: 'q', hash: 'h', choices: ['a', 1] }] }),
    ],
    ['an end without a reason', line({ ...end, reason: undefined })],
    ['an end for another reason', line({ ...end, reason: 'crashed' })],
  ])('refuses %s', (_, text) => {
    expect(parseRecord(text)).toBeUndefined();
  });
});
