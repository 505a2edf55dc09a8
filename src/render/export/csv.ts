import { stringify } from 'csv-stringify/sync';
import { CHOICE_LETTERS, type QuestionType, type Bank, type Question } from '../../bank/index.js';
import { answerText, citationLines, exportText } from './citation.js';

/** What a flashcard shows on its front for each type of question. */
const FRONTS: Readonly<Record<QuestionType, (q: Question) => string>> = {
  'multiple-choice': (q) => [q.prompt, ...q.choices.map((choice, i) => `${CHOICE_LETTERS[i]}. ${choice}`)].join('\n'),
  'true-false': (q) => `True or false? ${q.prompt}`,
  'short-answer': (q) => q.prompt,
};

/** The answer, any other accepted answers, and the explanation. */
function back(q: Question): string {
  const letter = q.type === 'multiple-choice' ? `${CHOICE_LETTERS[q.choices.indexOf(q.answer as string)]}. ` : '';
  const also = q.accept.length > 0 ? ` (also: ${q.accept.join('; ')})` : '';
  return [
    `${letter}${answerText(q)}${exportText(also)}`,
    ...(q.explanation === undefined ? [] : [exportText(q.explanation)]),
  ].join('\n');
}

/**
 * Flashcards as CSV with a header row: front, back, source. Quoting by csv-stringify; a byte-order
 * mark so spreadsheet programs read the curly quotes as UTF-8; and cells that a spreadsheet would
 * run as a formula (starting with = + - @) prefixed with an apostrophe, as bank text is untrusted.
 */
export function renderCsv(bank: Bank): string {
  const rows = bank.questions.map((q) => [exportText(FRONTS[q.type](q)), back(q), citationLines(bank, q).join('\n')]);
  return stringify(rows, { header: true, columns: ['front', 'back', 'source'], bom: true, escape_formulas: true });
}
