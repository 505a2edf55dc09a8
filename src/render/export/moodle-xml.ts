import type { QuestionType } from '../../bank/question-types.js';
import type { Bank, Question } from '../../bank/types.js';
import { exportText, generalFeedback, moodleShortAnswers, tags } from './citation.js';
import { el, serializeXml, type XmlElement } from './xml.js';

// `plain_text`: Moodle shows bank text as written, never as HTML, with line breaks kept.
const FORMAT = { format: 'plain_text' };
const text = (name: string, value: string, attributes: Record<string, string> = FORMAT): XmlElement =>
  el(name, attributes, el('text', {}, exportText(value)));
const answer = (fraction: number, value: string): XmlElement =>
  el('answer', { fraction, ...FORMAT }, el('text', {}, value), text('feedback', ''));

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
    body: (q) => [el('usecase', {}, '0'), ...moodleShortAnswers(q).map((value) => answer(100, value))],
  },
};

function question(bank: Bank, q: Question): XmlElement {
  const { type, penalty, body } = MOODLE_TYPES[q.type];
  return el(
    'question',
    { type },
    text('name', q.id, {}),
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

/**
 * Moodle XML: every question with its id as name and idnumber, its skill and articles as tags, and
 * the citation as general feedback.
 */
export function renderMoodleXml(bank: Bank): string {
  return serializeXml(el('quiz', {}, ...bank.questions.map((q) => question(bank, q))));
}
