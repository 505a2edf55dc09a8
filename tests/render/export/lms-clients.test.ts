// The LMS exports as the platforms read them. Moodle's importers are PHP, which this machine does
// not have: GIFT is read by a TypeScript model of Moodle's GIFT reader (moodle-gift.ts) and by
// gift-pegjs, Moodle XML by fast-xml-parser, and short answers are graded as Moodle grades them.
// The QTI package is validated against a QTI 1.2 schema with xmllint in qti-schema.test.ts.
import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../../src/quiz/grade.js';
import type { Bank, Question } from '../../../src/bank/types.js';
import { exportText, generalFeedback } from '../../../src/render/export/citation.js';
import { renderGift } from '../../../src/render/export/gift.js';
import { renderMoodleXml } from '../../../src/render/export/moodle-xml.js';
import { categoryName, questionName } from '../../../src/render/export/question-name.js';
import { acceptedForms, moodleAnswer } from '../../../src/render/export/short-answers.js';
import { BUNDLED_BANK, FIXTURE_BANKS, loadFixtureBank, MINI_BANK } from '../../helpers.js';
import { moodleMatches, readMoodleGift } from './moodle-gift.js';
import { readXml } from './xml-reader.js';

const METACHARACTERS = `${FIXTURE_BANKS}/lms-metacharacters`;
const BANKS = [
  ['the bundled bank', BUNDLED_BANK],
  ['the mini fixture bank', MINI_BANK],
  ['the Markdown fixture bank', `${FIXTURE_BANKS}/markdown`],
  ['the fixture bank of LMS metacharacters', METACHARACTERS],
] as const;

const MOODLE_TYPES = { 'multiple-choice': 'multichoice', 'true-false': 'truefalse', 'short-answer': 'shortanswer' };
/** Moodle trims every text it reads from GIFT. */
const asMoodleReads = (text: string) => exportText(text).trim();

function expectedAnswers(q: Question) {
  if (q.type === 'multiple-choice')
    return q.choices.map((c) => ({ text: asMoodleReads(c), fraction: c === q.answer ? 1 : 0 }));
  return acceptedForms(q).map((form) => ({ text: moodleAnswer(form), fraction: 1 }));
}

describe("Moodle's GIFT import", () => {
  it.each(BANKS)('reads %s as written: category, names, types, answers, weights and feedback', async (_name, dir) => {
    const bank = await loadFixtureBank(dir);
    const [category, ...read] = readMoodleGift(renderGift(bank));
    expect(category).toEqual({
      qtype: 'category',
      category: `$course$/top/${categoryName(bank).replace(/\//g, '//')}`,
    });
    expect(read).toHaveLength(bank.questions.length);
    bank.questions.forEach((q, i) => {
      expect(read[i]).toMatchObject({
        qtype: MOODLE_TYPES[q.type],
        name: questionName(q),
        questiontext: asMoodleReads(q.prompt),
        generalfeedback: asMoodleReads(generalFeedback(bank, q)),
      });
      if (q.type === 'true-false') expect(read[i]!.correct).toBe(q.answer);
      else expect(read[i]!.answers).toEqual(expectedAnswers(q));
      if (q.type === 'multiple-choice') expect(read[i]!.single).toBe(true);
    });
  });

  it('keeps a choice that starts like a weight or a format marker as text, and the right one right', async () => {
    const bank = await loadFixtureBank(METACHARACTERS);
    const read = readMoodleGift(renderGift(bank));
    expect(read[1]!.answers).toEqual([
      { text: "%54 (the club's own figure)", fraction: 1 },
      { text: '%20%', fraction: 0 },
      { text: '54%', fraction: 0 },
      { text: '[html]<b>54</b>', fraction: 0 },
    ]);
    expect(read[2]!.answers![0]).toEqual({ text: '%20% of members', fraction: 1 });
    expect(read[1]!.generalfeedback).toMatch(/^\[html\] The judges' figure: 54%\.\n/);
  });
});

describe('Moodle XML as a parser reads it', () => {
  it('writes text with markup characters as CDATA, as Moodle’s exporter does, keeping every space', async () => {
    const bank = await loadFixtureBank(METACHARACTERS);
    const xml = renderMoodleXml(bank);
    expect(xml).toContain('<text><![CDATA[Smith & Søn Hall]]></text>');
    const hall = readXml(xml).quiz.question.find((q: any) => q.idnumber === 'hall');
    expect(hall.questiontext.text).toBe('Where does the club meet? Name the hall & the room < 5 > 3.');
    expect(hall.answer.map((a: any) => a.text)).toEqual(acceptedForms(bank.questions[4]!));
  });
});

describe('short answers graded by the LMS as by the quiz', () => {
  /** Whether Moodle marks `response` right against the answers exported for `q`. */
  const moodleAccepts = (q: Question, response: string) =>
    acceptedForms(q).some((form) => moodleMatches(response, moodleAnswer(form)));

  it.each([
    ['Khalid Masood', 'Khalid Masood.'],
    ['Kronos Advisory', 'the Kronos Advisory'],
    ['12 to 15', '12–15'],
    ['12 to 15', 'twelve to fifteen'],
    ['seven', '7.'],
    ['Abu Mohammad al-Adnani', 'Abu Mohammad al Adnani'],
  ])('answer "%s": "%s", which the quiz accepts, Moodle accepts too', async (answer, response) => {
    const bank = await loadFixtureBank(BUNDLED_BANK);
    const question = bank.questions.find((q) => q.type === 'short-answer' && q.answer === answer)!;
    expect(gradeAnswer(question, response).correct).toBe(true);
    expect(moodleAccepts(question, response)).toBe(true);
  });

  it.each(BANKS)('never accepts in %s a form the quiz would mark wrong', async (_name, dir) => {
    const bank: Bank = await loadFixtureBank(dir);
    for (const q of bank.questions.filter((q) => q.type === 'short-answer'))
      for (const form of acceptedForms(q)) expect(gradeAnswer(q, form).correct, `${q.id}: ${form}`).toBe(true);
  });

  it('reads a literal * as a star, not as Moodle’s wildcard', async () => {
    const bank = await loadFixtureBank(METACHARACTERS);
    const routine = bank.questions.find((q) => q.id === 'routine')!;
    expect(moodleAccepts(routine, 'A*B pathfinding')).toBe(true);
    expect(moodleAccepts(routine, 'Any old pathfinding')).toBe(false);
  });
});
