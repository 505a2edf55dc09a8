import { InvalidArgumentError, type Command } from '@commander-js/extra-typings';
import { NEW_PER_DAY } from '../../study/index.js';
import { defineCommand, type OptionsOf } from '../command.js';
import { articleOption, BANK_HELP, countOption, typeOption } from '../options.js';
import { DEFAULT_COUNT } from './quiz.command.js';

const declare = (command: Command) =>
  command
    .description(
      'quiz yourself on what is due, misses first (spaced repetition); ends with where to read up on each miss',
    )
    .option('--bank <dir>', BANK_HELP)
    .option('--missed', `only questions missed in your last sessions and not answered right since`)
    .option('--new <n>', `new questions a day, besides those due (default: ${NEW_PER_DAY}; 0 for none)`, wholeNumber)
    .addOption(countOption(String(DEFAULT_COUNT)))
    .addOption(articleOption())
    .addOption(typeOption())
    .option('--exam', 'no feedback until the end')
    .option(
      '--answers <file>',
      'grade answers from a JSON file (- for stdin) instead of asking, as `quiz --answers`; they are recorded like any others',
    )
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      '\nA right answer puts a question off for longer each time (days, then weeks); a miss brings it back the next day. Each day also brings up to --new questions not yet answered.\n\nExamples:\n  citequiz review\n  citequiz review --new 20 --count 20\n  citequiz review --missed --count 5',
    );

export type ReviewOptions = OptionsOf<typeof declare>;

export const review = defineCommand({
  name: 'review',
  declare,
  run: async (options, io) => (await import('./review.js')).reviewCommand(options, io),
});

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}
