import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/quiz/report.js';
import { answerItem } from '../../src/quiz/session.js';
import { loadFixtureBank, MINI_BANK, picked } from '../helpers.js';

const bank = await loadFixtureBank(MINI_BANK);
const items = picked(bank, {}).map((question) => ({ question, choices: question.choices }));
const byId = (id: string) => items.find((i) => i.question.id === id)!;

describe('buildReport', () => {
  const outcomes = [
    answerItem(bank, byId('visitors'), 'B'),
    answerItem(bank, byId('opener'), 'Omar Said'),
    answerItem(bank, byId('parade'), undefined),
    answerItem(bank, byId('both-crowds'), 'A council meeting'),
  ];
  const report = buildReport(bank, outcomes);

  it('scores overall and per article, counting a question once, for the article that answers it', () => {
    expect(report).toMatchObject({ total: 4, correct: 1, score: 0.25 });
    expect(report.byArticle).toEqual([
      { article: 'harbour', title: 'Harbour Festival Draws Record Crowds', correct: 1, total: 4 },
    ]);
    const both = buildReport(bank, [...outcomes, answerItem(bank, byId('renovation-years'), 'two')]);
    expect(both.byArticle.map((a) => [a.article, a.correct, a.total])).toEqual([
      ['harbour', 1, 4],
      ['market', 1, 1],
    ]);
    // The parts add up to the whole.
    expect(both.byArticle.reduce((n, a) => n + a.total, 0)).toBe(both.total);
    expect(both.byArticle.reduce((n, a) => n + a.correct, 0)).toBe(both.correct);
  });

  it('records what was given, what was expected, and unanswered questions as null', () => {
    expect(report.questions.map((q) => [q.id, q.given, q.expected, q.correct])).toEqual([
      ['visitors', '12,000', '12,000', true],
      ['opener', 'Omar Said', 'Alice Brown', false],
      ['parade', null, 'False', false],
      ['both-crowds', 'A council meeting', 'The Harbour Festival and the reopened market', false],
    ]);
  });

  it('marks the answer inside the cited sentence', () => {
    const opener = report.questions[1]!.sources[0]!;
    expect(opener).toMatchObject({
      article: 'harbour',
      title: 'Harbour Festival Draws Record Crowds',
      outlet: 'Riverside Times',
      paragraph: 4,
    });
    expect(opener.sentence.slice(opener.mark.start, opener.mark.end)).toBe('Alice Brown');
  });

  it('marks the quote when the sentence does not state the answer in words', () => {
    const parade = report.questions[2]!.sources[0]!;
    expect(parade.mark).toEqual({ start: 0, end: parade.sentence.length });
  });

  it('lists every source of a cross-article question, the answering one first', () => {
    expect(report.questions[3]!.sources.map((s) => [s.article, s.paragraph])).toEqual([
      ['harbour', 3],
      ['market', 3],
    ]);
  });
});
