import type { Command } from '@commander-js/extra-typings';
import { defineCommand, type OptionsOf } from '../command.js';
import { BANK_HELP, positiveInteger } from '../options.js';

const declare = (command: Command) =>
  command
    .description('show an article with the paragraph numbers that citations use')
    .argument('<article>', 'an article id from `citequiz list`, or its title (or part of it, in quotes)')
    .option('--bank <dir>', BANK_HELP)
    .option(
      '-p, --paragraph <n>',
      'only paragraph n and those either side, its cited sentences marked',
      positiveInteger,
    )
    .option('--json', 'print the paragraphs as JSON, with offsets and whether each can be cited')
    .addHelpText(
      'after',
      '\nOn a terminal, an article longer than the screen goes through your pager ($PAGER, else less -R).\n\nExamples:\n  citequiz read newsweek-isis-claims --paragraph 10\n  citequiz read "ISIS Claims Responsibility"',
    );

export type ReadOptions = OptionsOf<typeof declare>;

export const read = defineCommand({
  name: 'read',
  declare,
  run: async (article, options, io) => (await import('./read.js')).readCommand(article, options, io),
});
