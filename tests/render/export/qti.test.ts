import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CHOICE_LETTERS } from '../../../src/bank/question-types.js';
import type { Bank } from '../../../src/bank/types.js';
import { exportText, generalFeedbackLines } from '../../../src/render/export/citation.js';
import { EXPORT_FORMATS } from '../../../src/render/export/formats.js';
import { renderQti } from '../../../src/render/export/qti.js';
import { BUNDLED_BANK, FIXTURE_BANKS, loadFixtureBank, MINI_BANK } from '../../helpers.js';
import { readXml } from './xml-reader.js';

const CANVAS_TYPE = {
  'multiple-choice': 'multiple_choice_question',
  'true-false': 'true_false_question',
  'short-answer': 'short_answer_question',
} as const;

const htmlText = (html: string) =>
  html
    .replace(/<br>/g, '\n')
    .replace(/<\/p><p>/g, '\n')
    .replace(/<\/?p>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The zip as Canvas opens it: the manifest, then the assessment it names. */
async function openPackage(bank: Bank) {
  const zip = unzipSync(await EXPORT_FORMATS.qti.render(bank));
  const manifest = readXml(strFromU8(zip['imsmanifest.xml']!)).manifest;
  const resource = manifest.resources.resource[0];
  const href: string = resource.file[0]['@href'];
  expect(Object.keys(zip).sort()).toEqual([href, 'imsmanifest.xml'].sort());
  const assessment = readXml(strFromU8(zip[href]!)).questestinterop.assessment;
  return { resource, assessment, items: assessment.section.item };
}

describe('QTI 1.2 export for Canvas', () => {
  it.each([
    ['the bundled bank', BUNDLED_BANK],
    ['the mini fixture bank', MINI_BANK],
    ['the Markdown fixture bank', `${FIXTURE_BANKS}/markdown`],
  ])(
    '%s is a zip of a manifest and one well-formed assessment with every question and its citation',
    async (_name, dir) => {
      const bank = await loadFixtureBank(dir);
      const { resource, assessment, items } = await openPackage(bank);
      expect(resource['@type']).toBe('imsqti_xmlv1p2');
      expect(assessment['@title']).toBe(bank.title);
      expect(items).toHaveLength(bank.questions.length);
      bank.questions.forEach((q, i) => {
        const item = items[i];
        expect(item['@ident']).toBe(q.id);
        const fields = Object.fromEntries(
          item.itemmetadata.qtimetadata.qtimetadatafield.map((f: { fieldlabel: string; fieldentry: string }) => [
            f.fieldlabel,
            f.fieldentry,
          ]),
        );
        expect(fields).toEqual({ question_type: CANVAS_TYPE[q.type], points_possible: '1.0' });
        expect(htmlText(item.presentation.material.mattext['#text'])).toBe(exportText(q.prompt));
        expect(item.itemfeedback['@ident']).toBe('general_fb');
        expect(htmlText(item.itemfeedback.flow_mat.material.mattext['#text'])).toBe(
          generalFeedbackLines(bank, q).join('\n'),
        );
        const [showFeedback, score] = item.resprocessing.respcondition;
        expect(showFeedback.displayfeedback['@linkrefid']).toBe('general_fb');
        expect(score.setvar['#text']).toBe('100');
      });
    },
  );

  it('asks multiple choice and true/false with response_lid, marking the correct label', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    const { items } = await openPackage(bank);
    const choiceTexts = (item: any) =>
      item.presentation.response_lid.render_choice.response_label.map((l: any) => l.material.mattext['#text']);
    const correct = (item: any) =>
      item.resprocessing.respcondition[1].conditionvar.varequal.map((v: any) => v['#text']);
    const labels = (item: any) =>
      item.presentation.response_lid.render_choice.response_label.map((l: any) => l['@ident']);

    const visitors = items[0];
    expect(choiceTexts(visitors)).toEqual(['3,000', '12,000', '1,998', '4,000']);
    expect(correct(visitors)).toEqual(['visitors-B']);
    expect(labels(visitors)).toContain('visitors-B');

    const parade = items[2];
    expect(choiceTexts(parade)).toEqual(['True', 'False']);
    expect(correct(parade)).toEqual(['parade-B']);
    expect(labels(parade)).toEqual(CHOICE_LETTERS.slice(0, 2).map((l) => `parade-${l}`));
  });

  it('asks short answers with response_str and accepts every accepted answer', async () => {
    const { items } = await openPackage(await loadFixtureBank(MINI_BANK));
    const opener = items[1];
    expect(opener.presentation.response_str).toMatchObject({
      '@ident': 'response1',
      render_fib: { response_label: [{ '@ident': 'answer1' }] },
    });
    expect(opener.resprocessing.respcondition[1].conditionvar.varequal.map((v: any) => v['#text'])).toEqual([
      'Alice Brown',
      'Mayor Alice Brown',
      'Mayor Brown',
      'the Alice Brown',
      'Alice Brown.',
      'the Mayor Alice Brown',
      'Mayor Alice Brown.',
      'the Mayor Brown',
      'Mayor Brown.',
    ]);
  });

  it('escapes markup twice in text Canvas reads as HTML, so a prompt holding <script> shows as text', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    const question = { ...bank.questions[0]!, prompt: '<script>alert(1)</script> & <b>bold</b>\nnext line' };
    const [, assessment] = renderQti({ ...bank, questions: [question] });
    expect(assessment!.text).toContain(
      '&lt;p&gt;&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp;amp; &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;&lt;br&gt;next line&lt;/p&gt;',
    );
    const { items } = await openPackage({ ...bank, questions: [question] });
    expect(items[0].presentation.material.mattext['#text']).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;<br>next line</p>',
    );
  });

  it('stays well-formed whatever characters bank text holds, and keeps every one XML can carry', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    const anyText = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
    const kept = (text: string) => exportText(text).replace(/[\uFFFE\uFFFF]/g, '');
    fc.assert(
      fc.property(anyText, anyText, (prompt, choice) => {
        const question = { ...bank.questions[0]!, prompt, choices: [choice, `${choice} (not)`], answer: choice };
        const [, assessment] = renderQti({ ...bank, questions: [question] });
        const item = readXml(assessment!.text).questestinterop.assessment.section.item[0];
        expect(htmlText(item.presentation.material.mattext['#text'] ?? '')).toBe(kept(prompt));
        expect(item.presentation.response_lid.render_choice.response_label[0].material.mattext['#text'] ?? '').toBe(
          kept(choice),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same bytes for the same bank, whenever it is exported', async () => {
    const bank = await loadFixtureBank(MINI_BANK);
    const first = await EXPORT_FORMATS.qti.render(bank);
    vi.useFakeTimers({ now: new Date(2031, 5, 7, 12, 30) });
    try {
      expect(await EXPORT_FORMATS.qti.render(bank)).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
  });
});
