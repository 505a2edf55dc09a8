import { describe, expect, it } from 'vitest';
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
});
