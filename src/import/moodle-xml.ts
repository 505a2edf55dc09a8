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
import { elementLines, readXml, textOf } from './xml.js';

/** A Moodle text field: `<text>` with a `format` attribute, its content plain or CDATA. */
interface TextField {
  readonly format?: string;
  readonly text?: unknown;
}
interface Answer extends TextField {
  readonly fraction?: string;
}
interface MoodleQuestion {
  readonly type?: string;
  readonly name?: TextField;
  readonly questiontext?: TextField;
  readonly generalfeedback?: TextField;
  readonly single?: unknown;
  readonly answer?: Answer[];
}

/** A field as a reader sees it: HTML (Moodle's usual format) turned to text, plain text as it is. */
function fieldText(field: TextField | undefined, fieldFormat?: string): string {
  const raw = textOf(field?.text).trim();
  const format = field?.format ?? fieldFormat ?? 'html';
  return format === 'html' ? htmlToText(raw) : raw;
}

/** Moodle XML → questions. Malformed XML names its line; nothing of a broken file is kept. */
export function parseMoodleXmlFile(text: string): ParsedFile {
  const root = readXml(text, ['question', 'answer']) as { quiz?: { question?: MoodleQuestion[] } };
  if (root.quiz === undefined)
    throw new ImportSyntaxError('not Moodle XML: expected a <quiz> element holding <question> elements', 1);
  // The parser keeps no positions: each <question> is found in the text, in the same order.
  const lines = elementLines(text.replace(/^\uFEFF/, ''), 'question');
  const questions: ImportedQuestion[] = [];
  const skipped: SkippedQuestion[] = [];
  (root.quiz.question ?? []).forEach((q, i) => {
    const line = lines[i];
    const where = line === undefined ? `question ${i + 1}` : `line ${line}`;
    const type = q.type ?? '';
    if (type === 'category' || type === 'description') return;
    const prompt = fieldText(q.questiontext);
    if (prompt === '') throw new ImportSyntaxError(`the ${type} question has no <questiontext>`, line);
    const explanation = explanationOf(fieldText(q.generalfeedback));
    const common = {
      prompt,
      choices: [],
      accept: [],
      ...(explanation ? { explanation } : {}),
      ...(line ? { line } : {}),
    };
    const answers = (q.answer ?? []).map((a) => ({
      text: fieldText(a, 'plain_text'),
      fraction: Number(a.fraction ?? 0),
    }));
    const right = answers.filter((a) => a.fraction > 0);
    const full = answers.filter((a) => a.fraction >= 100);
    switch (type) {
      case 'truefalse': {
        const answer = full[0]?.text.toLowerCase();
        if (answer !== 'true' && answer !== 'false')
          throw new ImportSyntaxError(
            `the true/false question ${promptStart(prompt)} has no right answer "true" or "false"`,
            line,
          );
        questions.push({ ...common, type: 'true-false', answer: answer === 'true' });
        return;
      }
      case 'multichoice': {
        if (right.length !== 1) {
          skipped.push({ where, reason: `has ${right.length} right answers; a citequiz question has one` });
          return;
        }
        const choices = answers.map((a) => a.text);
        questions.push({ ...common, type: 'multiple-choice', choices, answer: right[0]!.text });
        return;
      }
      case 'shortanswer':
      case 'numerical': {
        const accepted = full.map((a) => (type === 'shortanswer' ? moodleAnswerText(a.text) : a.text)).filter(Boolean);
        if (accepted.length === 0)
          throw new ImportSyntaxError(`the ${type} question ${promptStart(prompt)} has no right answer`, line);
        questions.push({ ...common, type: 'short-answer', answer: accepted[0]!, accept: accepted.slice(1) });
        return;
      }
      default:
        skipped.push({ where, reason: `is a ${type || 'untyped'} question, which citequiz does not have` });
    }
  });
  return { questions, skipped };
}
