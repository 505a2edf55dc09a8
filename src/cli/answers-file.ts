import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CitequizError } from '../errors.js';
import type { Given } from '../quiz/grade.js';

const MAX_ANSWERS_BYTES = 16 * 1024 * 1024;

/** Reads an --answers file: a JSON object from question id to answer (text, letter, true/false). */
export function readAnswersFile(file: string, cwd: string): Map<string, Given> {
  let text: string;
  try {
    if (statSync(resolve(cwd, file)).size > MAX_ANSWERS_BYTES) throw new CitequizError('answers-invalid', `${file} is larger than 16 MiB`);
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    if (error instanceof CitequizError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CitequizError('answers-invalid', code === 'ENOENT' ? `answers file not found: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  }
  return parseAnswers(text, file);
}

export function parseAnswers(text: string, file: string): Map<string, Given> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CitequizError('answers-invalid', `${file} is not valid JSON (${(error as Error).message}); expected an object such as {"question-id": "B"}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CitequizError('answers-invalid', `${file} must hold a JSON object from question id to answer, such as {"question-id": "B"}`);
  }
  const answers = new Map<string, Given>();
  for (const [id, value] of Object.entries(data)) {
    if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') {
      answers.set(id, value);
    } else if (value !== null) {
      throw new CitequizError('answers-invalid', `${file}: the answer to "${id}" must be text, a letter, true or false, not ${JSON.stringify(value)}`);
    }
  }
  return answers;
}
