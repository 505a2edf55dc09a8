// The one pipeline `quiz` and `review` run: load the bank, plan the session, ask in the terminal
// or grade an --answers file, save each answer as it is given, and report. Each command supplies
// only its plan and its words.
import type { Bank } from '../bank/index.js';
import { CitequizError, isCitequizError } from '../errors.js';
import { buildReport, askedAgain, type QuizItem, type Outcome } from '../quiz/index.js';
import { sanitize } from '../text/sanitize.js';
import { wrapIndented } from '../render/wrap.js';
import type { HistoryStore } from '../study/index.js';
import { askItems } from './ask-items.js';
import { readBankFolder, requireBank } from './bank-folder.js';
import { gradeFile, readAnswers } from './grade-file.js';
import { historyFor, keepSummaryCurrent, type SessionLog } from './history.js';
import type { Io } from './io.js';
import { styleFor } from './output.js';
import { printReport } from './report-output.js';
import type { SelectionOptions } from './selection.js';

/** The options quiz and review share. */
export interface SessionOptions extends SelectionOptions {
  readonly bank?: string;
  readonly exam?: boolean;
  readonly answers?: string;
  readonly json?: boolean;
}

/** What a session asks, what of it is already answered (a resumed quiz), and where it is saved. */
export interface Plan {
  readonly items: readonly QuizItem[];
  readonly done: readonly Outcome[];
  readonly log: SessionLog;
  readonly exam: boolean;
  /** The header's description of the session, e.g. "10 questions · seed 42". */
  readonly about: string;
}

export interface Planning {
  readonly bank: Bank;
  readonly store: HistoryStore;
  /** Answers come from an --answers file: nobody is at a terminal to ask. */
  readonly scripted: boolean;
  readonly io: Io;
}

/** What makes a quiz a quiz and a review a review. */
export interface SessionKind<O extends SessionOptions> {
  /** "quiz" or "review": the command, and the session in messages. */
  readonly name: string;
  /** The session to run, or undefined when there is nothing to ask (having said why). */
  plan(options: O, planning: Planning): Promise<Plan | undefined>;
  /** The line a stopped session leaves, given how many of `total` questions are answered. */
  stopped(answered: number, total: number): string;
}

export async function runSession<O extends SessionOptions>(kind: SessionKind<O>, options: O, io: Io): Promise<number> {
  if (options.answers === undefined && !io.stdinIsTTY) {
    throw new CitequizError(
      'no-tty',
      `the ${kind.name} asks its questions in a terminal, and standard input is not one. To grade answers without a terminal, pass them in a file: citequiz ${kind.name} --answers FILE [--json]`,
    );
  }
  const folder = await readBankFolder(options.bank, io.cwd);
  const bank = requireBank(folder);
  // Read before a session starts, so that a file that cannot be read leaves no session behind.
  const answers = options.answers === undefined ? undefined : readAnswers(options.answers, io);
  const store = historyFor(folder.dir, io);
  const plan = await kind.plan(options, { bank, store, scripted: answers !== undefined, io });
  if (!plan) {
    if (options.json) printReport(buildReport(bank, []), true, io, options.bank);
    return 0;
  }
  const remaining = plan.items.slice(plan.done.length);
  let asked: Outcome[];
  try {
    asked =
      answers === undefined
        ? await askInTerminal(kind, bank, plan, remaining, io)
        : gradeFile(bank, remaining, { answers, answered: plan.log.record, session: `this ${kind.name}` }, io);
    plan.log.finish();
  } finally {
    plan.log.close();
  }
  const outcomes = [...plan.done, ...asked];
  printReport(buildReport(bank, outcomes), options.json, io, options.bank);
  await keepSummaryCurrent(store);
  if (answers === undefined && !options.json) await offerRetry(bank, outcomes, io);
  return 0;
}

const RETRY_STOPPED = 'Retry stopped. The session was saved before it.';

/**
 * "Retry the 3 you missed now?": once, at the end, for the student's own sake. A retry is not a
 * review: its answers are not saved and change no schedule.
 */
async function offerRetry(bank: Bank, outcomes: readonly Outcome[], io: Io): Promise<void> {
  const missed = outcomes.filter((o) => !o.correct).map((o) => o.item);
  if (missed.length === 0) return;
  const prompts = await io.prompts();
  io.stderr.write('\n');
  const what = missed.length === 1 ? 'the one' : `the ${missed.length}`;
  const retry = await stoppedAs(
    RETRY_STOPPED,
    prompts.choose(`Retry ${what} you missed now? (not saved; no change to reviews)`, [
      { name: missed.length === 1 ? 'Yes, retry it' : 'Yes, retry them', value: 'yes', keys: ['y'] },
      { name: 'No, that is all', value: 'no', keys: ['n'] },
    ]),
  );
  if (retry !== 'yes') return;
  io.stderr.write('\n');
  const again = await askItems(
    bank,
    askedAgain(missed, io.newSeed()),
    {
      before: 0,
      total: missed.length,
      answered: () => {},
      stopped: () => RETRY_STOPPED,
    },
    io,
  );
  const right = again.filter((o) => o.correct).length;
  const { style } = styleFor(io.stderr, io);
  io.stderr.write(`${style.bold(`Retry: ${right} of ${missed.length} right.`)}\n`);
}

/** A stop at `question` becomes an interruption that leaves `line`. */
async function stoppedAs<T>(line: string, question: Promise<T>): Promise<T> {
  try {
    return await question;
  } catch (error) {
    if (isCitequizError(error) && error.code === 'interrupted') throw new CitequizError('interrupted', line);
    throw error;
  }
}

async function askInTerminal<O extends SessionOptions>(
  kind: SessionKind<O>,
  bank: Bank,
  plan: Plan,
  remaining: readonly QuizItem[],
  io: Io,
): Promise<Outcome[]> {
  const { style, width } = styleFor(io.stderr, io);
  const total = plan.items.length;
  const mode = plan.exam ? 'exam: answers and sources at the end' : 'answers and sources as you go';
  const about = [plan.about, mode, 'Ctrl+C stops; answers are saved'].join(' · ');
  io.stderr.write(`${style.bold(sanitize(bank.title))}\n${style.dim(wrapIndented(about, width, ''))}\n\n`);
  return askItems(
    bank,
    remaining,
    {
      exam: plan.exam,
      before: plan.done.length,
      total,
      answered: plan.log.record,
      stopped: (answered) => kind.stopped(answered, total),
      override: true,
    },
    io,
  );
}
