import { describe, expect, it } from 'vitest';
import { seededRandom, shuffle } from '../../src/quiz/random.js';
import { selectQuestions, type QuizItem, type Selected } from '../../src/quiz/select.js';
import { loadFixtureBank, MINI_BANK } from '../helpers.js';

const bank = await loadFixtureBank(MINI_BANK);
const itemsOf = (selected: Selected): readonly QuizItem[] => {
  if (selected.kind !== 'selected') throw new Error(`nothing selected: ${selected.kind}`);
  return selected.items;
};
const ids = (selected: Selected) => itemsOf(selected).map((i) => i.question.id);

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
    const item = itemsOf(selectQuestions(bank, { seed: '7' })).find((i) => i.question.id === 'visitors')!;
    expect([...item.choices].sort()).toEqual([...item.question.choices].sort());
  });

  it.each([
    [{ articles: ['market'] }, ['renovation-years', 'both-crowds']],
    [{ types: ['true-false' as const] }, ['parade']],
    [{ articles: ['harbour'], types: ['short-answer' as const] }, ['opener']],
    [{ count: 2 }, ['visitors', 'opener']],
    [{ count: 2, articles: ['market'] }, ['renovation-years', 'both-crowds']],
    [{ count: 9 }, ['visitors', 'opener', 'parade', 'renovation-years', 'both-crowds']],
  ])('filters %o', (selection, expected) => {
    expect(ids(selectQuestions(bank, selection))).toEqual(expected);
  });

  it('counts how many matched before --count', () => {
    expect(selectQuestions(bank, { articles: ['harbour'], count: 1 })).toMatchObject({ kind: 'selected', matching: 4 });
  });

  it('puts the matching questions in the order given, which may leave some out, then takes --count', () => {
    const reversed = selectQuestions(bank, { articles: ['harbour'], count: 2 }, (matching) =>
      [...matching].reverse().filter((q) => q.id !== 'both-crowds'),
    );
    expect(ids(reversed)).toEqual(['parade', 'opener']);
  });

  it('shows True and False for true-false questions', () => {
    expect(itemsOf(selectQuestions(bank, { types: ['true-false'] }))[0]!.choices).toEqual(['True', 'False']);
  });

  it.each<[string, Parameters<typeof selectQuestions>[1], Selected]>([
    ['an unknown article id', { articles: ['harbour', 'nope'] }, { kind: 'unknown-article', article: 'nope' }],
    ['nothing matching', { articles: ['market'], types: ['true-false'] }, { kind: 'no-match' }],
    ['an empty bank', {}, { kind: 'empty-bank' }],
  ])('says why nothing is picked: %s', (name, selection, expected) => {
    const from = name === 'an empty bank' ? { ...bank, questions: [] } : bank;
    expect(selectQuestions(from, selection)).toEqual(expected);
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
