import { describe, expect, it } from 'vitest';
import { citeQuestions } from '../../src/cite/cite-bank.js';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/cite/defaults.js';
import { BUNDLED_BANK, loadFixtureBank } from '../helpers.js';
import { asSentence, citesAsOriginal } from './helpers.js';

// The targets on the hand-written bank: with its sources taken away, `cite` finds a
// sentence the bank cites for at least 90% of the questions, 97% within its top 3, and every
// citation it is sure of is one of them.
describe('citing the bundled bank afresh', async () => {
  const bank = await loadFixtureBank(BUNDLED_BANK);
  const results = citeQuestions(
    bank.articles,
    bank.questions.map((q, index) => ({ ...q, index })),
    DEFAULT_MIN_CONFIDENCE,
  );
  const rightAt = (k: number) =>
    results.filter((r, i) => r.ranked.slice(0, k).some((c) => citesAsOriginal(bank.questions[i]!, asSentence(c))));

  it('finds a sentence the bank cites first for 90% of the questions, and in the top 3 for 97%', () => {
    const first = results.filter(
      (r, i) => r.sources[0] && citesAsOriginal(bank.questions[i]!, asSentence(r.sources[0])),
    );
    expect(first.length / results.length).toBeGreaterThanOrEqual(0.9);
    expect(rightAt(3).length / results.length).toBeGreaterThanOrEqual(0.97);
  });

  it('is right about every question it is sure of, and sure of the plain detail questions', () => {
    const sure = results.filter((r) => r.status === 'cited');
    const wrong = sure.filter((r) => !citesAsOriginal(bank.questions[r.index]!, asSentence(r.sources[0]!)));
    expect(wrong.map((r) => r.id)).toEqual([]);
    expect(sure.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['europe-extremist-arrests', 'at least 320 extremist arrests'],
    ['coalition-air-strikes', 'more than 19,000 air strikes'],
  ])('cites the false statement %s to the sentence that contradicts it', (id, words) => {
    const result = results.find((r) => r.id === id)!;
    expect(bank.questions.find((q) => q.id === id)!.answer).toBe(false);
    expect(result.sources[0]!.quote).toContain(words);
  });

  it('leaves no question of the bank uncited: every answer stands in its articles', () => {
    expect(results.filter((r) => r.status === 'uncited').map((r) => r.id)).toEqual([]);
  });
});
