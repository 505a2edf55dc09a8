import { expect, it } from 'vitest';
import { generateQuestions } from '../../src/generate/generate.js';
import { loadAnalyser } from '../../src/generate/nlp.js';
import { ROOT } from '../helpers.js';
import { readSet } from './rubric.js';
import { kindOf } from '../../src/generate/kinds/index.js';
import { materialOf } from './helpers.js';

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
  // The toll is asked once, of the first report, citing both: asking the second's too would ask
  // one fact twice.
  expect(accounts.map((c) => [c.prompt, c.answer])).toEqual([
    [
      'According to Valley Courier, how many people were killed in the attack on Westminster Bridge on Wednesday?',
      'Four',
    ],
  ]);
  expect(accounts[0]!.choices).toContain('Three');
  expect(accounts[0]!.draft.support?.map((s) => s.article)).toEqual(['herald']);
  expect(accounts[0]!.skill).toBe('cross-article');
});

const story = (texts: readonly (readonly [string, string, string?])[]) =>
  texts.map(([id, text, published]) => ({
    id,
    title: `Report ${id}`,
    format: 'text' as const,
    text,
    ...(published ? { published } : {}),
  }));

it('asks which report gives the highest of differing figures, or how the figure changed between dated reports, once', async () => {
  const reports: [string, string, string][] = [
    [
      'a',
      'Three people were killed in the attack on Westminster Bridge in London on Wednesday.\n\nThe Metropolitan Police closed Westminster Bridge in London for the night.',
      '2017-03-22',
    ],
    [
      'b',
      'Five people were killed in the attack on Westminster Bridge in London on Wednesday.\n\nThe Metropolitan Police reopened Westminster Bridge in London on Friday.',
      '2017-03-24',
    ],
    [
      'c',
      'The Metropolitan Police said the attack on Westminster Bridge in London was planned alone.\n\nWestminster Bridge in London reopened to traffic on Friday.',
      '2017-03-24',
    ],
  ];
  const generate = async (dated: boolean) =>
    generateQuestions(
      story(reports.map(([id, text, date]) => [id, text, dated ? date : undefined])),
      await loadAnalyser(),
      { perArticle: 6, types: ['multiple-choice', 'true-false', 'short-answer'], seed: 's' },
    ).questions.map((q) => q.candidate);
  const undated = await generate(false);
  const highest = undated.find((c) => c.draft.kind === 'highest-figure');
  expect(highest?.prompt).toBe(
    'The reports give different figures for how many people were killed in the attack on Westminster Bridge in London on Wednesday. Which gives the highest?',
  );
  expect(highest?.answer).toBe('“Report b”');
  expect(highest?.choices).toContain('“Report a”');
  const dated = await generate(true);
  const change = dated.find((c) => c.draft.kind === 'story-change');
  expect(change?.answer).toBe('It rose from Three to Five.');
  expect(change?.choices).toContain('It fell from Five to Three.');
  for (const c of [highest!, change!])
    expect(new Set([c.draft.sentence, ...c.draft.support!].map((s) => s.article)).size).toBe(2);
  // The toll is asked once in each bank: by the comparison, not again by another.
  for (const bank of [undated, dated])
    expect(bank.filter((c) => /were killed in the attack/.test(c.prompt) && c.skill === 'cross-article')).toHaveLength(
      1,
    );
});

it("compares the story's toll where the reports give it in words no wh-question asks, and leaves an earlier disaster's toll out", async () => {
  const articles = story([
    [
      'a',
      'More than 23,000 people have been killed following a massive earthquake off Sumatra.\n\nThe worst-hit areas are in Sri Lanka, India, Indonesia and Thailand.',
    ],
    [
      'b',
      'The tragedy off Sumatra has left at least 25,000 people dead, with Sri Lanka, India, Indonesia and Thailand worst hit.\n\nHurricane Mitch killed about 10,000 people in Honduras in 1998.',
    ],
    [
      'c',
      'Insurers sought to calm fears after giant waves off Sumatra killed at least 38,000 people.\n\nSwiss Re said claims from Sri Lanka, India, Indonesia and Thailand would be less than $10bn.',
    ],
  ]);
  const { questions } = generateQuestions(articles, await loadAnalyser(), {
    perArticle: 4,
    types: ['multiple-choice', 'true-false', 'short-answer'],
    seed: 's',
  });
  const tolls = questions.map((q) => q.candidate).filter((c) => c.skill === 'cross-article');
  const highest = tolls.find((c) => c.draft.kind === 'highest-figure');
  expect(highest?.prompt).toBe(
    'The reports give different figures for how many people were killed. Which gives the highest?',
  );
  expect(highest?.answer).toBe('“Report c”');
  expect(new Set([highest!.draft.sentence, ...highest!.draft.support!].map((s) => s.article))).toEqual(
    new Set(['a', 'b', 'c']),
  );
  // Which report gives the most asks every report's toll: none is asked again on its own.
  expect(tolls.filter((c) => /killed/.test(c.prompt))).toHaveLength(1);
  expect(highest?.explanation).not.toContain('10,000');
});

it('compares each figure three reports of a wildfire give differently once: homes destroyed, land burned', async () => {
  const articles = (await readSet(ROOT, 'tests/fixtures/generate/holdout/set-2')).filter((a) =>
    a.id.startsWith('wildfire'),
  );
  const { questions } = generateQuestions(articles, await loadAnalyser(), {
    perArticle: 8,
    types: ['multiple-choice', 'true-false', 'short-answer'],
    seed: 's',
  });
  const compared = questions
    .map((q) => q.candidate)
    .filter((c) => c.draft.kind === 'highest-figure' || c.draft.kind === 'whose-account');
  const measures = compared.map((c) => /how many (\w+)/.exec(c.prompt)?.[1]);
  expect(measures.sort()).toEqual(['hectares', 'homes']);
  for (const c of compared)
    expect(new Set([c.draft.sentence, ...c.draft.support!].map((s) => s.article)).size).toBeGreaterThan(1);
});

it('offers as choices every report it compares and no report of another event on the story', async () => {
  const westminster = 'The attack on Westminster Bridge in London on Wednesday';
  const articles = story([
    [
      'a',
      `${westminster} killed four people, police in London said.\n\nThe bridge was closed to traffic.`,
      '2017-03-22',
    ],
    ['b', `${westminster} killed three people, officials in London said.\n\nParliament was locked down.`, '2017-03-23'],
    ['c', `${westminster} shocked London.\n\nMPs met in Parliament the next day.`, '2017-03-23'],
    [
      'd',
      `${westminster} was followed by arrests in London.\n\nPolice in London searched six addresses.`,
      '2017-03-24',
    ],
    [
      'e',
      `An attack on London Bridge killed seven people in London on Saturday.\n\nPolice in London recalled the attack on Westminster Bridge in March.`,
      '2017-06-04',
    ],
  ]);
  const [highest, ...more] = kindOf('highest-figure').draft(await materialOf(articles));
  expect(more).toEqual([]);
  expect(highest?.answer).toBe('“Report a” (22 March 2017)');
  expect(highest?.choices).toContain('“Report b” (23 March 2017)');
  expect(highest?.choices?.join(' ')).not.toContain('Report e');
});
