import type { Question } from '../../bank/index.js';
import { CitequizError } from '../../errors.js';
import { count } from '../../text/count.js';
import { sanitize } from '../../text/sanitize.js';
import { EXPORT_FORMATS, type ExportFormatSpec } from '../../render/export/formats.js';
import { readBankFolder, requireBank } from '../bank-folder.js';
import type { Io } from '../io.js';
import { selectFor } from '../selection.js';
import { writeOutputFile } from '../write-output.js';
import type { ExportOptions } from './export.command.js';

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
  const problems = (await format.problems?.(exported)) ?? [];
  if (problems.length > 0) {
    throw new CitequizError(
      'unexportable',
      `${format.label} cannot carry ${count(problems.length, 'question')} faithfully, so nothing was written:\n${problems.map((p) => `  ${sanitize(p)}`).join('\n')}`,
    );
  }
  const content = await format.render(exported);
  if (toStdout) io.stdout.write(content as string);
  else {
    writeOutputFile(options.out, io.cwd, content, { force: options.force === true, extension: format.extension });
    io.stderr.write(`Wrote ${count(questions.length, 'question')} (${format.label}) to ${sanitize(options.out)}\n`);
  }
  if (format.grader !== undefined) {
    const note = await shortAnswerNote(questions, format.grader);
    if (note !== undefined) io.stderr.write(note);
  }
  return 0;
}

/** What the LMS is told of short answers, and what it will still grade more strictly than the quiz. */
async function shortAnswerNote(questions: readonly Question[], grader: string): Promise<string | undefined> {
  const shortAnswers = questions.filter((q) => q.type === 'short-answer');
  if (shortAnswers.length === 0) return undefined;
  const { acceptedForms, LMS_STRICTER_THAN_QUIZ } = await import('../../render/export/short-answers.js');
  const forms = shortAnswers.reduce((sum, q) => sum + acceptedForms(q).length, 0);
  return `${count(shortAnswers.length, 'short answer')} carry ${count(forms, 'accepted form')} (as written, without punctuation or accents, numbers in digits and words, with and without "the", with a full stop); ${grader} will still mark wrong what the quiz forgives beyond them: ${LMS_STRICTER_THAN_QUIZ}.\n`;
}
