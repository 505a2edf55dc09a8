import type { Command } from '@commander-js/extra-typings';
import { defineCommand, type OptionsOf } from '../command.js';
import { articleOption, BANK_HELP, countOption, typeOption } from '../options.js';

/** The most questions a quiz or a review asks when --count is not given. */
export const DEFAULT_COUNT = 10;

const declare = (command: Command) =>
  command
    .description('take a quiz in the terminal (the default command); ends with where to read up on each miss')
    .option('--bank <dir>', BANK_HELP)
    .addOption(countOption(`${DEFAULT_COUNT}; with --answers: all`))
    .addOption(articleOption())
    .addOption(typeOption())
    .option('--seed <seed>', 'shuffle reproducibly: the same seed gives the same questions in the same order')
    .option('--exam', 'no feedback until the end')
    .option(
      '--answers <file>',
      'grade answers from a JSON file (- for stdin) instead of asking: {"question-id": "B" | "choice text" | true | "typed answer"}; letters follow the bank\'s choice order',
    )
    .option('--json', 'print the report as JSON')
    .option('--resume', 'continue the unfinished quiz without asking')
    .option('--no-resume', 'start a new quiz without asking, setting the unfinished one aside')
    .addHelpText(
      'after',
      '\nEvery answer is saved as it is given (see `citequiz history`); after Ctrl+C or a closed terminal, the next quiz offers to resume.\n\nExamples:\n  citequiz quiz --count 5 --article newsweek-isis-claims\n  citequiz quiz --exam --seed 42\n  citequiz quiz --answers answers.json --json',
    );

/** --resume: continue the unfinished quiz; --no-resume (false): start afresh; unset: ask when there is one. */
export type QuizOptions = OptionsOf<typeof declare>;

export const quiz = defineCommand({
  name: 'quiz',
  declare,
  run: async (options, io) => (await import('./quiz.js')).quizCommand(options, io),
});
