import {
  explanationOf,
  ImportSyntaxError,
  promptStart,
  type ImportedQuestion,
  type ParsedFile,
  type SkippedQuestion,
} from './types.js';

// text2qti's plain-text quiz format, read by hand: text2qti itself is a Python tool, and no npm
// package reads its format.
const QUESTION = /^(\d+)\.\s+(.*)$/;
const CHOICE = /^(\*?)([a-z])\)\s+(.*)$/;
const SHORT_ANSWER = /^\*\s+(.*)$/;
const NUMERICAL = /^=\s+(.*)$/;
const FEEDBACK = /^(\.\.\.|\+|-)\s+(.*)$/;
const MULTIPLE_ANSWERS = /^\[[*x ]\]\s+/i;
const ESSAY = /^_{4,}\s*$/;
const UPLOAD = /^\^{4,}\s*$/;
/** Quiz-level lines (`Quiz title:`, `Points: 2`, ...) that say nothing about a question's content. */
const SETTING = /^[A-Z][A-Za-z ]*:\s/;

interface Draft {
  line: number;
  prompt: string;
  feedback: string[];
  choices: { text: string; right: boolean }[];
  answers: string[];
  skip?: string;
  /** What the last line added to, so an indented line continues it. */
  last: 'prompt' | 'feedback' | 'choice' | 'answer';
}

/**
 * A Markdown list of questions as text2qti writes them: `1. prompt`, choices `a) ...` with a `*` on
 * the right one, short answers `* answer`, numerical `= 42`, and general feedback `... text`.
 */
export function parseMarkdownFile(text: string): ParsedFile {
  const questions: ImportedQuestion[] = [];
  const skipped: SkippedQuestion[] = [];
  let draft: Draft | undefined;
  const finish = () => {
    if (draft) {
      const done = finishDraft(draft);
      if ('reason' in done) skipped.push(done);
      else questions.push(done);
    }
    draft = undefined;
  };
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      const text = raw.trim();
      if (text === '') return;
      const question = QUESTION.exec(text);
      if (question && !/^\s/.test(raw)) {
        finish();
        draft = { line, prompt: question[2]!, feedback: [], choices: [], answers: [], last: 'prompt' };
        return;
      }
      if (!draft) {
        if (SETTING.test(text)) return;
        throw new ImportSyntaxError(`expected a numbered question ("1. ..."), found "${text.slice(0, 40)}"`, line);
      }
      readLine(draft, raw, text, line);
    });
  finish();
  return { questions, skipped };
}

function readLine(draft: Draft, raw: string, text: string, line: number): void {
  const choice = CHOICE.exec(text);
  const short = SHORT_ANSWER.exec(text);
  const numerical = NUMERICAL.exec(text);
  const feedback = FEEDBACK.exec(text);
  if (choice) {
    draft.choices.push({ text: choice[3]!.trim(), right: choice[1] === '*' });
    draft.last = 'choice';
  } else if (short) {
    draft.answers.push(short[1]!.trim());
    draft.last = 'answer';
  } else if (numerical) {
    draft.answers.push(numerical[1]!.trim());
    draft.last = 'answer';
  } else if (feedback) {
    // Feedback on the question as a whole comes before its choices; after them, on one choice.
    if (feedback[1] === '...' && draft.choices.length === 0 && draft.answers.length === 0) {
      draft.feedback.push(feedback[2]!);
      draft.last = 'feedback';
    }
  } else if (MULTIPLE_ANSWERS.test(text)) {
    draft.skip = 'has several right answers; a citequiz question has one';
  } else if (ESSAY.test(text)) {
    draft.skip = 'is an essay question, which citequiz does not have';
  } else if (UPLOAD.test(text)) {
    draft.skip = 'is a file-upload question, which citequiz does not have';
  } else if (/^\s/.test(raw)) {
    continueLast(draft, text);
  } else if (SETTING.test(text)) {
    // `Points: 2` and the like.
  } else {
    throw new ImportSyntaxError(
      `expected a choice ("a) ..."), an answer ("* ..."), feedback ("... ") or an indented continuation, found "${text.slice(0, 40)}"`,
      line,
    );
  }
}

function continueLast(draft: Draft, text: string): void {
  if (draft.last === 'prompt') draft.prompt += ` ${text}`;
  else if (draft.last === 'feedback') appendToLast(draft.feedback, text);
  else if (draft.last === 'choice') draft.choices[draft.choices.length - 1]!.text += ` ${text}`;
  else appendToLast(draft.answers, text);
}

function appendToLast(lines: string[], text: string): void {
  lines[lines.length - 1] = `${lines.at(-1) ?? ''} ${text}`;
}

function finishDraft(draft: Draft): ImportedQuestion | SkippedQuestion {
  const where = `line ${draft.line}`;
  if (draft.skip) return { where, reason: draft.skip };
  const explanation = explanationOf(draft.feedback.join('\n'));
  const common = { prompt: draft.prompt, accept: [], line: draft.line, ...(explanation ? { explanation } : {}) };
  if (draft.choices.length > 0) {
    const right = draft.choices.filter((c) => c.right);
    if (right.length !== 1)
      throw new ImportSyntaxError(
        `the question ${promptStart(draft.prompt)} marks ${right.length} choices right with "*"; mark one`,
        draft.line,
      );
    const texts = draft.choices.map((c) => c.text);
    if (texts.length === 2 && /^true$/i.test(texts[0]!) && /^false$/i.test(texts[1]!))
      return { ...common, type: 'true-false', choices: [], answer: /^true$/i.test(right[0]!.text) };
    return { ...common, type: 'multiple-choice', choices: texts, answer: right[0]!.text };
  }
  if (draft.answers.length > 0)
    return { ...common, type: 'short-answer', choices: [], answer: draft.answers[0]!, accept: draft.answers.slice(1) };
  throw new ImportSyntaxError(`the question ${promptStart(draft.prompt)} has no choices and no answer`, draft.line);
}
