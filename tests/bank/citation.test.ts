import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/articles/parse.js';
import { answeringArticle, citeQuestion, markedParts } from '../../src/bank/citation.js';
import type { Bank, Question } from '../../src/bank/types.js';
import { findOnWordEdges, onWordEdges } from '../../src/bank/word-edges.js';
import { bankWords } from '../../src/quiz/bank-words.js';
import { questionHash } from '../../src/study/content-hash.js';

const TEXT = 'The Bridge\n\nThe bridge opened in 1932. Its engineer, Ana Díaz, spoke first.\n';
const MD = '# The Bridge\n\nThe **bridge** opened in 1932. Its engineer, [Ana Díaz](http://x), spoke first.\n';
const source = (text: string, quote: string, article = 'plain') => {
  const start = text.indexOf(quote);
  return { article, quote, paragraph: 2, start, end: start + quote.length };
};
const question = (answer: string | boolean, sources: Question['sources'], accept: string[] = []): Question => ({
  id: 'q',
  type: typeof answer === 'boolean' ? 'true-false' : 'short-answer',
  prompt: 'Who spoke first?',
  choices: [],
  answer,
  accept,
  skill: 'detail',
  sources,
});
const bank: Bank = {
  id: 'b',
  title: 'B',
  articles: [
    { id: 'plain', file: 'plain.txt', title: 'Plain', outlet: 'The Times', article: parseArticle(TEXT, 'text') },
    { id: 'md', file: 'md.md', title: 'Marked', article: parseArticle(MD, 'markdown') },
  ],
  questions: [],
};
const marked = (q: Question) => citeQuestion(bank, q).map((c) => markedParts(c));

describe('a citation', () => {
  it('is the whole sentence the quote stands in, its article, outlet and paragraph, with the answer marked', () => {
    const [citation] = citeQuestion(bank, question('ana díaz', [source(TEXT, 'Its engineer')]));
    expect(citation).toEqual({
      article: 'plain',
      title: 'Plain',
      outlet: 'The Times',
      paragraph: 2,
      quote: 'Its engineer',
      sentence: 'Its engineer, Ana Díaz, spoke first.',
      mark: { start: 14, end: 22 },
    });
    expect(markedParts(citation!)).toEqual({ before: 'Its engineer, ', marked: 'Ana Díaz', after: ', spoke first.' });
  });

  it('marks an accepted answer, or else the quote; never a one-letter answer or one inside a word', () => {
    const quote = [source(TEXT, 'engineer, Ana')];
    expect(marked(question('Dr Díaz', quote, ['DÍAZ']))[0]!.marked).toBe('Díaz');
    expect(marked(question('A', quote))[0]!.marked).toBe('engineer, Ana');
    expect(marked(question('Ana D', quote))[0]!.marked).toBe('engineer, Ana');
    expect(marked(question(true, quote))[0]!.marked).toBe('engineer, Ana');
  });

  it('reads a Markdown article as a reader sees it, without its markup', () => {
    const [citation] = citeQuestion(bank, question('Ana Díaz', [source(MD, 'Its engineer', 'md')]));
    expect(citation).not.toHaveProperty('outlet');
    expect(citation!.sentence).toBe('Its engineer, Ana Díaz, spoke first.');
    expect(markedParts(citation!).marked).toBe('Ana Díaz');
    const [quoted] = citeQuestion(bank, question(true, [source(MD, 'The **bridge** opened', 'md')]));
    expect(markedParts(quoted!)).toEqual({ before: '', marked: 'The bridge opened', after: ' in 1932.' });
  });

  it('belongs to the article of the first source', () => {
    const both = question('1932', [source(MD, 'opened in 1932', 'md'), source(TEXT, 'opened in 1932')]);
    expect(answeringArticle(both)).toBe('md');
    expect(citeQuestion(bank, both).map((c) => c.article)).toEqual(['md', 'plain']);
    expect(answeringArticle(question('x', []))).toBeUndefined();
  });
});

describe('word edges', () => {
  it.each([
    ['ridge', 'the bridge', false],
    ['bridge', 'the bridge', true],
    ['bridge', 'bridges', false],
    ['the', 'the bridge', true],
    ['09', 'in 2009', false],
    ['AZ', 'AZTEC', false],
    ['az', 'la paz', false],
    ['é', 'café', false],
    ['día', 'díaz', false],
    ['díaz', 'ana díaz.', true],
    ['1932', '[1932]', true],
  ])('%s in %j: %s', (needle, text, found) => {
    expect([...findOnWordEdges(text, needle)].length > 0).toBe(found);
  });

  it('finds every place, in order, skipping those inside words', () => {
    expect([...findOnWordEdges('aa a aa a', 'a')]).toEqual([3, 8]);
    expect(onWordEdges('x', 0, 1)).toBe(true);
    expect(onWordEdges('Z0', 1, 1)).toBe(false);
    expect(onWordEdges('_z_', 1, 1)).toBe(true);
    expect(onWordEdges('@z[', 1, 1)).toBe(true);
    expect(onWordEdges('`z{', 1, 1)).toBe(true);
    expect(onWordEdges('/z:', 1, 1)).toBe(true);
  });
});

describe('the words of a bank', () => {
  it('are those of its articles, prompts, choices, answers and accepted answers, normalised', () => {
    const withQuestions: Bank = {
      ...bank,
      questions: [
        { ...question('Palmer', []), prompt: 'Which officer?', accept: ['PC Keith'] },
        { ...question('Sun', []), type: 'multiple-choice', choices: ['Sun', 'Moon'] },
      ],
    };
    const words = bankWords(withQuestions);
    for (const word of ['engineer', 'diaz', 'officer', 'palmer', 'keith', 'moon']) expect(words.has(word)).toBe(true);
    expect(words.has('Palmer')).toBe(false);
    expect(bankWords(withQuestions)).toBe(words);
  });
});

describe('the fingerprint of a question', () => {
  const base = question('Ana Díaz', [source(TEXT, 'Its engineer')]);
  it('changes with what it asks and accepts, and with its sources', () => {
    const hash = questionHash(base);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(questionHash({ ...base })).toBe(hash);
    for (const edited of [
      { ...base, prompt: 'Who spoke?' },
      { ...base, answer: 'Díaz' },
      { ...base, accept: ['Díaz'] },
      { ...base, sources: [{ ...base.sources[0]!, quote: 'Its engineer,' }] },
      { ...base, sources: [{ ...base.sources[0]!, paragraph: 3 }] },
      { ...base, sources: [{ ...base.sources[0]!, article: 'md' }] },
    ])
      expect(questionHash(edited)).not.toBe(hash);
  });

  it('stays the same when only the explanation or skill changes', () => {
    expect(questionHash({ ...base, explanation: 'Why', skill: 'main-idea' })).toBe(questionHash(base));
  });
});
