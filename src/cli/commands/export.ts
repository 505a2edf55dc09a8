import { CitequizError } from '../../errors.js';
import { count } from '../../render/count.js';
import { sanitize } from '../../render/sanitize.js';
import { EXPORT_FORMATS, type ExportFormat, type ExportFormatSpec } from '../../render/export/formats.js';
import { readBankFolder, requireBank } from '../bank-folder.js';
import type { Io } from '../io.js';
import { selectFor, type SelectionOptions } from '../selection.js';
import { writeOutputFile } from '../write-output.js';

export interface ExportOptions extends SelectionOptions {
  readonly bank?: string;
  readonly format: ExportFormat;
  /** A file name, or `-` for standard output (text formats only). */
  readonly out: string;
  readonly force?: boolean;
}

export async function exportCommand(options: ExportOptions, io: Io): Promise<number> {
  const format: ExportFormatSpec = EXPORT_FORMATS[options.format];
  const toStdout = options.out === '-';
  if (toStdout && !format.text) {
    throw new CitequizError(
      'usage',
      `${options.format} is a zip file and cannot go to standard output; give a file name: --out quiz${format.extension}`,
    );
  }
  const bank = requireBank(await readBankFolder(options.bank, io.cwd));
  const questions = selectFor(bank, options, {}, io).map((item) => item.question);
  const exported = { ...bank, questions };
  for (const warning of (await format.warnings?.(exported)) ?? [])
    io.stderr.write(`citequiz: warning: ${sanitize(warning)}\n`);
  const content = await format.render(exported);
  if (toStdout) {
    io.stdout.write(content as string);
    return 0;
  }
  writeOutputFile(options.out, io.cwd, content, { force: options.force === true, extension: format.extension });
  io.stderr.write(`Wrote ${count(questions.length, 'question')} (${format.label}) to ${sanitize(options.out)}\n`);
  return 0;
}
