import { QUESTION_TYPES, type QuestionType } from '../bank/index.js';
import { explanationOf, ImportSyntaxError, type ImportedQuestion, type ParsedFile } from './types.js';

/** citequiz's own JSON export (`export --format json`): its questions, without their sources. */
export function parseJsonFile(text: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    throw new ImportSyntaxError(
      `not JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}`,
      line,
    );
  }
  const bank = data as { format?: unknown; questions?: unknown } | null;
  if (bank?.format !== 'citequiz-bank' || !Array.isArray(bank.questions))
    throw new ImportSyntaxError(
      'not a citequiz bank: expected the JSON that `citequiz export --format json` writes',
      1,
    );
  return { questions: bank.questions.map(question), skipped: [] };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);

function question(value: unknown, i: number): ImportedQuestion {
  const q = (value ?? {}) as Record<string, unknown>;
  const type = q.type as QuestionType;
  if (!QUESTION_TYPES.includes(type) || typeof q.prompt !== 'string')
    throw new ImportSyntaxError(`question ${i + 1} has no type (${QUESTION_TYPES.join(', ')}) or no prompt`);
  const answer = q.answer;
  if (typeof answer !== 'string' && typeof answer !== 'boolean')
    throw new ImportSyntaxError(`question ${i + 1} has no answer`);
  const explanation = typeof q.explanation === 'string' ? explanationOf(q.explanation) : undefined;
  return {
    type,
    prompt: q.prompt,
    choices: strings(q.choices),
    answer,
    accept: strings(q.accept),
    ...(explanation ? { explanation } : {}),
  };
}
