import { parse, CsvError } from 'csv-parse/sync';
import { CHOICE_LETTERS, TRUE_FALSE_CHOICES } from '../bank/index.js';
import { explanationOf, ImportSyntaxError, type ImportedQuestion, type ParsedFile } from './types.js';

/** Header names each column may go by, lower-cased; choice columns are matched separately. */
const COLUMNS = {
  prompt: ['question', 'prompt', 'stem', 'question text', 'front'],
  answer: ['answer', 'correct answer', 'correct', 'key', 'back'],
  choices: ['choices', 'options', 'answers'],
  type: ['type', 'question type'],
  explanation: ['explanation', 'feedback', 'general feedback'],
  accept: ['accept', 'also accept', 'other answers', 'variants'],
} as const;
type Column = keyof typeof COLUMNS;

/** `A`, `Choice A`, `Option 1`, `choice_2`...: one column per choice. */
const CHOICE_COLUMN = /^(?:(?:choice|option|answer)[\s_-]*)?([a-f]|[1-6])$/;
/** How a list of choices or accepted answers is separated inside one cell. */
const LIST_SEPARATOR = /\s*(?:\||;|\r?\n)\s*/;

interface Row {
  readonly cells: readonly string[];
  readonly line: number;
}

/**
 * CSV with a header row → questions. Columns: question and answer, and either a choices column
 * (choices separated by `|`, `;` or line breaks) or one column per choice (A, B, C, ... or Option 1,
 * 2, ...), with the answer as a choice's text or letter; optional type, explanation and accept
 * columns. citequiz's own flashcards (front, back, source) read back too.
 */
export function parseCsvFile(text: string): ParsedFile {
  const rows = readRows(text);
  const header = rows[0];
  if (header === undefined) throw new ImportSyntaxError('the CSV file is empty', 1);
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const column = (name: Column) => names.findIndex((n) => (COLUMNS[name] as readonly string[]).includes(n));
  const at = { prompt: column('prompt'), answer: column('answer') };
  if (at.prompt < 0 || at.answer < 0)
    throw new ImportSyntaxError(
      `expected a header row naming a question column (${COLUMNS.prompt.join(', ')}) and an answer column (${COLUMNS.answer.join(', ')}); found: ${header.cells.join(', ')}`,
      header.line,
    );
  const flashcards = names[at.prompt] === 'front' && names[at.answer] === 'back';
  const choiceColumns = names.flatMap((n, i) => (CHOICE_COLUMN.test(n) && i !== at.answer ? [i] : []));
  // A cell a spreadsheet would run as a formula is written with a leading apostrophe (citequiz's
  // export does so); the apostrophe is not part of the text.
  const cell = (row: Row, index: number) =>
    index < 0 ? '' : (row.cells[index] ?? '').trim().replace(/^'(?=[=+\-@])/, '');

  const questions = rows.slice(1).flatMap((row): ImportedQuestion[] => {
    if (row.cells.every((c) => c.trim() === '')) return [];
    const prompt = cell(row, at.prompt);
    const answer = cell(row, at.answer);
    if (prompt === '') throw new ImportSyntaxError(`the question cell is empty`, row.line);
    if (answer === '') throw new ImportSyntaxError(`the answer cell is empty`, row.line);
    if (flashcards) return [flashcard(prompt, answer, row.line)];
    const listed = cell(row, column('choices'));
    const choices = listed
      ? listed.split(LIST_SEPARATOR).filter(Boolean)
      : choiceColumns.map((i) => cell(row, i)).filter(Boolean);
    const explanation = explanationOf(cell(row, column('explanation')));
    const accepted = cell(row, column('accept'));
    return [
      build(
        {
          prompt,
          answer,
          choices,
          type: cell(row, column('type')).toLowerCase(),
          accept: accepted ? accepted.split(LIST_SEPARATOR).filter(Boolean) : [],
          ...(explanation ? { explanation } : {}),
        },
        row.line,
      ),
    ];
  });
  return { questions, skipped: [] };
}

function readRows(text: string): Row[] {
  try {
    const records = parse(text, {
      bom: true,
      relax_column_count: true,
      info: true,
      raw: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
    // `lines` counts to the end of the record; a record's quoted cells may span lines.
    return records.map(({ record, info, raw }) => ({
      cells: record,
      line: info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0),
    }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    throw new ImportSyntaxError(`not CSV: ${error.message.replace(/^Invalid Record Length: |\.$/g, '')}`, line);
  }
}

interface Fields {
  readonly prompt: string;
  readonly answer: string;
  readonly choices: readonly string[];
  readonly type: string;
  readonly accept: readonly string[];
  readonly explanation?: string;
}

const TRUE_FALSE = /^(true|false|t|f)$/i;

/** A row's fields as a question of the type they make (or that a type column names). */
function build(fields: Fields, line: number): ImportedQuestion {
  const { prompt, choices, type } = fields;
  const common = { prompt, accept: [], line, ...(fields.explanation ? { explanation: fields.explanation } : {}) };
  const trueFalse =
    type.startsWith('true') ||
    type === 'tf' ||
    (choices.length === 0 && TRUE_FALSE.test(fields.answer) && !type.startsWith('short'));
  if (trueFalse) {
    if (!TRUE_FALSE.test(fields.answer))
      throw new ImportSyntaxError(`a true/false answer must be true or false, not "${fields.answer}"`, line);
    return { ...common, type: 'true-false', choices: [], answer: fields.answer.toLowerCase().startsWith('t') };
  }
  if (choices.length === 0 || type.startsWith('short'))
    return { ...common, type: 'short-answer', choices: [], answer: fields.answer, accept: fields.accept };
  const letter = CHOICE_LETTERS.indexOf(fields.answer.toUpperCase() as (typeof CHOICE_LETTERS)[number]);
  const answer = choices.includes(fields.answer) ? fields.answer : letter >= 0 ? choices[letter] : undefined;
  if (answer === undefined)
    throw new ImportSyntaxError(
      `the answer "${fields.answer}" is neither one of the choices nor a choice's letter`,
      line,
    );
  return { ...common, type: 'multiple-choice', choices, answer };
}

const LETTERED = /^([A-F])\. (.*)$/;

/**
 * citequiz's flashcards: the front is the prompt with lettered choices or "True or false? ...", the
 * back the answer (after its letter), "(also: ...)" variants, then the explanation.
 */
function flashcard(front: string, back: string, line: number): ImportedQuestion {
  const [answerLine = '', ...rest] = back.split('\n');
  const explanation = explanationOf(rest.join('\n'));
  const extra = explanation ? { explanation } : {};
  const tf = /^True or false\? ([\s\S]*)$/.exec(front);
  if (tf && (TRUE_FALSE_CHOICES as readonly string[]).includes(answerLine.trim()))
    return {
      type: 'true-false',
      prompt: tf[1]!.trim(),
      choices: [],
      answer: answerLine.trim() === 'True',
      accept: [],
      line,
      ...extra,
    };
  const lines = front.split('\n');
  const firstChoice = lines.findIndex((l, i) => i > 0 && LETTERED.test(l));
  if (firstChoice > 0) {
    const choices = lines.slice(firstChoice).map((l) => LETTERED.exec(l)?.[2] ?? l);
    const letter = /^([A-F])\. /.exec(answerLine)?.[1];
    const answer = letter ? choices[CHOICE_LETTERS.indexOf(letter as (typeof CHOICE_LETTERS)[number])] : undefined;
    if (answer === undefined)
      throw new ImportSyntaxError(`the back "${answerLine}" names no choice of the front`, line);
    return {
      type: 'multiple-choice',
      prompt: lines.slice(0, firstChoice).join('\n'),
      choices,
      answer,
      accept: [],
      line,
      ...extra,
    };
  }
  const also = /^(.*?) \(also: (.*)\)$/.exec(answerLine);
  return {
    type: 'short-answer',
    prompt: front,
    choices: [],
    answer: (also ? also[1]! : answerLine).trim(),
    accept: also ? also[2]!.split('; ') : [],
    line,
    ...extra,
  };
}
