import type { Bank, Question } from '../../bank/index.js';
import { exportText } from './citation.js';

/** Moodle cuts names at 255 characters; a name is read in a list, so far fewer. */
const NAME_LENGTH = 80;

/**
 * What an LMS lists a question as: the start of its prompt, cut at a word, as Moodle names a
 * question that has no name. The bank's id goes in the ID-number field, where re-imports find it.
 */
export function questionName(question: Question): string {
  const prompt = exportText(question.prompt).replace(/\s+/g, ' ').trim();
  if (prompt.length <= NAME_LENGTH) return prompt;
  const cut = prompt.slice(0, NAME_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > NAME_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** The question-bank category a Moodle import files the questions in: one named after the bank. */
/** Backslashes go: Moodle unescapes GIFT in a category line only partly, and a name needs none. */
export const categoryName = (bank: Bank): string =>
  exportText(bank.title).replace(/\\/g, '').replace(/\s+/g, ' ').trim();

/** A short description of where the questions come from, for the category's information. */
export const categoryInfo = (bank: Bank): string =>
  `Questions from the citequiz bank "${exportText(bank.id)}"; each one's general feedback gives the article, paragraph and sentence that answer it.`;
