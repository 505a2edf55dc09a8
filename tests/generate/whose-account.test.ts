import { expect, it } from 'vitest';
import { generateQuestions } from '../../src/generate/generate.js';
import { loadAnalyser } from '../../src/generate/nlp.js';

it('asks whose account it means where two articles count the same thing differently, with the other figure among the choices', async () => {
  const articles = [
    {
      id: 'courier',
      title: 'Bridge attack',
      outlet: 'Valley Courier',
      format: 'text' as const,
      text: 'Four people were killed in the attack on Westminster Bridge on Wednesday.\n\nThe Metropolitan Police closed Westminster Bridge for the night.',
    },
    {
      id: 'herald',
      title: 'Attack on bridge',
      outlet: 'Daily Herald',
      format: 'text' as const,
      text: 'Three people were killed in the attack on Westminster Bridge on Wednesday.\n\nThe Metropolitan Police reopened Westminster Bridge on Thursday.',
    },
  ];
  const { questions } = generateQuestions(articles, await loadAnalyser(), {
    perArticle: 4,
    types: ['multiple-choice', 'true-false', 'short-answer'],
    seed: 's',
  });
  const accounts = questions.map((q) => q.candidate).filter((c) => c.draft.kind === 'whose-account');
  expect(accounts.map((c) => [c.prompt, c.answer])).toEqual([
    [
      'According to Valley Courier, how many people were killed in the attack on Westminster Bridge on Wednesday?',
      'Four',
    ],
    [
      'According to Daily Herald, how many people were killed in the attack on Westminster Bridge on Wednesday?',
      'Three',
    ],
  ]);
  expect(accounts[0]!.choices).toContain('Three');
  expect(accounts[1]!.choices).toContain('Four');
  expect(accounts.every((c) => c.skill === 'cross-article')).toBe(true);
});
