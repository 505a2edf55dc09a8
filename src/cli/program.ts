import { Command, CommanderError } from '@commander-js/extra-typings';
import { isCitequizError, type ErrorCode } from '../errors.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { sanitize } from '../text/sanitize.js';
import { COMMANDS } from './commands/index.js';
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

  for (const command of COMMANDS) command.addTo(program, io, setExit);
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
