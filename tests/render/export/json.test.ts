import { describe, expect, it } from 'vitest';
import { mapSpan, stripMarkdown } from '../../../src/articles/markdown.js';
import { fold } from '../../../src/bank/fold.js';
import { renderJson } from '../../../src/render/export/json.js';
import { BUNDLED_BANK, FIXTURE_BANKS, loadFixtureBank, MINI_BANK } from '../../helpers.js';

describe('JSON export', () => {
  it.each([
    ['the bundled bank', BUNDLED_BANK],
    ['the mini fixture bank', MINI_BANK],
    ['the Markdown fixture bank', `${FIXTURE_BANKS}/markdown`],
  ])('%s: every source points, by paragraph and offsets, at its quote in the article text', async (_name, dir) => {
    const bank = await loadFixtureBank(dir);
    const json = JSON.parse(renderJson(bank));
    expect(json).toMatchObject({ format: 'citequiz-bank', version: 1, id: bank.id, title: bank.title });
    expect(json.questions).toHaveLength(bank.questions.length);
    const articles = new Map(json.articles.map((a: any) => [a.id, a]));
    for (const question of json.questions) {
      for (const source of question.sources) {
        const article: any = articles.get(source.article);
        const paragraph = article.paragraphs.find((p: any) => p.number === source.paragraph);
        expect(paragraph.citable).toBe(true);
        expect(source.start).toBeGreaterThanOrEqual(paragraph.start);
        expect(source.end).toBeLessThanOrEqual(paragraph.end);
        // Quotes match their text up to typography (docs/ARCHITECTURE.md, Citations), and Markdown markup is skipped.
        const plain = stripMarkdown(article.text);
        const span = article.format === 'markdown' ? mapSpan(plain, source) : source;
        const cited = (article.format === 'markdown' ? plain.text : article.text).slice(span.start, span.end);
        expect(fold(cited).text).toBe(fold(source.quote).text);
      }
    }
  });

  it('keeps every field of a question', async () => {
    const json = JSON.parse(renderJson(await loadFixtureBank(MINI_BANK)));
    expect(json.questions[1]).toEqual({
      id: 'opener',
      type: 'short-answer',
      prompt: 'Who opened the Harbour Festival?',
      choices: [],
      answer: 'Alice Brown',
      accept: ['Mayor Alice Brown', 'Mayor Brown'],
      explanation: 'The mayor opened it at 10 a.m.',
      skill: 'detail',
      sources: [
        {
          article: 'harbour',
          quote: 'Mayor Alice Brown opened the festival at 10 a.m.',
          paragraph: 4,
          start: 171,
          end: 219,
          sentence:
            'Mayor Alice Brown opened the festival at 10 a.m. and praised the volunteers who had spent three months preparing it.',
        },
      ],
    });
    expect(json.articles[1]).toMatchObject({ id: 'market', outlet: null, published: null, format: 'markdown' });
    expect(json.articles[0].paragraphs[0]).toEqual({
      number: 1,
      start: 0,
      end: 36,
      kind: 'headline',
      citable: false,
      text: 'Harbour Festival Draws Record Crowds',
    });
  });
});
