import type { Command } from '@commander-js/extra-typings';
import { defineCommand, type OptionsOf } from '../command.js';
import { BANK_HELP } from '../options.js';

const declare = (command: Command) =>
  command
    .description(
      'accuracy per article and skill, sessions and streak, what is due, and the questions missed most with their sources',
    )
    .option('--bank <dir>', BANK_HELP)
    .option('--json', 'print the statistics as JSON');

export type StatsOptions = OptionsOf<typeof declare>;

export const stats = defineCommand({
  name: 'stats',
  declare,
  run: async (options, io) => (await import('./stats.js')).statsCommand(options, io),
});
