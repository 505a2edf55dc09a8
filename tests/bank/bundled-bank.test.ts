// The bundled bank is the product's first impression: these are the promises it keeps.
import { describe, expect, it } from 'vitest';
import { sentencesAround } from '../../src/articles/parse.js';
import { foldText } from '../../src/bank/fold.js';
import { QUESTION_TYPES } from '../../src/bank/question-types.js';
import { SKILLS } from '../../src/bank/schema.js';
import type { Question } from '../../src/bank/types.js';
import { readBankFolder } from '../../src/cli/bank-folder.js';
import { normalizeAnswer } from '../../src/bank/normalize-answer.js';
import { BUNDLED_BANK, ROOT } from '../helpers.js';

const { result } = await readBankFolder(BUNDLED_BANK, ROOT);
const bank = result.bank!;
const questions = bank.questions;
const articlesOf = (q: Question) => new Set(q.sources.map((s) => s.article));

describe('the bundled bank', () => {
  it('passes check: every quote found, every id unique, every answer among its choices', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('has five articles and at least 60 questions', () => {
    expect(bank.articles).toHaveLength(5);
    expect(questions.length).toBeGreaterThanOrEqual(60);
  });

  it('cites each article in at least 8 questions', () => {
    for (const article of bank.articles) {
      expect(questions.filter((q) => articlesOf(q).has(article.id)).length, article.id).toBeGreaterThanOrEqual(8);
    }
  });

  it('has at least 8 cross-article questions, each citing two or more articles', () => {
    const cross = questions.filter((q) => q.skill === 'cross-article');
    expect(cross.length).toBeGreaterThanOrEqual(8);
    for (const q of cross) expect(articlesOf(q).size, q.id).toBeGreaterThanOrEqual(2);
  });

  it('uses every skill, none for more than half the questions', () => {
    for (const skill of SKILLS) {
      const count = questions.filter((q) => q.skill === skill).length;
      expect(count, skill).toBeGreaterThan(0);
      expect(count, skill).toBeLessThanOrEqual(questions.length / 2);
    }
  });

  it('uses all three question types', () => {
    for (const type of QUESTION_TYPES)
      expect(
        questions.some((q) => q.type === type),
        type,
      ).toBe(true);
  });

  it('gives every multiple-choice question 4 distinct choices, one of them the answer', () => {
    for (const q of questions.filter((q) => q.type === 'multiple-choice')) {
      expect(q.choices, q.id).toHaveLength(4);
      expect(new Set(q.choices.map((c) => normalizeAnswer(c))).size, q.id).toBe(4);
      expect(
        q.choices.filter((c) => c === q.answer),
        q.id,
      ).toHaveLength(1);
    }
  });

  it('has both true and false statements', () => {
    const answers = questions.filter((q) => q.type === 'true-false').map((q) => q.answer);
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });

  it('finds the answer of every detail question in a sentence it cites', () => {
    for (const q of questions.filter((q) => q.skill === 'detail' && q.type !== 'true-false')) {
      const sentences = q.sources.map((s) => {
        const article = bank.articles.find((a) => a.id === s.article)!.article;
        return normalizeAnswer(foldText(sentencesAround(article, s.paragraph, s).text));
      });
      const answers = [String(q.answer), ...q.accept].map((a) => normalizeAnswer(a));
      expect(
        answers.some((a) => sentences.some((s) => ` ${s} `.includes(` ${a} `))),
        q.id,
      ).toBe(true);
    }
  });

  it('says whose account it asks about when the articles disagree on the toll or the claim', () => {
    const disputed = /\b(killed|dead|death toll|injured|wounded|claimed|claim)\b/i;
    const asking = questions.filter(
      (q) => q.skill === 'detail' && disputed.test(q.prompt) && /Westminster/.test(q.prompt),
    );
    expect(asking.length).toBeGreaterThan(0);
    for (const q of asking) expect(q.prompt, q.id).toMatch(/According to|article/);
  });

  it('asks about the disagreements themselves', () => {
    const ids = questions.map((q) => q.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'toll-includes-attacker',
        'claim-status-difference',
        'injured-count-disagreement',
        'different-attack',
      ]),
    );
  });

  it('never leaks a multiple-choice answer into its prompt', () => {
    const contentWords = (text: string) =>
      normalizeAnswer(text)
        .split(' ')
        .filter((w) => w.length > 3);
    for (const q of questions.filter((q) => q.type !== 'true-false')) {
      const prompt = ` ${normalizeAnswer(q.prompt)} `;
      const answerWords = contentWords(String(q.answer));
      // The whole answer never appears, and short answers share no content word with the prompt.
      expect(prompt.includes(` ${normalizeAnswer(String(q.answer))} `), q.id).toBe(false);
      if (q.type === 'short-answer')
        expect(
          answerWords.filter((w) => prompt.includes(` ${w} `)),
          q.id,
        ).toEqual([]);
    }
  });
});
