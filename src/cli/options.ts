// Flags and value parsers that several commands declare alike. Loaded on every start, with the
// declarations: nothing here may import a handler or a heavy module.
import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { QUESTION_TYPES, type QuestionType } from '../bank/index.js';
import { DEFAULT_MIN_CONFIDENCE } from '../cite/defaults.js';

export const BANK_HELP = 'bank folder (or its bank.yaml); default: the bundled London attacks bank';

/** How sure a citation must be, for import and cite. */
export const minConfidenceOption = () =>
  new Option(
    '--min-confidence <x>',
    `how sure a citation must be to be written as final rather than as a draft (0 to 1; default ${DEFAULT_MIN_CONFIDENCE})`,
  ).argParser(confidence);
export const REPORT_HELP = 'print, per question, the sentence chosen, the runner-up and the confidence';

/** --count, --article and --type pick questions the same way for quiz, review, print and export (src/cli/selection.ts). */
export const countOption = (byDefault: string) =>
  new Option('-n, --count <n>', `at most this many of the questions that match (default: ${byDefault})`).argParser(
    positiveInteger,
  );
export const articleOption = () =>
  new Option('-a, --article <id>', 'only questions citing this article (repeatable; see `citequiz list`)').argParser(
    collect,
  );
export const typeOption = () =>
  new Option('-t, --type <type>', `only this question type (repeatable): ${QUESTION_TYPES.join(', ')}`).argParser(
    questionType,
  );

export function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return Number(value);
}

function confidence(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1)
    throw new InvalidArgumentError('expected a number from 0 to 1, such as 0.5.');
  return number;
}

export function nonEmpty(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('expected some text.');
  return value.trim();
}

/** A repeatable flag's values, in the order given. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function questionType(value: string, previous: QuestionType[] | undefined): QuestionType[] {
  if (!(QUESTION_TYPES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of: ${QUESTION_TYPES.join(', ')}.`);
  }
  return [...(previous ?? []), value as QuestionType];
}
