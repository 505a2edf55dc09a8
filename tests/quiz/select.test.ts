import { describe, expect, it } from 'vitest';
import { seededRandom, shuffle } from '../../src/quiz/random.js';
import { selectQuestions } from '../../src/quiz/select.js';
import { loadFixtureBank, MINI_BANK } from '../helpers.js';

const bank = await loadFixtureBank(MINI_BANK);
const ids = (items: ReturnType<typeof selectQuestions>) => items.map((i) => i.question.id);

describe('selectQuestions', () => {
  it('keeps the bank order without a seed', () => {
    expect(ids(selectQuestions(bank, {}))).toEqual(bank.questions.map((q) => q.id));
  });

  it('gives the same order and choices for the same seed', () => {
    const first = selectQuestions(bank, { seed: 'week-3' });
    const again = selectQuestions(bank, { seed: 'week-3' });
    expect(again).toEqual(first);
  });

  it('gives another order for another seed', () => {
    const orders = new Set(['1', '2', '3', '4', '5'].map((seed) => ids(selectQuestions(bank, { seed })).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('shuffles choices but keeps all of them', () => {
    const item = selectQuestions(bank, { seed: '7' }).find((i) => i.question.id === 'visitors')!;
    expect([...item.choices].sort()).toEqual([...item.question.choices].sort());
  });

  it.each([
    [{ articles: ['market'] }, ['renovation-years', 'both-crowds']],
    [{ types: ['true-false' as const] }, ['parade']],
    [{ articles: ['harbour'], types: ['short-answer' as const] }, ['opener']],
    [{ count: 2 }, ['visitors', 'opener']],
  ])('filters %o', (selection, expected) => {
    expect(ids(selectQuestions(bank, selection))).toEqual(expected);
  });

  it('shows True and False for true-false questions', () => {
    expect(selectQuestions(bank, { types: ['true-false'] })[0]!.choices).toEqual(['True', 'False']);
  });

  it('names the articles when an article id is unknown', () => {
    expect(() => selectQuestions(bank, { articles: ['nope'] })).toThrow(/no article "nope".*harbour, market/);
  });

  it('says so when nothing matches', () => {
    expect(() => selectQuestions(bank, { articles: ['market'], types: ['true-false'] })).toThrow(/no question/);
  });
});

describe('shuffle', () => {
  it('is a permutation and leaves its input alone', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const output = shuffle(input, seededRandom('x'));
    expect([...output].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('spreads values over the whole range', () => {
    const random = seededRandom('spread');
    const seen = new Set(Array.from({ length: 200 }, () => random.int(4)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });
});
