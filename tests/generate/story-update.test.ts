import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../src/generate/generate.js';
import { loadAnalyser } from '../../src/generate/nlp.js';

const EARLIER =
  'No group had yet claimed responsibility for the attack on Westminster Bridge in London on Wednesday.\n\nThe Metropolitan Police closed Westminster Bridge in London for the night.';
const LATER =
  'The Islamic State group has claimed responsibility for the attack on Westminster Bridge in London.\n\nThe Metropolitan Police reopened Westminster Bridge in London on Friday.';
const OTHER =
  'The Metropolitan Police said the attack on Westminster Bridge in London was planned alone.\n\nWestminster Bridge in London reopened to traffic on Friday.';

async function updates(dates: readonly (string | undefined)[]) {
  const articles = [EARLIER, LATER, OTHER].map((text, i) => ({
    id: `r${i}`,
    title: `Report ${i}`,
    format: 'text' as const,
    text,
    ...(dates[i] ? { published: dates[i] } : {}),
  }));
  const { questions } = generateQuestions(articles, await loadAnalyser(), {
    perArticle: 6,
    types: ['multiple-choice', 'true-false', 'short-answer'],
    seed: 's',
  });
  return questions.map((q) => q.candidate).filter((c) => c.draft.kind === 'story-update');
}

describe('how a story moved on between reports', () => {
  it('asks what explains an earlier report saying no one had yet done what a later one says was done', async () => {
    const [question, ...more] = await updates(['2017-03-22', '2017-03-23', '2017-03-23']);
    expect(more).toEqual([]);
    expect(question?.prompt).toBe(
      'According to the article “Report 0” (22 March 2017), “No group had yet claimed responsibility for the attack on Westminster Bridge in London on Wednesday”; according to the article “Report 1” (23 March 2017), published later, “The Islamic State group has claimed responsibility for the attack on Westminster Bridge in London”. What best explains the difference?',
    );
    expect(question?.answer).toBe('The earlier report was written before it happened.');
    expect(question?.choices).toHaveLength(4);
    expect([question!.draft.sentence, ...question!.draft.support!].map((s) => s.article)).toEqual(['r1', 'r0']);
  });

  it.each([
    ['the reports are undated', [undefined, undefined, undefined]],
    ['the report of the claim is the earlier one', ['2017-03-24', '2017-03-23', '2017-03-23']],
    ['the reports are months apart, of two events', ['2017-03-22', '2017-06-04', '2017-06-04']],
  ])('asks nothing when %s', async (_, dates) => {
    expect(await updates(dates)).toEqual([]);
  });
});
