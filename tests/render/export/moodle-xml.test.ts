import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '../../../src/bank/types.js';
import { exportText, generalFeedback } from '../../../src/render/export/citation.js';
import { questionName } from '../../../src/render/export/question-name.js';
import { acceptedForms, moodleAnswer } from '../../../src/render/export/short-answers.js';
import { renderMoodleXml } from '../../../src/render/export/moodle-xml.js';
import { BUNDLED_BANK, FIXTURE_BANKS, loadFixtureBank, MINI_BANK } from '../../helpers.js';
import { readXml } from './xml-reader.js';

const MOODLE_TYPE = {
  'multiple-choice': 'multichoice',
  'true-false': 'truefalse',
  'short-answer': 'shortanswer',
} as const;

/** The answers as Moodle will read them: text and fraction. */
function expectedAnswers(q: Question): { text: string; fraction: string }[] {
  if (q.type === 'multiple-choice')
    return q.choices.map((c) => ({ text: exportText(c), fraction: c === q.answer ? '100' : '0' }));
  if (q.type === 'true-false')
    return [
      { text: 'true', fraction: q.answer ? '100' : '0' },
      { text: 'false', fraction: q.answer ? '0' : '100' },
    ];
  return acceptedForms(q).map((form) => ({ text: moodleAnswer(form), fraction: '100' }));
}

function expectMoodleXml(bank: Bank): void {
  const [category, ...questions] = readXml(renderMoodleXml(bank)).quiz.question;
  expect(category['@type']).toBe('category');
  expect(questions).toHaveLength(bank.questions.length);
  bank.questions.forEach((q, i) => {
    const read = questions[i];
    expect(read['@type']).toBe(MOODLE_TYPE[q.type]);
    expect(read.name.text).toBe(questionName(q));
    expect(read.idnumber).toBe(q.id);
    expect(read.questiontext).toMatchObject({ '@format': 'plain_text', text: exportText(q.prompt) });
    expect(read.generalfeedback).toMatchObject({ '@format': 'plain_text', text: generalFeedback(bank, q) });
    expect(
      read.answer.map((a: { text: string; '@fraction': string }) => ({ text: a.text, fraction: a['@fraction'] })),
    ).toEqual(expectedAnswers(q));
  });
}

describe('Moodle XML export', () => {
  it.each([
    ['the bundled bank', BUNDLED_BANK],
    ['the mini fixture bank', MINI_BANK],
    ['the Markdown fixture bank', `${FIXTURE_BANKS}/markdown`],
  ])(
    '%s is well-formed XML with every question, its type, answers and the citation as general feedback',
    async (_name, dir) => {
      expectMoodleXml(await loadFixtureBank(dir));
    },
  );

  it('carries the source: title, outlet, paragraph and sentence', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    const read = readXml(renderMoodleXml(bank)).quiz.question.slice(1);
    expect(read[1].generalfeedback.text).toBe(
      'The mayor opened it at 10 a.m.\nSource: “Harbour Festival Draws Record Crowds” (Riverside Times), paragraph 4: “Mayor Alice Brown opened the festival at 10 a.m. and praised the volunteers who had spent three months preparing it.”',
    );
    expect(read[1].usecase).toBe('0');
    expect(read[4].tags.tag.map((t: { text: string }) => t.text)).toEqual(['cross-article', 'harbour', 'market']);
  });

  it('writes a true/false question as Moodle expects it', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    const xml = renderMoodleXml({ ...bank, questions: [bank.questions[2]!] });
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <quiz>
        <question type="category">
          <category>
            <text>$course$/top/Mini bank for tests</text>
          </category>
          <info format="plain_text">
            <text><![CDATA[Questions from the citequiz bank "mini"; each one's general feedback gives the article, paragraph and sentence that answer it.]]></text>
          </info>
        </question>
        <question type="truefalse">
          <name>
            <text>The tall ship parade went ahead despite the wind.</text>
          </name>
          <questiontext format="plain_text">
            <text>The tall ship parade went ahead despite the wind.</text>
          </questiontext>
          <generalfeedback format="plain_text">
            <text>Source: “Harbour Festival Draws Record Crowds” (Riverside Times), paragraph 5: “The town’s “tall ship” parade, which began in 1998, was cancelled because of high winds.”</text>
          </generalfeedback>
          <defaultgrade>1</defaultgrade>
          <penalty>1.0000000</penalty>
          <hidden>0</hidden>
          <idnumber>parade</idnumber>
          <answer fraction="0" format="plain_text">
            <text>true</text>
            <feedback format="plain_text">
              <text></text>
            </feedback>
          </answer>
          <answer fraction="100" format="plain_text">
            <text>false</text>
            <feedback format="plain_text">
              <text></text>
            </feedback>
          </answer>
          <tags>
            <tag>
              <text>detail</text>
            </tag>
            <tag>
              <text>harbour</text>
            </tag>
          </tags>
        </question>
      </quiz>
      "
    `);
  });

  it('escapes markup in bank text, which then reads back as the same text', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    const hostile = '<script>alert("x")</script> & ]]> <![CDATA[ x ]]> &amp; \'q\'';
    const question = { ...bank.questions[0]!, prompt: hostile, explanation: hostile };
    const xml = renderMoodleXml({ ...bank, questions: [question] });
    // Inside CDATA, as Moodle's own exporter writes it: nothing in it is markup.
    expect(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).not.toMatch(/<script|&amp;amp;/);
    const read = readXml(xml).quiz.question[1];
    expect(read.questiontext.text).toBe(hostile);
    expect(read.generalfeedback.text.startsWith(`${hostile}\nSource: `)).toBe(true);
  });

  it('stays well-formed whatever characters bank text holds, and keeps every one XML can carry', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    const anyText = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(anyText, anyText, (prompt, choice) => {
        const question = { ...bank.questions[0]!, prompt, choices: [choice, `${choice} (not)`], answer: choice };
        const read = readXml(renderMoodleXml({ ...bank, questions: [question] })).quiz.question[1];
        // Control characters go (XML 1.0 cannot hold most of them); everything else stays.
        const kept = (text: string) => exportText(text).replace(/[\uFFFE\uFFFF]/g, '');
        expect(read.questiontext.text).toBe(kept(prompt));
        expect(read.answer[0].text).toBe(kept(choice));
      }),
      { numRuns: 300 },
    );
  });
});
