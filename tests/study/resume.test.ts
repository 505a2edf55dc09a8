import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../src/bank/types.js';
import type { HistoryRecord } from '../../src/study/records.js';
import { lookback, RESUME_LOOKBACK, unfinishedSession } from '../../src/study/resume.js';
import { loadFixtureBank, MINI_BANK } from '../helpers.js';
import { answered, day, ended, started } from './history-fixtures.js';

let bank: Bank;
beforeAll(async () => {
  bank = await loadFixtureBank(MINI_BANK);
});

describe('finding the quiz to resume', () => {
  const cases: [string, () => HistoryRecord[], string[] | undefined][] = [
    ['none without a history', () => [], undefined],
    [
      'the latest quiz with questions left',
      () => [started(bank, ['visitors', 'opener'], 'a'), answered(bank, 'visitors', true, day(1), 'a')],
      ['visitors'],
    ],
    [
      'none once it has ended',
      () => [started(bank, ['visitors'], 'a'), answered(bank, 'visitors', true, day(1), 'a'), ended('a')],
      undefined,
    ],
    [
      'none once it was set aside',
      () => [started(bank, ['visitors', 'opener'], 'a'), ended('a', 'abandoned')],
      undefined,
    ],
    ['none when it was stopped before its first answer', () => [started(bank, ['visitors', 'opener'], 'a')], undefined],
    [
      'an earlier one with answers, past a later one stopped before its first',
      () => [
        started(bank, ['visitors', 'opener'], 'a'),
        answered(bank, 'visitors', true, day(1), 'a'),
        started(bank, ['parade'], 'b'),
      ],
      ['visitors'],
    ],
    [
      'none when every question was answered',
      () => [started(bank, ['visitors'], 'a'), answered(bank, 'visitors', true, day(1), 'a')],
      undefined,
    ],
    [
      'the latest, with answers of another quiz running at once left out',
      () => [
        started(bank, ['parade'], 'old'),
        started(bank, ['visitors', 'opener'], 'b'),
        answered(bank, 'visitors', true, day(1), 'other'),
        answered(bank, 'opener', false, day(1), 'b'),
      ],
      ['opener'],
    ],
    [
      'one that a quiz finished after it does not hide',
      () => [
        started(bank, ['visitors', 'opener'], 'a'),
        answered(bank, 'opener', false, day(1), 'a'),
        started(bank, ['parade'], 'b'),
        ended('b'),
      ],
      ['opener'],
    ],
  ];
  it.each(cases)('%s', (_name, records, answeredIds) => {
    const found = unfinishedSession(records());
    expect(found && [...found.answers.keys()]).toEqual(answeredIds);
  });
});

describe('how far back a quiz starting up reads', () => {
  let bank: Bank;
  beforeAll(async () => {
    bank = await loadFixtureBank(MINI_BANK);
  });

  it('stops at the tenth latest session, reviews counting as much as quizzes', () => {
    const stop = lookback();
    const review = (session: string): HistoryRecord => ({ ...started(bank, ['visitors'], session), mode: 'review' });
    const seen = Array.from({ length: 12 }, (_, i) =>
      stop(i % 2 ? review(`r${i}`) : started(bank, ['visitors'], `q${i}`)),
    );
    expect(seen.indexOf(true)).toBe(RESUME_LOOKBACK - 1);
    expect(stop(answered(bank, 'visitors', true, day(1)))).toBe(false);
  });
});
