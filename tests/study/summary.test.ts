import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../src/bank/types.js';
import { answeredQuestions } from '../../src/study/bank-history.js';
import { questionHash } from '../../src/study/content-hash.js';
import { recentMisses, reviewOrder, today } from '../../src/study/review-queue.js';
import { addDays, buildStats, startOfDay } from '../../src/study/stats.js';
import { addRecords, emptySummary, reviveSummary, storeSummary } from '../../src/study/summary.js';
import { loadFixtureBank, MINI_BANK } from '../helpers.js';
import { answered, day } from './history-fixtures.js';

let bank: Bank;
beforeAll(async () => {
  bank = await loadFixtureBank(MINI_BANK);
});
const summaryOf = (...records: Parameters<typeof addRecords>[1]) => addRecords(emptySummary(), records);
const endOf = (date: Date) => addDays(date, 1);
const ids = (questions: readonly { id: string }[]) => questions.map((q) => q.id);

describe('scheduling with FSRS', () => {
  it('brings a miss back sooner than a right answer', () => {
    const summary = summaryOf(answered(bank, 'visitors', false, day(1)), answered(bank, 'opener', true, day(1)));
    // The same answers a day later: a miss is due the next day, a right answer a week or more away.
    addRecords(summary, [answered(bank, 'visitors', false, day(2)), answered(bank, 'opener', true, day(2))]);
    const due = Object.fromEntries(
      bank.questions.map((q) => [q.id, summary.questions.get(`${q.id}\u0000${questionHash(q)}`)?.card.due]),
    );
    expect(due.visitors).toEqual(day(3));
    expect(due.opener!.getTime()).toBeGreaterThanOrEqual(day(9).getTime());
    expect(due.parade).toBeUndefined();
  });

  /** Today's queue on `now` over the whole bank, as ids. */
  const queueOn = (summary: ReturnType<typeof summaryOf>, now: Date, newPerDay = 10, from = bank) => {
    const startOfToday = startOfDay(now);
    const queue = today(
      from.questions,
      answeredQuestions(from, summary),
      { startOfToday, endOfToday: endOf(startOfToday) },
      newPerDay,
    );
    return { learning: ids(queue.learning), due: ids(queue.due), new: ids(queue.new), order: ids(reviewOrder(queue)) };
  };

  it('reviews what is due today, misses first, then new questions; not what is not yet due', () => {
    const summary = summaryOf(
      answered(bank, 'parade', true, day(0)), // due on day 3
      answered(bank, 'opener', true, day(1)), // due on day 4
      answered(bank, 'visitors', false, day(2)), // due on day 3
    );
    expect(queueOn(summary, day(3))).toEqual({
      learning: ['visitors'],
      due: ['parade'],
      new: ['renovation-years', 'both-crowds'],
      order: ['visitors', 'parade', 'renovation-years', 'both-crowds'],
    });
    // Weeks later, everything answered is due again.
    expect(queueOn(summary, day(28)).due.sort()).toEqual(['opener', 'parade']);
  });

  it("introduces new questions in the bank's order up to the day's allowance, counting those first answered today", () => {
    expect(queueOn(emptySummary(), day(1), 3).new).toEqual(['visitors', 'opener', 'parade']);
    expect(queueOn(emptySummary(), day(1), 0).new).toEqual([]);
    const twoToday = summaryOf(
      answered(bank, 'visitors', true, day(1, 9)),
      answered(bank, 'opener', false, day(1, 10)),
    );
    expect(queueOn(twoToday, day(1, 18), 3).new).toEqual(['parade']);
    // The next day brings a full allowance again.
    expect(queueOn(twoToday, day(2), 3).new).toEqual(['parade', 'renovation-years', 'both-crowds']);
  });

  it('with --missed, takes misses of the last sessions not answered right since, due or not', () => {
    const summary = summaryOf(
      answered(bank, 'parade', false, day(1), 'old'),
      ...['a', 'b', 'c', 'd', 'e'].map((s, i) => answered(bank, 'renovation-years', true, day(2 + i), s)),
      answered(bank, 'visitors', false, day(7), 'e'),
      answered(bank, 'opener', false, day(7), 'e'),
      answered(bank, 'opener', true, day(7, 13), 'e'),
    );
    expect(ids(recentMisses(answeredQuestions(bank, summary), summary))).toEqual(['visitors']);
  });

  it('starts an edited question afresh, as a new one', () => {
    const summary = summaryOf(answered(bank, 'visitors', false, day(1)));
    const edited: Bank = {
      ...bank,
      questions: bank.questions.map((q) => (q.id === 'visitors' ? { ...q, prompt: `${q.prompt} (edited)` } : q)),
    };
    expect(queueOn(summary, day(3)).learning).toEqual(['visitors']);
    expect(queueOn(summary, day(3), 10, edited)).toMatchObject({
      learning: [],
      new: ['visitors', 'opener', 'parade', 'renovation-years', 'both-crowds'],
    });
    expect(buildStats(edited, summary, day(1)).due.new).toBe(5);
  });

  it('survives a snapshot round trip unchanged', () => {
    const summary = summaryOf(answered(bank, 'visitors', false, day(1)), answered(bank, 'opener', true, day(2), 's2'));
    const revived = reviveSummary(JSON.parse(JSON.stringify(storeSummary(summary))));
    expect(revived).toEqual(summary);
    expect(reviveSummary({ ...storeSummary(summary), format: 99 as 3 })).toBeUndefined();
  });
});

describe('statistics', () => {
  it('gives accuracy per article and skill, sessions, due counts and the questions missed most', () => {
    const summary = summaryOf(
      answered(bank, 'visitors', false, day(1), 's1'),
      answered(bank, 'both-crowds', true, day(1), 's1'),
      answered(bank, 'visitors', false, day(2), 's2'),
      answered(bank, 'renovation-years', false, day(2), 's2'),
    );
    const stats = buildStats(bank, summary, day(3, 9));
    expect(stats).toMatchObject({
      bank: 'mini',
      answers: 4,
      sessions: 2,
      overall: { correct: 1, total: 4, score: 0.25 },
      byArticle: [
        { article: 'harbour', correct: 1, total: 3 },
        { article: 'market', correct: 0, total: 1 },
      ],
      bySkill: [
        { skill: 'detail', correct: 0, total: 3 },
        { skill: 'cross-article', correct: 1, total: 1 },
      ],
      today: { new: 2, learning: 2, due: 0 },
      due: { today: 2, next7Days: 1, new: 2 },
      mostMissed: [
        { id: 'visitors', missed: 2, answered: 2 },
        { id: 'renovation-years', missed: 1, answered: 1 },
      ],
    });
  });

  it.each([
    ['no answers', [], 2, { current: 0, longest: 0 }],
    ['today and the two days before', [3, 4, 5], 5, { current: 3, longest: 3 }],
    ['up to yesterday: the streak still stands today', [3, 4], 5, { current: 2, longest: 2 }],
    ['a day missed since', [1, 2, 3, 4, 8], 10, { current: 0, longest: 4 }],
    ['across a month end', [30, 31, 32], 32, { current: 3, longest: 3 }],
  ])('counts the streak: %s', (_name, days, today, streak) => {
    const summary = summaryOf(...days.map((d) => answered(bank, 'visitors', true, day(d))));
    expect(buildStats(bank, summary, day(today, 20)).streak).toEqual(streak);
  });
});
