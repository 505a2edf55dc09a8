import { InvalidArgumentError, type Command } from '@commander-js/extra-typings';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormat } from '../../render/export/formats.js';
import { defineCommand, type OptionsOf } from '../command.js';
import { articleOption, BANK_HELP, countOption, typeOption } from '../options.js';

const declare = (command: Command) =>
  command
    .description(
      'write the bank for a learning platform or flashcard tool, each question carrying its source as feedback',
    )
    .option('--bank <dir>', BANK_HELP)
    .requiredOption(
      '-f, --format <format>',
      `one of: ${EXPORT_FORMAT_NAMES.map((name) => `${name} (${EXPORT_FORMATS[name].label})`).join('; ')}`,
      exportFormat,
    )
    .requiredOption('-o, --out <file>', 'the file to write (a .zip for qti); - writes a text format to standard output')
    .option('--force', 'replace --out if it exists')
    .addOption(countOption('all'))
    .addOption(articleOption())
    .addOption(typeOption())
    .addHelpText(
      'after',
      '\nExamples:\n  citequiz export --format gift --out london.gift\n  citequiz export --format qti --out london.zip --type multiple-choice\n  citequiz export --format json --out - --bank questions/my-bank',
    );

/** `out` is a file name, or `-` for standard output (text formats only). */
export type ExportOptions = OptionsOf<typeof declare>;

export const exportBank = defineCommand({
  name: 'export',
  declare,
  run: async (options, io) => (await import('./export.js')).exportCommand(options, io),
});

function exportFormat(value: string): ExportFormat {
  if (!(EXPORT_FORMAT_NAMES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of: ${EXPORT_FORMAT_NAMES.join(', ')}.`);
  return value as ExportFormat;
}
