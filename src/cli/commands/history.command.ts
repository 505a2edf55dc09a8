import type { Command } from '@commander-js/extra-typings';
import { defineCommand, type OptionsOf } from '../command.js';
import { BANK_HELP } from '../options.js';

const declare = (command: Command) =>
  command
    .description("show where a bank's study history is kept and how much it holds; --clear deletes it")
    .option('--bank <dir>', BANK_HELP)
    .option('--clear', "delete the bank's study history (asks first)")
    .option('--yes', 'with --clear: do not ask (for scripts)')
    .option('--json', 'print the file and counts as JSON')
    .addHelpText(
      'after',
      '\nHistory lives in $CITEQUIZ_HOME/history/ when CITEQUIZ_HOME is set, else in the data folder\n($XDG_DATA_HOME/citequiz/history/, by default ~/.local/share/citequiz/history/), one file per bank folder.',
    );

export type HistoryOptions = OptionsOf<typeof declare>;

export const history = defineCommand({
  name: 'history',
  declare,
  run: async (options, io) => (await import('./history.js')).historyCommand(options, io),
});
