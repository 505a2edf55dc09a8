import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/bank/types.js';
import type { AnsweredQuestion } from '../../src/study/bank-history.js';
import { nextDue, recentMisses, reviewOrder, today } from '../../src/study/review-queue.js';
import { newCard } from '../../src/study/schedule.js';
import { emptySummary } from '../../src/study/summary.js';
import { day } from './history-fixtures.js';

// The queue on hand-built histories: each question's due date, last answer and session set directly.

const question = (id: string): Question => ({
  id,
  type: 'short-answer',
  prompt: `${id}?`,
  choices: [],
  answer: id,
  accept: [],
  skill: 'detail',
  sources: [],
});
const answered = (
  id: string,
  due: Date,
  { lastCorrect = true, firstAt = day(1), lastAt = day(1), lastSession = 's1' } = {},
): AnsweredQuestion => ({
  question: question(id),
  history: {
    answers: 1,
    correct: lastCorrect ? 1 : 0,
    firstAt: firstAt.getTime(),
    lastAt: lastAt.getTime(),
    lastCorrect,
    lastSession,
    card: { ...newCard(firstAt), due },
  },
});
const ids = (questions: readonly Question[]) => questions.map((q) => q.id);
const window = { startOfToday: day(10, 0), endOfToday: day(11, 0) };

describe("today's queue", () => {
  it('asks misses first, then what is due, longest overdue first, then new questions', () => {
    const history = [
      answered('due-later-today', day(10, 18)),
      answered('missed', day(10, 9), { lastCorrect: false }),
      answered('long-overdue', day(3)),
      answered('due-at-midnight', day(11, 0)),
      answered('tomorrow', day(11, 1)),
    ];
    const fresh = [question('new-1'), question('new-2')];
    const queue = today([...history.map((a) => a.question), ...fresh], history, window, 10);
    expect(ids(queue.learning)).toEqual(['missed']);
    expect(ids(queue.due)).toEqual(['long-overdue', 'due-later-today', 'due-at-midnight']);
    expect(ids(queue.new)).toEqual(['new-1', 'new-2']);
    expect(ids(reviewOrder(queue))).toEqual([
      'missed',
      'long-overdue',
      'due-later-today',
      'due-at-midnight',
      'new-1',
      'new-2',
    ]);
  });

  it('counts questions first answered today, from the first moment of today, against the new allowance', () => {
    const fresh = ['a', 'b', 'c', 'd'].map(question);
    const history = [
      answered('today-1', day(20), { firstAt: window.startOfToday }),
      answered('yesterday', day(20), { firstAt: day(9, 23) }),
    ];
    const all = [...history.map((a) => a.question), ...fresh];
    expect(ids(today(all, history, window, 3).new)).toEqual(['a', 'b']);
    expect(ids(today(all, history, window, 1).new)).toEqual([]);
    expect(ids(today(all, [], window, 0).new)).toEqual([]);
  });
});

describe('misses to go over again', () => {
  it('are those missed last time in the recent sessions, latest first', () => {
    const summary = { ...emptySummary(), recentSessions: ['s1', 's2', 's3', 's4', 's5', 's6'] };
    const history = [
      answered('early', day(20), { lastCorrect: false, lastAt: day(2), lastSession: 's2' }),
      answered('late', day(20), { lastCorrect: false, lastAt: day(6), lastSession: 's6' }),
      answered('right', day(20), { lastCorrect: true, lastAt: day(5), lastSession: 's5' }),
      answered('too-old', day(20), { lastCorrect: false, lastAt: day(1), lastSession: 's1' }),
    ];
    expect(ids(recentMisses(history, summary))).toEqual(['late', 'early']);
  });
});

describe('when the next question falls due', () => {
  it('is the soonest due date after the moment given', () => {
    const history = [answered('a', day(14)), answered('b', day(12)), answered('c', day(5)), answered('d', day(10, 12))];
    expect(nextDue(history, day(10, 12))).toEqual(day(12));
  });

  it('is nothing when nothing falls due later', () => {
    expect(nextDue([answered('a', day(5))], day(10))).toBeUndefined();
    expect(nextDue([], day(10))).toBeUndefined();
  });
});
