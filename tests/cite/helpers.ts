import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Candidate } from '../../src/cite/index.js';
import type { Bank, Question } from '../../src/bank/types.js';
import { normalizeAnswer } from '../../src/bank/normalize-answer.js';

/** A bank folder holding `from`'s articles and no questions: where imports go. */
export function emptyBankLike(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'citequiz-cite-'));
  cpSync(join(from, 'articles'), join(dir, 'articles'), { recursive: true });
  const { title, articles } = parse(readFileSync(join(from, 'bank.yaml'), 'utf8')) as {
    title: string;
    articles: unknown;
  };
  writeFileSync(
    join(dir, 'bank.yaml'),
    `# Articles only; questions are imported.\ntitle: ${JSON.stringify(title)}\narticles: ${JSON.stringify(articles)}\nquestions: []\n`,
  );
  return dir;
}

/** A copy of a bank folder with every `sources` list removed from bank.yaml. */
export function withoutSources(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'citequiz-cite-'));
  cpSync(from, dir, { recursive: true });
  const text = readFileSync(join(dir, 'bank.yaml'), 'utf8');
  writeFileSync(join(dir, 'bank.yaml'), text.replace(/^( +)sources:\n(?:\1[ -].*\n)*/gm, ''));
  return dir;
}

/** Whether a sentence is (or holds) one of the quotes the original question cites. */
export const citesAsOriginal = (original: Question, sentence: { article: string; start: number; end: number }) =>
  original.sources.some((s) => s.article === sentence.article && s.start < sentence.end && sentence.start < s.end);

export const asSentence = (c: Candidate) => ({ article: c.article.id, start: c.start, end: c.end });

/** The question of `bank` with the same type and prompt. */
export function originalOf(bank: Bank, question: Pick<Question, 'type' | 'prompt'>): Question {
  const found = bank.questions.find(
    (q) => q.type === question.type && normalizeAnswer(q.prompt) === normalizeAnswer(question.prompt),
  );
  if (!found) throw new Error(`no question "${question.prompt}" in the original bank`);
  return found;
}
