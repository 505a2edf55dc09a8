import { createRequire } from 'node:module';
import type { GIFTQuestion, TextChoice, TextFormat } from 'gift-pegjs';
import {
  explanationOf,
  htmlToText,
  ImportSyntaxError,
  moodleAnswerText,
  promptStart,
  type ImportedQuestion,
  type ParsedFile,
  type SkippedQuestion,
} from './types.js';

interface PegSyntaxError extends Error {
  readonly location?: { readonly start: { readonly line: number; readonly column: number } };
  readonly found?: string | null;
}

// gift-pegjs implements Moodle's GIFT grammar (escapes, `[format]`, `####` general feedback,
// weights, `$CATEGORY`, comments). It is CommonJS without an ESM entry.
const { parse } = createRequire(import.meta.url)('gift-pegjs') as { parse: (text: string) => GIFTQuestion[] };

const plain = (text: TextFormat | null | undefined): string =>
  text ? (text.format === 'html' ? htmlToText(text.text) : text.text.trim()) : '';

/** Moodle GIFT → questions. A syntax error names its line; nothing of a broken file is kept. */
export function parseGiftFile(text: string): ParsedFile {
  let parsed: GIFTQuestion[];
  try {
    parsed = parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const peg = error as PegSyntaxError;
    if (peg.name !== 'SyntaxError' || !peg.location) throw error;
    const found = peg.found === null || peg.found === undefined ? 'the end of the file' : `"${peg.found}"`;
    throw new ImportSyntaxError(
      `not GIFT: unexpected ${found} (a question is \`prompt {answers}\`; a literal ~ = # { } : needs a backslash)`,
      peg.location.start.line,
      peg.location.start.column,
    );
  }
  const questions: ImportedQuestion[] = [];
  const skipped: SkippedQuestion[] = [];
  for (const question of parsed) {
    if (question.type === 'Category' || question.type === 'Description') continue;
    const prompt = plain(question.stem);
    const where = question.title ? `"${question.title}"` : promptStart(prompt);
    const explanation = explanationOf(plain(question.globalFeedback));
    const common = { prompt, choices: [], accept: [], ...(explanation ? { explanation } : {}) };
    switch (question.type) {
      case 'TF':
        questions.push({ ...common, type: 'true-false', answer: question.isTrue });
        break;
      case 'MC': {
        const right = question.choices.filter(isRight);
        if (right.length !== 1) {
          skipped.push({ where, reason: `has ${right.length} right answers; a citequiz question has one` });
          break;
        }
        const choices = question.choices.map((c) => plain(c.text));
        questions.push({ ...common, type: 'multiple-choice', choices, answer: plain(right[0]!.text) });
        break;
      }
      case 'Short': {
        const answers = question.choices.filter(isRight).map((c) => moodleAnswerText(plain(c.text)));
        if (answers.length === 0) {
          skipped.push({ where, reason: 'has no right answer' });
          break;
        }
        questions.push({ ...common, type: 'short-answer', answer: answers[0]!, accept: answers.slice(1) });
        break;
      }
      case 'Numerical': {
        const formats = Array.isArray(question.choices)
          ? question.choices.filter((c) => c.isCorrect || (c.weight ?? 0) > 0).map((c) => c.text)
          : [question.choices];
        const number = formats.find((f) => f.type === 'simple')?.number;
        if (typeof number !== 'number') {
          skipped.push({ where, reason: 'is a numerical question with a range; citequiz takes an exact number' });
          break;
        }
        questions.push({ ...common, type: 'short-answer', answer: String(number) });
        break;
      }
      default:
        skipped.push({ where, reason: `is a ${question.type.toLowerCase()} question, which citequiz does not have` });
    }
  }
  return { questions, skipped };
}

const isRight = (choice: TextChoice): boolean => choice.isCorrect || (choice.weight ?? 0) > 0;
