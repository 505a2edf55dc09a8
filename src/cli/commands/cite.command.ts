import type { Command } from '@commander-js/extra-typings';
import { defineCommand, type OptionsOf } from '../command.js';
import { BANK_HELP, minConfidenceOption, REPORT_HELP } from '../options.js';

const declare = (command: Command) =>
  command
    .description('find and verify the sources of every question in a bank that has none')
    .option('--bank <dir>', BANK_HELP)
    .addOption(minConfidenceOption())
    .option('--report', REPORT_HELP)
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nA citation below --min-confidence is written as a draft: `needs-review: true`, with the other candidates in a comment; `citequiz check` lists drafts until the line is deleted.',
    );

export type CiteOptions = OptionsOf<typeof declare>;

export const cite = defineCommand({
  name: 'cite',
  declare,
  run: async (options, io) => (await import('./cite.js')).citeCommand(options, io),
});
