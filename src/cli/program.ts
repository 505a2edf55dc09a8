import { Command, CommanderError, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { QUESTION_TYPES, type QuestionType, SKILLS, type Skill } from '../bank/index.js';
import { isCitequizError, type ErrorCode } from '../errors.js';
import { DEFAULT_PER_ARTICLE } from '../generate/defaults.js';
import { DEFAULT_MIN_CONFIDENCE } from '../cite/defaults.js';
import { IMPORT_FORMAT_NAMES } from '../import/formats.js';
import { KEY_KINDS, MAX_VERSIONS, PAPER_NAMES, PRINT_FORMATS } from '../print/index.js';
import { NEW_PER_DAY } from '../study/index.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { sanitize } from '../text/sanitize.js';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormat } from '../render/export/formats.js';
import { checkCommand } from './commands/check.js';
import { exportCommand } from './commands/export.js';
import { listCommand } from './commands/list.js';
import { printCommand } from './commands/print.js';
import { DEFAULT_COUNT, quizCommand } from './commands/quiz.js';
import { readCommand } from './commands/read.js';
import { historyCommand } from './commands/history.js';
import { reviewCommand } from './commands/review.js';
import { statsCommand } from './commands/stats.js';
import type { Io } from './io.js';
import { say, styleFor } from './output.js';
import packageJson from '../../package.json' with { type: 'json' };

/** How each kind of failure ends the process. */
const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  usage: 2,
  'no-tty': 2,
  interrupted: 130,
  'bank-not-found': 1,
  'bank-invalid': 1,
  'not-found': 1,
  'answers-invalid': 1,
  'output-exists': 1,
  'no-articles': 1,
  'no-questions': 1,
  history: 1,
  output: 1,
  'import-invalid': 1,
  unexportable: 1,
};
/** Diagnostics printed when a command other than `check` meets a broken bank. */
const DIAGNOSTICS_SHOWN = 20;

const BANK_HELP = 'bank folder (or its bank.yaml); default: the bundled London attacks bank';

/** Runs citequiz with `argv` (arguments after the program name); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync(withDefaultCommand(argv, program), { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io);
  }
}

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('citequiz')
    .description(
      'Reading-comprehension quizzes from news articles: every question cites the article, paragraph and sentence that answers it.',
    )
    .version(packageJson.version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command('quiz')
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
    )
    .action(async (options) => setExit(await quizCommand(options, io)));

  program
    .command('check')
    .description('validate a bank: schema, ids, article files, every quote found in its article; exit 1 on any problem')
    .option('--bank <dir>', BANK_HELP)
    .option('--json', 'print the result as JSON')
    .action(async (options) => setExit(await checkCommand(options, io)));

  program
    .command('list')
    .description("list the bank's articles with outlet, paragraph and question counts")
    .option('--bank <dir>', BANK_HELP)
    .option('--json', 'print the list as JSON')
    .action(async (options) => setExit(await listCommand(options, io)));

  program
    .command('read')
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
    )
    .action(async (article: string, options) => setExit(await readCommand(article, options, io)));

  program
    .command('generate')
    .description('write a new bank of cited questions from articles (.txt, .md, .html, .pdf, .docx), offline')
    .argument('<paths...>', 'article files, or folders holding them')
    .requiredOption('-o, --out <dir>', 'the new bank folder, e.g. questions/my-bank')
    .option('--per-article <n>', `most questions kept per article (default: ${DEFAULT_PER_ARTICLE})`, positiveInteger)
    .option(
      '--types <types>',
      `question types to write, comma-separated: ${QUESTION_TYPES.join(', ')} (default: all)`,
      questionTypes,
    )
    .option('--skills <skills>', `skills to ask about, comma-separated: ${SKILLS.join(', ')} (default: all)`, skillList)
    .option('--seed <seed>', 'the same articles and seed give the same bank, byte for byte (default: a fixed seed)')
    .option('--title <title>', "the bank's title", nonEmpty)
    .option('--report', 'print, per article, how many candidates were made, kept and rejected, and why')
    .option('--force', 'replace the --out folder if it exists')
    .option('--json', 'print a summary as JSON')
    .option(
      '--outlet <[path=]name>',
      'the outlet of every article, or (path=name) of a file or of every file under a folder; repeat for more; "none" for none',
      collect,
    )
    .option(
      '--date <[path=]date>',
      'the publication date (2024-03-05 or 5 March 2024), of every article or (path=date) of a file or folder; repeat for more; "none" for none',
      collect,
    )
    .addHelpText(
      'after',
      '\nArticles: .txt, .md, .html, .pdf and .docx files. The title, outlet and date are taken from the article where it states them; --outlet and --date say them where you know better, and the most specific path wins.\n\nExamples:\n  citequiz generate articles/ --out questions/week-12\n  citequiz generate a.txt b.md page.html report.pdf --out questions/mixed --types multiple-choice,true-false --report\n  citequiz generate bbc/ guardian.pdf --outlet bbc/="BBC News" --outlet guardian.pdf="The Guardian" --date guardian.pdf=2024-03-05 --out questions/week-13',
    )
    .action(async (paths: string[], options) => {
      // Loaded on use: the generator and its YAML writer are not needed to take a quiz.
      const { generateCommand } = await import('./commands/generate.js');
      setExit(await generateCommand(paths, options, io));
    });

  program
    .command('import')
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
    )
    .action(async (file: string, options) => {
      // Loaded on use, with the search engine: a quiz needs neither.
      const { importCommand } = await import('./commands/import.js');
      setExit(await importCommand(file, options, io));
    });

  program
    .command('cite')
    .description('find and verify the sources of every question in a bank that has none')
    .option('--bank <dir>', BANK_HELP)
    .addOption(minConfidenceOption())
    .option('--report', REPORT_HELP)
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nA citation below --min-confidence is written as a draft: `needs-review: true`, with the other candidates in a comment; `citequiz check` lists drafts until the line is deleted.',
    )
    .action(async (options) => {
      const { citeCommand } = await import('./commands/cite.js');
      setExit(await citeCommand(options, io));
    });

  program
    .command('review')
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
    )
    .action(async (options) => setExit(await reviewCommand(options, io)));

  program
    .command('stats')
    .description(
      'accuracy per article and skill, sessions and streak, what is due, and the questions missed most with their sources',
    )
    .option('--bank <dir>', BANK_HELP)
    .option('--json', 'print the statistics as JSON')
    .action(async (options) => setExit(await statsCommand(options, io)));

  program
    .command('history')
    .description("show where a bank's study history is kept and how much it holds; --clear deletes it")
    .option('--bank <dir>', BANK_HELP)
    .option('--clear', "delete the bank's study history (asks first)")
    .option('--yes', 'with --clear: do not ask (for scripts)')
    .option('--json', 'print the file and counts as JSON')
    .addHelpText(
      'after',
      '\nHistory lives in $CITEQUIZ_HOME/history/ when CITEQUIZ_HOME is set, else in the data folder\n($XDG_DATA_HOME/citequiz/history/, by default ~/.local/share/citequiz/history/), one file per bank folder.',
    )
    .action(async (options) => setExit(await historyCommand(options, io)));

  program
    .command('export')
    .description(
      'write the bank for a learning platform or flashcard tool, each question carrying its source as feedback',
    )
    .option('--bank <dir>', BANK_HELP)
    .requiredOption(
      '-f, --format <format>',
      `one of: ${EXPORT_FORMAT_NAMES.map((name) => `${name} (${EXPORT_FORMATS[name].label})`).join('; ')}`,
      exportFormat,
    )
    .requiredOption('-o, --out <file>', 'the file to write (a .zip for qti); - writes a text format to standard output')
    .option('--force', 'replace --out if it exists')
    .addOption(countOption('all'))
    .addOption(articleOption())
    .addOption(typeOption())
    .addHelpText(
      'after',
      '\nExamples:\n  citequiz export --format gift --out london.gift\n  citequiz export --format qti --out london.zip --type multiple-choice\n  citequiz export --format json --out - --bank questions/my-bank',
    )
    .action(async (options) => setExit(await exportCommand(options, io)));

  program
    .command('print')
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
    )
    .action(async (options) => setExit(await printCommand(options, io)));

  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  return program;
}

const PROGRAM_FLAGS = new Set(['-h', '--help', '-V', '--version']);

/**
 * `citequiz` alone, or with only options, takes a quiz. This is done here rather than with
 * commander's default command, which takes any word it does not know for an argument to the quiz
 * ("too many arguments for 'quiz'" for `citequiz qiuz`): a word that is no command is commander's
 * "unknown command", with its "Did you mean quiz?", as is `citequiz help` with one.
 */
function withDefaultCommand(argv: readonly string[], program: Command): string[] {
  const [first, second] = argv;
  if (first === undefined || (first.startsWith('-') && !PROGRAM_FLAGS.has(first))) return ['quiz', ...argv];
  const known = (name: string) => program.commands.some((c) => c.name() === name || c.aliases().includes(name));
  if (first === 'help' && second !== undefined && !second.startsWith('-') && !known(second)) return [second];
  return [...argv];
}

function reportError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Help and --version end through here too, with exit code 0.
    return error.exitCode === 0 ? 0 : EXIT_CODES.usage;
  }
  const { style } = styleFor(io.stderr, io);
  if (isCitequizError(error)) {
    // Messages quote what the user typed and the names of files and folders: sanitised, as any of
    // them may hold an escape sequence.
    if (error.code === 'interrupted') {
      io.stderr.write('\n');
      say(io, sanitize(error.message));
      return EXIT_CODES.interrupted;
    }
    say(io, `citequiz: ${sanitize(error.message)}`);
    if (error.diagnostics.length > 0) {
      io.stderr.write(renderDiagnostics(error.diagnostics, style, DIAGNOSTICS_SHOWN));
      if (error.diagnostics.length > DIAGNOSTICS_SHOWN)
        io.stderr.write(style.dim('Run `citequiz check` with the same --bank to see them all.\n'));
    }
    return EXIT_CODES[error.code];
  }
  const message = error instanceof Error ? error.message : String(error);
  say(io, `citequiz: unexpected error: ${sanitize(message)}`);
  if (io.env.CITEQUIZ_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return 70; // EX_SOFTWARE: a bug, not bad input
}

/** How sure a citation must be, for import and cite. */
const minConfidenceOption = () =>
  new Option(
    '--min-confidence <x>',
    `how sure a citation must be to be written as final rather than as a draft (0 to 1; default ${DEFAULT_MIN_CONFIDENCE})`,
  ).argParser(confidence);
const REPORT_HELP = 'print, per question, the sentence chosen, the runner-up and the confidence';

/** --count, --article and --type pick questions the same way for quiz, review, print and export (src/cli/selection.ts). */
const countOption = (byDefault: string) =>
  new Option('-n, --count <n>', `at most this many of the questions that match (default: ${byDefault})`).argParser(
    positiveInteger,
  );
const articleOption = () =>
  new Option('-a, --article <id>', 'only questions citing this article (repeatable; see `citequiz list`)').argParser(
    collect,
  );
const typeOption = () =>
  new Option('-t, --type <type>', `only this question type (repeatable): ${QUESTION_TYPES.join(', ')}`).argParser(
    questionType,
  );

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return Number(value);
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

function questionTypes(value: string, previous: QuestionType[] | undefined): QuestionType[] {
  const types = value
    .split(',')
    .map((type) => type.trim())
    .filter(Boolean);
  if (types.length === 0) throw new InvalidArgumentError(`expected one or more of: ${QUESTION_TYPES.join(', ')}.`);
  return types.reduce((list, type) => questionType(type, list), previous ?? []);
}

function skillList(value: string, previous: Skill[] | undefined): Skill[] {
  const skills = value
    .split(',')
    .map((skill) => skill.trim())
    .filter(Boolean);
  if (skills.length === 0) throw new InvalidArgumentError(`expected one or more of: ${SKILLS.join(', ')}.`);
  for (const skill of skills) {
    if (!(SKILLS as readonly string[]).includes(skill))
      throw new InvalidArgumentError(`"${skill}" is not a skill; expected one or more of: ${SKILLS.join(', ')}.`);
  }
  return [...new Set([...(previous ?? []), ...(skills as Skill[])])];
}

function confidence(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1)
    throw new InvalidArgumentError('expected a number from 0 to 1, such as 0.5.');
  return number;
}

function nonEmpty(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('expected some text.');
  return value.trim();
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function questionType(value: string, previous: QuestionType[] | undefined): QuestionType[] {
  if (!(QUESTION_TYPES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of: ${QUESTION_TYPES.join(', ')}.`);
  }
  return [...(previous ?? []), value as QuestionType];
}

function exportFormat(value: string): ExportFormat {
  if (!(EXPORT_FORMAT_NAMES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of: ${EXPORT_FORMAT_NAMES.join(', ')}.`);
  return value as ExportFormat;
}
