import { basename, resolve } from 'node:path';
import { editBankYaml } from '../../bank/index.js';
import { CitequizError } from '../../errors.js';
import { detectFormat, IMPORT_FORMAT_NAMES, IMPORT_FORMATS, type ImportFormat } from '../../import/formats.js';
import { mergeQuestions } from '../../import/records.js';
import { ImportSyntaxError, questionFile, type ParsedFile, type QuestionFile } from '../../import/types.js';
import { count } from '../../text/count.js';
import { sanitize } from '../../text/sanitize.js';
import { readBankFolder } from '../bank-folder.js';
import { bankEntries, requireArticles } from '../bank-update.js';
import { FileError, readPlainFile } from '../files.js';
import type { Io } from '../io.js';
import { writeJson } from '../output.js';
import { citeAndWrite, toCite, UNSHOWN } from './cite.js';
import type { ImportOptions } from './import.command.js';

/** Question files past this size are not a teacher's quiz. */
const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/** Reads another tool's questions into the bank, leaving its own as they are, then cites the new ones. */
export async function importCommand(file: string, options: ImportOptions, io: Io): Promise<number> {
  const shown = sanitize(file);
  const input = questionFile(readQuestionFile(resolve(io.cwd, file), shown));
  const format = options.format ?? detectFormat(basename(file), input);
  if (format === undefined)
    throw new CitequizError(
      'usage',
      `cannot tell the format of ${shown} from its name or content; give --format (${IMPORT_FORMAT_NAMES.join(', ')})`,
    );
  const parsed = await parseFile(format, input, shown);

  const folder = await readBankFolder(options.bank, io.cwd, { unlocated: UNSHOWN });
  const entries = bankEntries(folder);
  requireArticles(folder);
  const merge = mergeQuestions(entries.questions, parsed.questions);
  for (const skip of [...parsed.skipped, ...merge.skipped])
    io.stderr.write(
      `citequiz: skipped the question at ${sanitize(skip.where)} of ${shown}: it ${sanitize(skip.reason)}\n`,
    );
  if (merge.duplicates > 0)
    io.stderr.write(`${count(merge.duplicates, 'question')} of ${shown} already in the bank, left out.\n`);
  if (merge.records.length === 0) {
    if (options.json) writeJson(io, { bank: folder.shownFile, imported: 0, questions: [] });
    io.stderr.write(`No new questions in ${shown}; ${sanitize(folder.shownFile)} is unchanged.\n`);
    return 0;
  }
  io.stderr.write(
    `Read ${count(merge.records.length, 'new question')} (${IMPORT_FORMATS[format].label}) from ${shown}.\n`,
  );
  const yaml = editBankYaml(folder.yaml, { append: merge.records });
  const first = entries.questions.length;
  const targets = merge.records.map((record, i) => toCite(record, first + i));
  return citeAndWrite(folder, yaml, targets, options, io);
}

function readQuestionFile(path: string, shown: string): Uint8Array {
  try {
    return readPlainFile(path, MAX_IMPORT_BYTES);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    const says = {
      missing: `no file ${shown}`,
      'not-a-file': `${shown} is not a file`,
      'too-large': `${shown} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB; that is not a quiz`,
      unreadable: `cannot read ${shown}: ${error.detail}`,
    }[error.problem];
    throw new CitequizError(error.problem === 'missing' ? 'not-found' : 'import-invalid', says);
  }
}

async function parseFile(format: ImportFormat, input: QuestionFile, shown: string): Promise<ParsedFile> {
  try {
    return await IMPORT_FORMATS[format].parse(input);
  } catch (error) {
    if (!(error instanceof ImportSyntaxError)) throw error;
    const where = [shown, error.line, error.line === undefined ? undefined : error.column].filter(
      (x) => x !== undefined,
    );
    throw new CitequizError('import-invalid', `${where.join(':')}: ${sanitize(error.message)}`);
  }
}
