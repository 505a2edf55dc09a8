import type { Command } from '@commander-js/extra-typings';
import { defineCommand, type OptionsOf } from '../command.js';
import { BANK_HELP } from '../options.js';

const declare = (command: Command) =>
  command
    .description("list the bank's articles with outlet, paragraph and question counts")
    .option('--bank <dir>', BANK_HELP)
    .option('--json', 'print the list as JSON');

export type ListOptions = OptionsOf<typeof declare>;

export const list = defineCommand({
  name: 'list',
  declare,
  run: async (options, io) => (await import('./list.js')).listCommand(options, io),
});
