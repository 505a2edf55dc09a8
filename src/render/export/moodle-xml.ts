import type { QuestionType, Bank, Question } from '../../bank/index.js';
import { exportText, generalFeedback, tags } from './citation.js';
import { categoryInfo, categoryName, questionName } from './question-name.js';
import { acceptedForms, moodleAnswer } from './short-answers.js';
import { cdata, el, serializeXml, type XmlElement, type XmlNode } from './xml.js';

// `plain_text`: Moodle shows bank text as written, never as HTML, with line breaks kept.
const FORMAT = { format: 'plain_text' };

/**
 * Text as Moodle's own exporter writes it: in a CDATA section when it holds a character XML or
 * HTML would escape. Moodle's XML reader loses a space after an escaped `&`, `<` or `>` when a
 * non-ASCII character follows; from a CDATA section it reads every character as written.
 */
const moodleText = (value: string): XmlNode => (/[&<>"']/.test(value) ? cdata(value) : value);
const text = (name: string, value: string, attributes: Record<string, string> = FORMAT): XmlElement =>
  el(name, attributes, el('text', {}, moodleText(exportText(value))));
const answer = (fraction: number, value: string): XmlElement =>
  el('answer', { fraction, ...FORMAT }, el('text', {}, moodleText(value)), text('feedback', ''));

/** Moodle's name for each type and the elements that only that type has. */
const MOODLE_TYPES: Readonly<
  Record<QuestionType, { type: string; penalty: number; body: (question: Question) => XmlElement[] }>
> = {
  'multiple-choice': {
    type: 'multichoice',
    penalty: 1 / 3,
    body: (q) => [
      el('single', {}, 'true'),
      el('shuffleanswers', {}, 'true'),
      el('answernumbering', {}, 'ABCD'),
      ...q.choices.map((choice) => answer(choice === q.answer ? 100 : 0, exportText(choice))),
    ],
  },
  'true-false': {
    type: 'truefalse',
    penalty: 1,
    // Moodle recognises the two answers by the words "true" and "false".
    body: (q) => [answer(q.answer === true ? 100 : 0, 'true'), answer(q.answer === false ? 100 : 0, 'false')],
  },
  'short-answer': {
    type: 'shortanswer',
    penalty: 1 / 3,
    // usecase 0: case does not matter, as in the terminal quiz.
    body: (q) => [el('usecase', {}, '0'), ...acceptedForms(q).map((form) => answer(100, moodleAnswer(form)))],
  },
};

function question(bank: Bank, q: Question): XmlElement {
  const { type, penalty, body } = MOODLE_TYPES[q.type];
  return el(
    'question',
    { type },
    text('name', questionName(q), {}),
    text('questiontext', q.prompt),
    text('generalfeedback', generalFeedback(bank, q)),
    el('defaultgrade', {}, '1'),
    el('penalty', {}, penalty.toFixed(7)),
    el('hidden', {}, '0'),
    el('idnumber', {}, q.id),
    ...body(q),
    el('tags', {}, ...tags(q).map((tag) => text('tag', tag, {}))),
  );
}

/** The category the questions are filed in: one named after the bank, under the course's top. */
const category = (bank: Bank): XmlElement =>
  el(
    'question',
    { type: 'category' },
    el('category', {}, el('text', {}, moodleText(`$course$/top/${categoryName(bank).replace(/\//g, '//')}`))),
    el('info', { format: 'plain_text' }, el('text', {}, moodleText(categoryInfo(bank)))),
  );

/**
 * Moodle XML: the questions in a category named after the bank, each named by the start of its
 * prompt, with its id as ID number, its skill and articles as tags, and the citation as general
 * feedback.
 */
export function renderMoodleXml(bank: Bank): string {
  return serializeXml(el('quiz', {}, category(bank), ...bank.questions.map((q) => question(bank, q))));
}
