import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { IMPORT_FORMATS, type ImportFormat } from '../../src/import/formats.js';
import { ImportSyntaxError, questionFile } from '../../src/import/types.js';

const fileOf = (text: string) => questionFile(Buffer.from(text));
import { fakeIo } from '../cli/fake-io.js';
import { BUNDLED_BANK, readText } from '../helpers.js';
import { emptyBankLike } from '../cite/helpers.js';

// Each broken file gets an error naming the line where it goes wrong; nothing of it is imported.
const MALFORMED: readonly [ImportFormat, string, string, number, RegExp][] = [
  [
    'gift',
    'unclosed question',
    '::q1::First? {=yes ~no}\n\n::q2::Second? {\n=yes ~no\n',
    5,
    /unexpected the end of the file/,
  ],
  ['gift', 'stray brace', 'Fine? {T}\n\nBroken } here {F}\n', 3, /not GIFT/],
  [
    'moodle-xml',
    'unclosed element',
    '<quiz>\n<question type="truefalse">\n<questiontext><text>Q</text>\n</question>\n</quiz>\n',
    4,
    /not well-formed XML/,
  ],
  [
    'moodle-xml',
    'no right answer',
    '<quiz>\n\n<question type="shortanswer">\n<questiontext format="plain_text"><text>Q?</text></questiontext>\n<answer fraction="0"><text>x</text></answer>\n</question>\n</quiz>\n',
    3,
    /has no right answer/,
  ],
  ['moodle-xml', 'not a quiz', '<html><body>hi</body></html>\n', 1, /expected a <quiz> element/],
  ['csv', 'no header', 'What?,Yes\n', 1, /expected a header row/],
  ['csv', 'empty answer', 'question,answer\nFirst?,Yes\nSecond?,\n', 3, /answer cell is empty/],
  [
    'csv',
    'answer not a choice',
    'question,answer,A,B\nFirst?,Yes,Yes,No\n"Second,\nover two lines?",E,Yes,No\n',
    3,
    /neither one of the choices nor a choice's letter/,
  ],
  ['csv', 'unclosed quote', 'question,answer\nFirst?,"Yes\n', 2, /not CSV/],
  [
    'aiken',
    'answer letter missing',
    'Q1?\nA. one\nB. two\nANSWER: A\n\nQ2?\nA. one\nB. two\nANSWER: C\n',
    9,
    /names no choice of the question on line 6/,
  ],
  ['aiken', 'no ANSWER line', 'Q1?\nA. one\nB. two\n', 3, /has no "ANSWER:" line/],
  ['aiken', 'text after choices', 'Q1?\nA. one\nB. two\nsomething else\nANSWER: A\n', 4, /expected a lettered choice/],
  ['qti', 'unclosed element', '<questestinterop>\n<item ident="a">\n</questestinterop>\n', 3, /not well-formed XML/],
  ['json', 'a missing comma', '{\n  "format": "citequiz-bank"\n  "questions": []\n}\n', 3, /not JSON/],
  ['md', 'no right choice', '1. First?\n*a) yes\nb) no\n\n2. Second?\na) yes\nb) no\n', 5, /marks 0 choices right/],
  ['md', 'text before any question', 'Some notes\n1. First?\n*a) yes\n', 1, /expected a numbered question/],
  ['md', 'no answer', '1. First?\n\n2. Second?\n*a) x\nb) y\n', 1, /has no choices and no answer/],
];

describe('parsers on malformed input', () => {
  it.each(MALFORMED)('%s: %s → an error naming its line', async (format, _name, text, line, message) => {
    const error = await IMPORT_FORMATS[format].parse(fileOf(text)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportSyntaxError);
    expect((error as ImportSyntaxError).line).toBe(line);
    expect((error as ImportSyntaxError).message).toMatch(message);
  });

  it('import names the file and line, exits 1, and leaves the bank as it was', async () => {
    const dir = emptyBankLike(BUNDLED_BANK);
    const before = readText(join(dir, 'bank.yaml'));
    const file = join(dir, 'broken.gift');
    writeFileSync(file, MALFORMED[0]![2]);
    const { io, stderr } = fakeIo();
    expect(await runCli(['import', file, '--bank', dir], io)).toBe(1);
    expect(stderr()).toMatch(/broken\.gift:5:1: not GIFT/);
    expect(readText(join(dir, 'bank.yaml'))).toBe(before);
  });

  it('needs --bank: questions never go into the bundled bank by default', async () => {
    const { io, stderr } = fakeIo();
    expect(await runCli(['import', 'quiz.gift'], io)).toBe(2);
    expect(stderr()).toContain("required option '--bank <dir>' not specified");
  });

  it.each([
    ['binary.gift', Buffer.from([0x7b, 0, 0x7d]), /binary file/],
    ['latin1.csv', Buffer.from('question,answer\nCaf\xe9?,oui\n', 'latin1'), /not UTF-8 text/],
    ['notes.txt', Buffer.from('Just some notes.\n'), /cannot tell the format/],
  ])('refuses %s in words', async (name, bytes, message) => {
    const dir = emptyBankLike(BUNDLED_BANK);
    writeFileSync(join(dir, name), bytes);
    const { io, stderr } = fakeIo();
    expect(await runCli(['import', join(dir, name), '--bank', dir], io)).not.toBe(0);
    expect(stderr()).toMatch(message);
  });
});

describe('what the parsers read', () => {
  it('GIFT: categories ignored, essays and several right answers skipped by name, escapes undone, \\* a literal star', async () => {
    const parsed = await IMPORT_FORMATS.gift.parse(
      fileOf(
        [
          '$CATEGORY: $course$/London',
          '::e1:: Write about it. {}',
          '::m1:: Pick two {~%50%a ~%50%b ~c}',
          '::s1:: Rate it? {=5\\* =five stars}',
          '::n1:: How many? {#3}',
          '::t1:: [html]<p>Is it <b>true</b>?</p> {TRUE####Because.}',
        ].join('\n\n'),
      ),
    );
    expect(parsed.questions).toEqual([
      { type: 'short-answer', prompt: 'Rate it?', choices: [], answer: '5*', accept: ['five stars'] },
      { type: 'short-answer', prompt: 'How many?', choices: [], answer: '3', accept: [] },
      { type: 'true-false', prompt: 'Is it true?', choices: [], answer: true, accept: [], explanation: 'Because.' },
    ]);
    expect(parsed.skipped.map((s) => s.where)).toEqual(['"e1"', '"m1"']);
  });

  it('Moodle XML: CDATA and HTML read as text, categories ignored, matching questions skipped', async () => {
    const parsed = await IMPORT_FORMATS['moodle-xml'].parse(
      fileOf(`<?xml version="1.0"?>
<quiz>
  <question type="category"><category><text>$course$/x</text></category></question>
  <question type="multichoice">
    <questiontext format="html"><text><![CDATA[<p>Which <b>car</b> &amp; why?</p>]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>It says so.</p>]]></text></generalfeedback>
    <answer fraction="0"><text>Ford</text></answer>
    <answer fraction="100"><text>Hyundai</text></answer>
  </question>
  <question type="matching"><questiontext><text>Match</text></questiontext></question>
</quiz>`),
    );
    expect(parsed.questions).toEqual([
      expect.objectContaining({
        type: 'multiple-choice',
        prompt: 'Which car & why?',
        choices: ['Ford', 'Hyundai'],
        answer: 'Hyundai',
        explanation: 'It says so.',
        line: 4,
      }),
    ]);
    expect(parsed.skipped).toEqual([
      { where: 'line 10', reason: 'is a matching question, which citequiz does not have' },
    ]);
  });

  it('CSV: a choices column, answers by letter, true/false and short answers with variants', async () => {
    const parsed = await IMPORT_FORMATS.csv.parse(
      fileOf(
        '\uFEFFQuestion,Answer,Choices,Accept,Feedback\nWhich car?,B,Ford|Hyundai|Toyota,,Both say so.\nIt rained.,FALSE,,,\nWho?,Keith Palmer,,PC Keith Palmer; Palmer,\n',
      ),
    );
    expect(parsed.questions).toEqual([
      {
        type: 'multiple-choice',
        prompt: 'Which car?',
        choices: ['Ford', 'Hyundai', 'Toyota'],
        answer: 'Hyundai',
        accept: [],
        explanation: 'Both say so.',
        line: 2,
      },
      { type: 'true-false', prompt: 'It rained.', choices: [], answer: false, accept: [], line: 3 },
      {
        type: 'short-answer',
        prompt: 'Who?',
        choices: [],
        answer: 'Keith Palmer',
        accept: ['PC Keith Palmer', 'Palmer'],
        line: 4,
      },
    ]);
  });
});
