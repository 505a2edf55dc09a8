import { Option, type Command } from '@commander-js/extra-typings';
import { IMPORT_FORMAT_NAMES } from '../../import/formats.js';
import { defineCommand, type OptionsOf } from '../command.js';
import { minConfidenceOption, REPORT_HELP } from '../options.js';

const declare = (command: Command) =>
  command
    .description(
      "add questions from Moodle (GIFT, XML, Aiken), Canvas (QTI), a spreadsheet (CSV) or a Markdown list to a bank, and find each one's sources",
    )
    .argument('<file>', 'the questions to import')
    // Required: without it, questions would be written into the bundled bank, inside the installation.
    .requiredOption('--bank <dir>', 'the bank to add them to (its articles are where sources are looked for)')
    .addOption(
      new Option('-f, --format <format>', "the file's format (default: from its name or content)").choices(
        IMPORT_FORMAT_NAMES,
      ),
    )
    .addOption(minConfidenceOption())
    .option('--report', REPORT_HELP)
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nQuestions already in the bank are left as they are; a question the bank already has is not added twice.\n\nExamples:\n  citequiz import moodle.gift --bank questions/week-12\n  citequiz import quiz.csv --bank questions/week-12 --report',
    );

export type ImportOptions = OptionsOf<typeof declare>;

export const importQuestions = defineCommand({
  name: 'import',
  declare,
  // The file readers and the search engine load only here: a quiz needs neither.
  run: async (file, options, io) => (await import('./import.js')).importCommand(file, options, io),
});
