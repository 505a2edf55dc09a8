import { Option, type Command } from '@commander-js/extra-typings';
import { KEY_KINDS, MAX_VERSIONS, PAPER_NAMES, PRINT_FORMATS } from '../../print/index.js';
import { defineCommand, type OptionsOf } from '../command.js';
import { articleOption, BANK_HELP, countOption, nonEmpty, positiveInteger, typeOption } from '../options.js';

const declare = (command: Command) =>
  command
    .description(
      'print a quiz for class: versions with shuffled questions and choices, answer keys with sources, the articles',
    )
    .addOption(
      new Option('-f, --format <format>', 'pdf, html (one self-contained file each, with print CSS) or md')
        .choices(PRINT_FORMATS)
        .makeOptionMandatory(),
    )
    .requiredOption(
      '-o, --out <dir>',
      'folder to write into (made if missing); files: quiz-A, key-A, ..., teacher, articles',
    )
    .option('--bank <dir>', BANK_HELP)
    .option(
      '--versions <n>',
      `how many versions, lettered A, B, C, ..., Z, AA, AB, ... (1 to ${MAX_VERSIONS}; default 1)`,
      positiveInteger,
    )
    .addOption(countOption('all; every version asks the same'))
    .addOption(articleOption())
    .addOption(typeOption())
    .option(
      '--seed <seed>',
      "shuffle reproducibly; without it, one version keeps the bank's order and several get a new seed, printed to reuse",
    )
    .option('--title <title>', "heading of every page (default: the bank's title)", nonEmpty)
    .addOption(
      new Option(
        '--key <kind>',
        "what each version's answer key holds: grid (every answer on one page) or full (the grid, then each answer with its source)",
      )
        .choices(KEY_KINDS)
        .default('full'),
    )
    .option('--no-key', 'leave out the answer keys')
    .option(
      '--marks [n]',
      'print the marks beside each question (n each; default 1) and a box for the total',
      positiveInteger,
    )
    .option('--articles', 'add the articles, with the paragraph numbers the sources cite')
    .option('--teacher', "add a teacher's copy: every version with answers, explanations and sources inline")
    .addOption(new Option('--paper <size>', 'paper size for pdf and html').choices(PAPER_NAMES).default('a4'))
    .option('--force', 'overwrite files already in --out')
    .addHelpText(
      'after',
      '\nExamples:\n  citequiz print --format pdf --out week3 --versions 4 --count 20 --articles\n  citequiz print --format html --out week3 --seed 42 --paper letter --teacher\n  citequiz print --format md --out week3 --article newsweek-isis-claims --no-key',
    );

/** `key` is the kind of key, or false with --no-key; `marks` is true for 1 mark a question, or the marks for each. */
export type PrintOptions = OptionsOf<typeof declare>;

export const print = defineCommand({
  name: 'print',
  declare,
  run: async (options, io) => (await import('./print.js')).printCommand(options, io),
});
