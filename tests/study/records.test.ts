import { describe, expect, it } from 'vitest';
import { encodeRecord, parseRecord, type AnswerRecord } from '../../src/study/records.js';

const answer: AnswerRecord = {
  v: 1,
  kind: 'answer',
  session: 's1',
  at: '2026-01-10T12:00:00.000Z',
  question: 'q1',
  hash: 'abc',
  given: 'B',
  correct: true,
};
const line = encodeRecord(answer).trimEnd();

describe('history records', () => {
  it('reads back what it writes, as one line', () => {
    expect(encodeRecord(answer).endsWith('\n')).toBe(true);
    expect(encodeRecord(answer).split('\n')).toHaveLength(2);
    expect(parseRecord(line)).toEqual(answer);
  });

  it.each([
    ['half a line', line.slice(0, line.length / 2)],
    ['garbage', 'x3#!\u0000'],
    ['a newer version', JSON.stringify({ ...answer, v: 2 })],
    ['no version', JSON.stringify({ ...answer, v: undefined })],
    ['an unknown kind', JSON.stringify({ ...answer, kind: 'note' })],
    ['a bad time', JSON.stringify({ ...answer, at: 'yesterday' })],
    ['a correct that is not true or false', JSON.stringify({ ...answer, correct: 'yes' })],
    ['a start without its items', JSON.stringify({ v: 1, kind: 'start', session: 's', at: answer.at, mode: 'quiz' })],
    ['JSON that is not an object', '[1,2]'],
  ])('refuses %s', (_name, text) => {
    expect(parseRecord(text)).toBeUndefined();
  });

  it('keeps a blank answer as null', () => {
    expect(parseRecord(JSON.stringify({ ...answer, given: null }))).toMatchObject({ given: null });
  });
});
