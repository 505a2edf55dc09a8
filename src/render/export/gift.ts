import type { QuestionType } from '../../bank/question-types.js';
import type { Bank, Question } from '../../bank/types.js';
import { exportText, generalFeedback, moodleShortAnswers, tags } from './citation.js';

/** GUIDE §5: the backslash first, then the characters GIFT gives a meaning, then line breaks. */
export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n');
}

const gift = (text: string): string => escapeGift(exportText(text));

/**
 * An answer line. GIFT has no escape for `%`, and an answer starting with `%50%` gives that answer
 * a weight; so an answer starting with `%` gets its weight written out first, and its text is read
 * as text.
 */
function answerLine(correct: boolean, escaped: string): string {
  const weight = escaped.startsWith('%') ? `%${correct ? 100 : 0}%` : '';
  return `${correct ? '=' : '~'}${weight}${escaped}`;
}

/** The lines between `{` and `####` for each type of question. */
const ANSWER_LINES: Readonly<Record<QuestionType, (question: Question) => string[]>> = {
  'multiple-choice': (q) => q.choices.map((choice) => answerLine(choice === q.answer, gift(choice))),
  'true-false': (q) => [q.answer === true ? 'T' : 'F'],
  // Several `=` answers and no `~` make a Moodle short-answer question; each is accepted.
  'short-answer': (q) => moodleShortAnswers(q).map((answer) => answerLine(true, escapeGift(answer))),
};

/**
 * A Moodle GIFT file: one question per block, named `::id::` so a re-import updates rather than
 * duplicates, in `[plain]` format so that Moodle shows bank text as written (never as HTML), with
 * the citation as general feedback after `####`.
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
      `::${gift(question.id)}::[plain]${gift(question.prompt)} {`,
      ...ANSWER_LINES[question.type](question),
      `####${gift(generalFeedback(bank, question))}`,
      '}',
    ].join('\n'),
  );
  return `${[header.join('\n'), ...blocks].join('\n\n')}\n`;
}

const oneLine = (text: string): string => exportText(text).replace(/\s+/g, ' ');

/**
 * What GIFT cannot say: Moodle reads a short answer holding `->` as a matching question, and GIFT
 * has no escape for `>`. One message per question, for the command to pass on.
 */
export function giftWarnings(bank: Bank): string[] {
  return bank.questions
    .filter((q) => q.type === 'short-answer' && moodleShortAnswers(q).some((answer) => answer.includes('->')))
    .map(
      (q) =>
        `question "${q.id}" has "->" in an answer, which Moodle would read as a matching question; export it as moodle-xml instead`,
    );
}
