import type { Command } from '@commander-js/extra-typings';
import { defineCommand, type OptionsOf } from '../command.js';
import { BANK_HELP } from '../options.js';

const declare = (command: Command) =>
  command
    .description('validate a bank: schema, ids, article files, every quote found in its article; exit 1 on any problem')
    .option('--bank <dir>', BANK_HELP)
    .option('--json', 'print the result as JSON');

export type CheckOptions = OptionsOf<typeof declare>;

export const check = defineCommand({
  name: 'check',
  declare,
  run: async (options, io) => (await import('./check.js')).checkCommand(options, io),
});
