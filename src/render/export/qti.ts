import { CHOICE_LETTERS, TRUE_FALSE_CHOICES, type QuestionType, type Bank, type Question } from '../../bank/index.js';
import { exportText, generalFeedbackLines } from './citation.js';
import { questionName } from './question-name.js';
import { acceptedForms } from './short-answers.js';
import { el, serializeXml, type XmlElement } from './xml.js';

/** A file of the QTI package: its path inside the zip and its text. */
export interface ExportFile {
  readonly path: string;
  readonly text: string;
}

const RESPONSE = 'response1';
const FEEDBACK = 'general_fb';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * Question text and feedback go as HTML, as Canvas itself exports them, one paragraph per line;
 * bank text is escaped as HTML first — a prompt holding `<script>` shows as text — and then as XML
 * by the serializer.
 */
const html = (paragraphs: readonly string[]): string =>
  paragraphs
    .map(
      (p) =>
        `<p>${exportText(p)
          .replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!)
          .replace(/\n/g, '<br>')}</p>`,
    )
    .join('');
const material = (paragraphs: readonly string[]): XmlElement =>
  el('material', {}, el('mattext', { texttype: 'text/html' }, html(paragraphs)));
/** Choices go as plain text, as Canvas exports them. */
const plainMaterial = (text: string): XmlElement =>
  el('material', {}, el('mattext', { texttype: 'text/plain' }, exportText(text)));

const choiceIdent = (q: Question, index: number) => `${q.id}-${CHOICE_LETTERS[index]}`;
const choices = (q: Question, labels: readonly string[]): XmlElement =>
  el(
    'response_lid',
    { ident: RESPONSE, rcardinality: 'Single' },
    el(
      'render_choice',
      {},
      ...labels.map((label, i) => el('response_label', { ident: choiceIdent(q, i) }, plainMaterial(label))),
    ),
  );

/**
 * Canvas's name for each type, how the answer is asked, and the responses that score: the correct
 * choice's ident, or every accepted short answer.
 */
const QTI_TYPES: Readonly<
  Record<
    QuestionType,
    { type: string; response: (q: Question) => XmlElement; correct: (q: Question) => readonly string[] }
  >
> = {
  'multiple-choice': {
    type: 'multiple_choice_question',
    response: (q) => choices(q, q.choices),
    correct: (q) => [choiceIdent(q, q.choices.indexOf(q.answer as string))],
  },
  'true-false': {
    type: 'true_false_question',
    response: (q) => choices(q, TRUE_FALSE_CHOICES),
    correct: (q) => [choiceIdent(q, q.answer === true ? 0 : 1)],
  },
  'short-answer': {
    type: 'short_answer_question',
    response: () =>
      el(
        'response_str',
        { ident: RESPONSE, rcardinality: 'Single' },
        el('render_fib', {}, el('response_label', { ident: 'answer1', rshuffle: 'No' })),
      ),
    // Canvas compares typed text with each accepted answer exactly (but for case): every form the quiz accepts.
    correct: acceptedForms,
  },
};

const metadata = (fields: Record<string, string>): XmlElement =>
  el(
    'qtimetadata',
    {},
    ...Object.entries(fields).map(([label, entry]) =>
      el('qtimetadatafield', {}, el('fieldlabel', {}, label), el('fieldentry', {}, entry)),
    ),
  );

function item(bank: Bank, q: Question): XmlElement {
  const { type, response, correct } = QTI_TYPES[q.type];
  return el(
    'item',
    { ident: q.id, title: questionName(q) },
    el('itemmetadata', {}, metadata({ question_type: type, points_possible: '1.0' })),
    el('presentation', {}, material([q.prompt]), response(q)),
    el(
      'resprocessing',
      {},
      el('outcomes', {}, el('decvar', { maxvalue: 100, minvalue: 0, varname: 'SCORE', vartype: 'Decimal' })),
      // Shown whatever the answer: the citation is for every student, right or wrong.
      el(
        'respcondition',
        { continue: 'Yes' },
        el('conditionvar', {}, el('other')),
        el('displayfeedback', { feedbacktype: 'Response', linkrefid: FEEDBACK }),
      ),
      el(
        'respcondition',
        { continue: 'No' },
        el('conditionvar', {}, ...correct(q).map((value) => el('varequal', { respident: RESPONSE }, value))),
        el('setvar', { action: 'Set', varname: 'SCORE' }, '100'),
      ),
    ),
    el('itemfeedback', { ident: FEEDBACK }, el('flow_mat', {}, material(generalFeedbackLines(bank, q)))),
  );
}

/** Letters, digits, dashes and underscores: safe as an identifier and as a file name in the zip. */
const ident = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '_');

/**
 * QTI 1.2 as Canvas imports it: `imsmanifest.xml` naming one assessment of type imsqti_xmlv1p2,
 * and the assessment with one item per question, the citation as each item's feedback.
 */
export function renderQti(bank: Bank): ExportFile[] {
  const id = `citequiz-${ident(bank.id)}`;
  const assessmentPath = `${id}/${id}.xml`;
  const assessment = el(
    'questestinterop',
    { xmlns: 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2' },
    el(
      'assessment',
      { ident: id, title: exportText(bank.title) },
      metadata({ cc_maxattempts: '1' }),
      el('section', { ident: 'root_section' }, ...bank.questions.map((q) => item(bank, q))),
    ),
  );
  const manifest = el(
    'manifest',
    { identifier: `${id}-manifest`, xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1' },
    el('metadata', {}, el('schema', {}, 'IMS Content'), el('schemaversion', {}, '1.1.3')),
    el('organizations'),
    el(
      'resources',
      {},
      el('resource', { identifier: id, type: 'imsqti_xmlv1p2' }, el('file', { href: assessmentPath })),
    ),
  );
  return [
    { path: 'imsmanifest.xml', text: serializeXml(manifest) },
    { path: assessmentPath, text: serializeXml(assessment) },
  ];
}
