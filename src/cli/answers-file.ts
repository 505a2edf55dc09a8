import { FileError, readPlainFile, type FileProblem } from './files.js';
import { resolve } from 'node:path';
import { CitequizError } from '../errors.js';
import type { Given } from '../quiz/index.js';

const MAX_ANSWERS_BYTES = 16 * 1024 * 1024;

const ANSWERS_FILE_PROBLEMS: Readonly<Record<FileProblem, (file: string, detail?: string) => string>> = {
  missing: (file) => `answers file not found: ${file}`,
  'not-a-file': (file) => `${file} is not a file of answers`,
  'too-large': (file) => `${file} is larger than ${MAX_ANSWERS_BYTES / 1024 / 1024} MiB`,
  unreadable: (file, detail) => `cannot read ${file}: ${detail}`,
};

/**
 * Reads an --answers file: a JSON object from question id to answer (text, letter, true/false).
 * A pipe is fine here (`--answers <(make-answers)`): it ends when its writer does.
 */
export function readAnswersFile(file: string, cwd: string): Map<string, Given> {
  try {
    return parseAnswers(readPlainFile(resolve(cwd, file), MAX_ANSWERS_BYTES, { pipes: true }).toString('utf8'), file);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    throw new CitequizError('answers-invalid', ANSWERS_FILE_PROBLEMS[error.problem](file, error.detail));
  }
}

export function parseAnswers(text: string, file: string): Map<string, Given> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CitequizError(
      'answers-invalid',
      `${file} is not valid JSON (${(error as Error).message}); expected an object such as {"question-id": "B"}`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CitequizError(
      'answers-invalid',
      `${file} must hold a JSON object from question id to answer, such as {"question-id": "B"}`,
    );
  }
  const answers = new Map<string, Given>();
  for (const [id, value] of Object.entries(data)) {
    if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') {
      answers.set(id, value);
    } else if (value !== null) {
      throw new CitequizError(
        'answers-invalid',
        `${file}: the answer to "${id}" must be text, a letter, true or false, not ${JSON.stringify(value)}`,
      );
    }
  }
  return answers;
}
