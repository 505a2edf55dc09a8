import { describe, expect, it } from 'vitest';
import { MAX_READ_PER_ARTICLE } from '../../src/generate/defaults.js';
import { loadAnalyser, type Analyse } from '../../src/generate/nlp.js';
import { analyseArticles } from '../../src/generate/sentences.js';
import { article } from './helpers.js';

describe('generate, with hostile text', () => {
  it('never gives the model a sentence too long to ask about, and says why it was passed over', async () => {
    // The model's tagger takes time in the square of a word's length: 100 KB took minutes.
    const model = await loadAnalyser();
    const read: string[] = [];
    const analyse: Analyse = (text) => {
      read.push(text);
      return model(text);
    };
    const long = `The word ${'x'.repeat(5_000)} was printed on the council's notice board on Monday.`;
    const text = `The council approved a budget of £4 million for the bridge on Monday.\n\n${long}\n\nThe work on the old bridge will take two years to finish.\n`;
    const sentences = analyseArticles([article('a', text)], analyse);
    expect(read.join('')).not.toContain('x'.repeat(1_000));
    expect(sentences.find((s) => s.quote === long)?.unfit).toBe('too long');
    const after = sentences.find((s) => s.quote.startsWith('The work on'))!;
    expect(after.tokens.map((t) => t.text).slice(0, 3)).toEqual(['The', 'work', 'on']);
    expect(after.tokens[0]!.start).toBe(0);
  });

  it('reads no more of an article than its first MAX_READ_PER_ARTICLE characters, in whole sentences', async () => {
    // A 5 MB article took minutes and gigabytes to analyse in full; its first 100,000 characters
    // give all the questions an article should.
    const sentence = (n: number) => `Inspectors counted ${n} cracks in the old bridge on Monday.`;
    const text = `A Headline\n\n${Array.from({ length: 4_000 }, (_, n) => sentence(n)).join(' ')}\n`;
    expect(text.length).toBeGreaterThan(2 * MAX_READ_PER_ARTICLE);
    const sentences = analyseArticles([article('a', text)], await loadAnalyser());
    const last = sentences.at(-1)!;
    const end = text.indexOf(last.quote) + last.quote.length;
    expect(end).toBeLessThanOrEqual(MAX_READ_PER_ARTICLE);
    expect(end).toBeGreaterThan(MAX_READ_PER_ARTICLE - sentence(3_999).length - 1);
    expect(last.quote).toMatch(/^Inspectors counted \d+ cracks in the old bridge on Monday\.$/);
    expect(last.position).toBe(1);
  });
});
