import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '../../../src/bank/types.js';
import { renderGift } from '../../../src/render/export/gift.js';
import { loadFixtureBank, MINI_BANK } from '../../helpers.js';
import { expectGiftRoundTrip } from './gift-round-trip.js';

const mini = await loadFixtureBank(MINI_BANK);
const [visitors, opener, parade] = mini.questions as [Question, Question, Question, ...Question[]];

// Text as a bank may hold it (trimmed, not empty) but full of what GIFT gives a meaning to.
const UNITS = [
  '~',
  '=',
  '#',
  '{',
  '}',
  ':',
  '\\',
  '\n',
  'n',
  ' ',
  'a',
  'Z',
  '/',
  '“',
  '’',
  'é',
  '-',
  '>',
  '[',
  ']',
  '%',
  '\t',
];
const text = fc
  .string({ unit: fc.constantFrom(...UNITS), minLength: 1, maxLength: 30 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const optionalText = fc.option(text, { nil: undefined });
// `->` is left out of answers: it marks a matching pair in GIFT, which has no escape for `>`
// (Moodle reads a short answer holding it as a matching question; gift-pegjs, any answer).
const answer = text.filter((s) => !s.includes('->'));

const multipleChoice = fc
  .record({
    prompt: text,
    choices: fc.uniqueArray(answer, { minLength: 2, maxLength: 6 }),
    correct: fc.nat(),
    explanation: optionalText,
  })
  .map(({ prompt, choices, correct, explanation }): Question => ({
    ...visitors,
    prompt,
    choices,
    answer: choices[correct % choices.length]!,
    explanation,
  }));
const trueFalse = fc
  .record({ prompt: text, answer: fc.boolean(), explanation: optionalText })
  .map(({ prompt, answer, explanation }): Question => ({ ...parade, prompt, answer, explanation }));
const shortAnswer = fc
  .record({ prompt: text, answer, accept: fc.array(answer, { maxLength: 3 }), explanation: optionalText })
  .map(({ prompt, answer, accept, explanation }): Question => ({ ...opener, prompt, answer, accept, explanation }));

const bank = fc
  .record({
    questions: fc.array(fc.oneof(multipleChoice, trueFalse, shortAnswer), { minLength: 1, maxLength: 4 }),
    title: text,
    outlet: text,
  })
  .map(({ questions, title, outlet }): Bank => ({
    ...mini,
    articles: mini.articles.map((a) => ({ ...a, title, outlet })),
    questions: questions.map((q, i) => ({ ...q, id: `q${i}` })),
  }));

describe('GIFT export, property', () => {
  it('prompts, choices, answers, explanations and article titles full of ~ = # { } : \\ and line breaks round-trip through gift-pegjs', () => {
    fc.assert(
      fc.property(bank, (b) => expectGiftRoundTrip(b)),
      { numRuns: 300 },
    );
  });

  it('never lets bank text start a line, so nothing can end a question or pass for an answer', () => {
    fc.assert(
      fc.property(bank, (b) => {
        const lines = renderGift(b).split('\n');
        const shapes = lines.filter(
          (line) => !/^(\/\/ |\$CATEGORY: \$course\$\/top\/|::[^\n]*::\[plain\]|[=~]|####|[TF]$|\}$|$)/.test(line),
        );
        expect(shapes).toEqual([]);
      }),
    );
  });
});
