import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/bank/types.js';
import { articleHeading, buildPrintJob, versionLetter, type PrintJob } from '../../src/print/job.js';
import { BUNDLED_BANK, loadFixtureBank, MINI_BANK, picked } from '../helpers.js';

const mini = await loadFixtureBank(MINI_BANK);
const bundled = await loadFixtureBank(BUNDLED_BANK);
const ids = (job: PrintJob, v = 0) => job.versions[v]!.questions.map((q) => q.id);
const questionOf = (bank: Bank, id: string) => bank.questions.find((q) => q.id === id)!;

describe('versionLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [99, 'CV'],
  ])('names version %i %s', (index, letter) => {
    expect(versionLetter(index)).toBe(letter);
  });
});

describe('buildPrintJob', () => {
  it("keeps the bank's order with one version and no seed", () => {
    const job = buildPrintJob(mini, { versions: 1 });
    expect(ids(job)).toEqual(mini.questions.map((q) => q.id));
    expect(job.versions[0]!.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
    const visitors = job.versions[0]!.questions[0]!;
    expect(visitors.choices.map((c) => `${c.letter}. ${c.text}`)).toEqual([
      'A. 3,000',
      'B. 12,000',
      'C. 1,998',
      'D. 4,000',
    ]);
    expect(visitors.keyAnswer).toBe('B');
    expect(job.seed).toBeUndefined();
  });

  it('shuffles questions and choices per version, reproducibly from the seed', () => {
    const a = buildPrintJob(bundled, { versions: 3, seed: '7', questions: picked(bundled, { seed: '7', count: 20 }) });
    const b = buildPrintJob(bundled, { versions: 3, seed: '7', questions: picked(bundled, { seed: '7', count: 20 }) });
    expect(b).toEqual(a);
    expect(new Set(a.versions.map((v) => v.questions.map((q) => q.id).join()))).toHaveProperty('size', 3);
    // every version asks the same questions
    expect(new Set(ids(a, 1))).toEqual(new Set(ids(a, 0)));
    expect(new Set(ids(a, 2))).toEqual(new Set(ids(a, 0)));
    expect(
      buildPrintJob(bundled, { versions: 3, seed: '8', questions: picked(bundled, { seed: '8', count: 20 }) }),
    ).not.toEqual(a);
  });

  it('gives version B the same questions whether 2 or 20 versions are printed', () => {
    const two = buildPrintJob(bundled, { versions: 2, seed: 'spring' });
    const twenty = buildPrintJob(bundled, { versions: 20, seed: 'spring' });
    expect(twenty.versions[1]).toEqual(two.versions[1]);
    expect(twenty.versions.map((v) => v.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('keys every question of every version to the right letter or answer', () => {
    const job = buildPrintJob(bundled, { versions: 30, seed: '1' });
    expect(job.versions.map((v) => v.letter).slice(24)).toEqual(['Y', 'Z', 'AA', 'AB', 'AC', 'AD']);
    for (const version of job.versions) {
      for (const printed of version.questions) {
        const question = questionOf(bundled, printed.id);
        if (question.type === 'multiple-choice') {
          const chosen = printed.choices.find((c) => c.letter === printed.keyAnswer);
          expect(chosen?.text).toBe(question.answer);
          expect(printed.choices.filter((c) => c.correct)).toHaveLength(1);
          expect(new Set(printed.choices.map((c) => c.text))).toEqual(new Set(question.choices));
        } else if (question.type === 'true-false') {
          expect(printed.keyAnswer).toBe(question.answer ? 'True' : 'False');
        } else {
          expect(printed.keyAnswer).toBe(question.answer);
        }
      }
    }
  });

  it('cites title, outlet, paragraph and the sentence with the answer marked', () => {
    const job = buildPrintJob(mini, { versions: 1 });
    const visitors = job.versions[0]!.questions[0]!;
    expect(visitors.sources).toEqual([
      {
        title: 'Harbour Festival Draws Record Crowds',
        outlet: 'Riverside Times',
        paragraph: 3,
        before: 'The Riverside Harbour Festival drew ',
        marked: '12,000',
        after: ' visitors on Saturday, the largest crowd in its history.',
      },
    ]);
    expect(job.versions[0]!.questions.find((q) => q.id === 'both-crowds')!.sources.map((s) => s.title)).toEqual([
      'Harbour Festival Draws Record Crowds',
      'Market Square Reopens',
    ]);
  });

  it.each([
    [{ versions: 0 }, /--versions must be a whole number from 1 to 100/],
    [{ versions: 101 }, /--versions must be a whole number from 1 to 100/],
  ])('refuses %o', (selection, message) => {
    expect(() => buildPrintJob(mini, selection)).toThrow(message);
  });

  it('selects by article and type, and packs only the cited articles, numbered as read numbers them, without what cannot be cited', () => {
    const job = buildPrintJob(mini, {
      versions: 1,
      questions: picked(mini, { articles: ['market'], types: ['short-answer'] }),
    });
    expect(ids(job)).toEqual(['renovation-years']);
    expect(job.articles.map((a) => a.id)).toEqual(['market']);
    const harbour = buildPrintJob(mini, { versions: 1, questions: picked(mini, { articles: ['harbour'] }) })
      .articles[0]!;
    // The headline, byline and "Leave a Reply" (paragraphs 1, 2 and 6) are not in the handout.
    expect(harbour.paragraphs.map((p) => p.number)).toEqual([3, 4, 5]);
    expect(harbour.paragraphs[0]).toEqual({
      number: 3,
      text: 'The Riverside Harbour Festival drew 12,000 visitors on Saturday, the largest crowd in its history.',
    });
  });

  it('groups questions under the article that answers them, in the packet order, when asked', () => {
    const job = buildPrintJob(bundled, { versions: 2, seed: '3', byArticle: true });
    const articleOrder = job.articles.map((a) => a.id);
    for (const version of job.versions) {
      expect(version.groups.flatMap((g) => g.questions)).toEqual(version.questions);
      expect(version.questions.map((q) => q.number)).toEqual(version.questions.map((_, i) => i + 1));
      const headings = version.groups.map((g) => g.heading);
      expect(headings.at(-1)).toBe('Questions on more than one article');
      const articles = version.groups.slice(0, -1).map((group) => {
        const article = job.articles.find((a) => articleHeading(a) === group.heading)!;
        for (const q of group.questions)
          expect(new Set(questionOf(bundled, q.id).sources.map((s) => s.article))).toEqual(new Set([article.id]));
        return article.id;
      });
      expect(articles).toEqual(articleOrder.filter((id) => articles.includes(id)));
    }
    // Shuffled within their groups: the versions still differ.
    expect(ids(job, 0)).not.toEqual(ids(job, 1));
    expect(buildPrintJob(bundled, { versions: 1 }).versions[0]!.groups).toEqual([
      { questions: buildPrintJob(bundled, { versions: 1 }).versions[0]!.questions },
    ]);
  });

  it.each([
    [
      { versions: 1 },
      'Answer all 5 questions: fill in the bubble of the one best answer; fill in True or False; write your answer on the lines.',
    ],
    [
      { versions: 1, questions: picked(mini, { types: ['true-false'] }) },
      'Answer the question: fill in True or False.',
    ],
    [
      { versions: 1, questions: picked(mini, { articles: ['market'] }), byArticle: true, marks: 2 },
      'Answer all 2 questions: fill in the bubble of the one best answer; write your answer on the lines. Each question is under the article that answers it. Each question is worth 2 marks.',
    ],
  ])('tells the students what to do: %o', (selection, instructions) => {
    expect(buildPrintJob(mini, selection).instructions).toBe(instructions);
  });

  it('strips control characters from bank text and uses --title', () => {
    const bank: Bank = { ...mini, questions: [{ ...mini.questions[0]!, prompt: 'How \u001b[31mmany\u0007?' }] };
    const job = buildPrintJob(bank, { versions: 1, title: 'Week 3 \u001b]0;x\u0007quiz' });
    expect(job.versions[0]!.questions[0]!.prompt).toBe('How many?');
    expect(job.title).toBe('Week 3 quiz');
  });
});
