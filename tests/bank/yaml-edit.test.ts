import { describe, expect, it } from 'vitest';
import { editBankYaml, type CitationEdit } from '../../src/bank/yaml-edit.js';

const BANK = `title: Test
articles:
  - id: a1
    file: a1.txt
questions:
  # the first
  - id: q1
    type: short-answer
    prompt: Who?
    answer: Ann

  - id: q2
    type: true-false
    prompt: "Is it?"
    answer: true
`;

const cite = (index: number, edit: Partial<CitationEdit> = {}): CitationEdit => ({
  index,
  sources: [{ article: 'a1', quote: 'Ann spoke first' }],
  needsReview: false,
  comment: [],
  ...edit,
});

describe('editing bank.yaml in place', () => {
  it('leaves the text as it is when there is nothing to do', () => {
    expect(editBankYaml(BANK, {})).toBe(BANK);
    expect(editBankYaml(BANK, { cite: [], append: [] })).toBe(BANK);
  });

  it("adds sources under a question, at its keys' column, before the blank line that follows it", () => {
    expect(editBankYaml(BANK, { cite: [cite(0)] })).toBe(`title: Test
articles:
  - id: a1
    file: a1.txt
questions:
  # the first
  - id: q1
    type: short-answer
    prompt: Who?
    answer: Ann
    sources:
      - article: a1
        quote: Ann spoke first

  - id: q2
    type: true-false
    prompt: "Is it?"
    answer: true
`);
  });

  it('writes a draft with its comment lines (one line each), needs-review, a paragraph and a quoted quote', () => {
    const edit = cite(1, {
      sources: [{ article: 'a1', quote: 'It is: yes', paragraph: 3 }],
      needsReview: true,
      comment: ['runner-up: "x"', 'second\nline'],
    });
    expect(editBankYaml(BANK, { cite: [edit] })).toBe(
      BANK +
        `    # runner-up: "x"
    # second line
    needs-review: true
    sources:
      - article: a1
        quote: "It is: yes"
        paragraph: 3
`,
    );
  });

  it.each([
    ['a colon', 'Time: 10pm', '"Time: 10pm"'],
    ['a hash', 'No #1', '"No #1"'],
    ['a YAML word', 'yes', '"yes"'],
    ['a leading digit', '3 died', '"3 died"'],
    ['a trailing space', 'Ann ', '"Ann "'],
    ['plain words', 'Ann left', 'Ann left'],
  ])('quotes a quote with %s only when YAML would misread it', (_, quote, written) => {
    const out = editBankYaml(BANK, { cite: [cite(1, { sources: [{ article: 'a1', quote }] })] });
    expect(out).toContain(`        quote: ${written}\n`);
  });

  it('appends questions spaced as the author spaces them', () => {
    const appended = editBankYaml(BANK, { append: [{ id: 'q3', prompt: 'Where?', answer: 'Leeds' }] });
    expect(appended).toBe(`${BANK}\n  - id: q3\n    prompt: Where?\n    answer: Leeds\n`);
    const tight = BANK.replace('\n\n  - id: q2', '\n  - id: q2');
    expect(editBankYaml(tight, { append: [{ id: 'q3', answer: 'no' }] })).toBe(`${tight}  - id: q3\n    answer: no\n`);
  });

  it('puts a first question right under `questions:`, before a comment that follows', () => {
    expect(editBankYaml('title: T\nquestions:\n# none yet\n', { append: [{ id: 'q1', answer: 'x' }] })).toBe(
      'title: T\nquestions:\n  - id: q1\n    answer: x\n# none yet\n',
    );
  });

  it('keeps Windows line ends', () => {
    const crlf = BANK.replace(/\n/g, '\r\n');
    const out = editBankYaml(crlf, { cite: [cite(0, { sources: [{ article: 'a1', quote: 'Ann' }] })] });
    expect(out).toBe(
      crlf.replace('answer: Ann\r\n', 'answer: Ann\r\n    sources:\r\n      - article: a1\r\n        quote: Ann\r\n'),
    );
  });

  it('edits a flow-style list or question through the YAML document instead', () => {
    expect(editBankYaml('title: T\nquestions: []\n', { append: [{ id: 'q1', answer: 'x' }] })).toBe(
      'title: T\nquestions: [ { id: q1, answer: x } ]\n',
    );
    const flow = editBankYaml('title: T\nquestions:\n  - {id: q1, answer: x}\n', {
      cite: [cite(0, { sources: [{ article: 'a', quote: 'x' }], needsReview: true, comment: ['why'] })],
    });
    expect(flow).toBe(
      'title: T\nquestions:\n  - {\n      id: q1,\n      answer: x,\n      needs-review: true,\n      sources:\n        # why\n        [ { article: a, quote: x } ]\n    }\n',
    );
  });

  it('adds a questions list to a bank that has none', () => {
    expect(editBankYaml('title: T\n', { append: [{ id: 'q1', answer: 'x' }] })).toBe(
      'title: T\nquestions:\n  - id: q1\n    answer: x\n',
    );
  });

  it('changes nothing for a question that is not there', () => {
    expect(editBankYaml(BANK, { cite: [cite(5)] })).toBe(BANK);
  });
});
