import { ImportSyntaxError, type ImportedQuestion, type ParsedFile } from './types.js';

// Aiken is Moodle's simplest format and no maintained npm package reads it; it takes a few lines.
const CHOICE = /^([A-Z])[.)]\s+(.*)$/;
const ANSWER = /^ANSWER:\s*(.*)$/i;

/**
 * Moodle's Aiken format: each question is its prompt on one line, lettered choices (`A.` or `A)`)
 * and `ANSWER: B`, with blank lines between questions.
 */
export function parseAikenFile(text: string): ParsedFile {
  const questions: ImportedQuestion[] = [];
  let prompt: { text: string; line: number } | undefined;
  let choices: { letter: string; text: string }[] = [];
  let lastLine = 1;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.trim();
    if (text === '') return;
    lastLine = line;
    const answer = ANSWER.exec(text);
    const choice = CHOICE.exec(text);
    if (answer) {
      if (!prompt) throw new ImportSyntaxError('"ANSWER:" with no question before it', line);
      if (choices.length < 2)
        throw new ImportSyntaxError(
          `the question on line ${prompt.line} needs at least two lettered choices before "ANSWER:"`,
          line,
        );
      const letter = answer[1]!.trim().toUpperCase();
      const right = choices.find((c) => c.letter === letter);
      if (!right)
        throw new ImportSyntaxError(
          `"ANSWER: ${answer[1]!.trim()}" names no choice of the question on line ${prompt.line} (its choices are ${choices.map((c) => c.letter).join(', ')})`,
          line,
        );
      questions.push({
        type: 'multiple-choice',
        prompt: prompt.text,
        choices: choices.map((c) => c.text),
        answer: right.text,
        accept: [],
        line: prompt.line,
      });
      prompt = undefined;
      choices = [];
    } else if (prompt && choice) {
      choices.push({ letter: choice[1]!, text: choice[2]!.trim() });
    } else if (prompt && choices.length === 0) {
      prompt.text += ` ${text}`; // a prompt wrapped over lines
    } else if (prompt) {
      throw new ImportSyntaxError(
        `expected a lettered choice or "ANSWER:" for the question on line ${prompt.line}, found "${text.slice(0, 40)}"`,
        line,
      );
    } else {
      prompt = { text, line };
    }
  });
  if (prompt) throw new ImportSyntaxError(`the question on line ${prompt.line} has no "ANSWER:" line`, lastLine);
  return { questions, skipped: [] };
}
