import type { QuestionType, Bank, Question } from '../../bank/index.js';
import { exportText, generalFeedback, tags } from './citation.js';
import { categoryName, questionName } from './question-name.js';
import { acceptedForms, moodleAnswer } from './short-answers.js';

/**
 * As Moodle reads GIFT (docs/ARCHITECTURE.md): the backslash first, then the characters GIFT gives a
 * meaning, then line breaks.
 */
export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n');
}

/**
 * Moodle reads a text that starts with `[html]`, `[markdown]`, `[plain]` or `[moodle]` as that
 * format and drops the marker, and an answer that starts with `%50%` as weighted (GIFT has no
 * escape for `[` or `%`); after the `=` of a correct choice it keeps a weight as text, which
 * would give that choice away. A text that starts so is given an explicit `[plain]` first: Moodle
 * takes that as the format, weighs the answer by its `=` or `~` alone, and keeps the rest as written.
 */
const READ_AS_MARKUP = /^\s*(?:%|\[(?:html|markdown|plain|moodle)\])/i;
const asWritten = (escaped: string): string => (READ_AS_MARKUP.test(escaped) ? `[plain]${escaped}` : escaped);

const gift = (text: string): string => escapeGift(exportText(text));

/** The lines between `{` and `####` for each type of question. */
const ANSWER_LINES: Readonly<Record<QuestionType, (question: Question) => string[]>> = {
  'multiple-choice': (q) => q.choices.map((choice) => `${choice === q.answer ? '=' : '~'}${asWritten(gift(choice))}`),
  'true-false': (q) => [q.answer === true ? 'T' : 'F'],
  // Several `=` answers and no `~` make a Moodle short-answer question; each is accepted.
  'short-answer': (q) => acceptedForms(q).map((form) => `=${asWritten(escapeGift(moodleAnswer(form)))}`),
};

/** A category path as Moodle reads it: `/` separates levels, so a `/` in a name is written `//`. */
const categoryLine = (bank: Bank): string => `$CATEGORY: $course$/top/${categoryName(bank).replace(/\//g, '//')}`;

/**
 * A Moodle GIFT file: the questions filed in a category named after the bank, each named by the
 * start of its prompt, with its id as Moodle's ID number, in `[plain]` format so that Moodle shows
 * bank text as written (never as HTML), and with the citation as general feedback after `####`.
 */
export function renderGift(bank: Bank): string {
  const header = [
    `// ${oneLine(bank.title)}`,
    `// citequiz bank "${oneLine(bank.id)}": ${bank.questions.length} questions; general feedback gives each one's source.`,
  ];
  const blocks = bank.questions.map((question) =>
    [
      // Moodle reads `[id:...]` as the question's ID number and `[tag:...]` as tags, as Moodle XML's idnumber and tags.
      `// [id:${question.id}] ${tags(question)
        .map((tag) => `[tag:${tag}]`)
        .join(' ')}`,
      `::${gift(questionName(question))}::[plain]${gift(question.prompt)} {`,
      ...ANSWER_LINES[question.type](question),
      `####${asWritten(gift(generalFeedback(bank, question)))}`,
      '}',
    ].join('\n'),
  );
  return `${[header.join('\n'), categoryLine(bank), ...blocks].join('\n\n')}\n`;
}

const oneLine = (text: string): string => exportText(text).replace(/\s+/g, ' ');

/**
 * What GIFT cannot say, one message per question: Moodle reads a short answer holding `->` as a
 * matching question and rejects the whole file, and GIFT has no escape for `>`.
 */
export function giftProblems(bank: Bank): string[] {
  return bank.questions
    .filter((q) => q.type === 'short-answer' && acceptedForms(q).some((form) => form.includes('->')))
    .map(
      (q) =>
        `question "${q.id}": GIFT cannot hold "->" in a short answer (Moodle would read a matching question and reject the whole file); export --format moodle-xml instead, or edit the answer`,
    );
}
