import type { QuestionType } from '../../bank/question-types.js';
import type { Bank } from '../../bank/types.js';
import { CitequizError } from '../../errors.js';
import { buildReport } from '../../quiz/report.js';
import { selectQuestions, type QuizItem } from '../../quiz/select.js';
import type { Outcome } from '../../quiz/session.js';
import { count } from '../../render/count.js';
import { sanitize } from '../../render/sanitize.js';
import { wrapIndented } from '../../render/wrap.js';
import { questionHash } from '../../study/content-hash.js';
import { lookback, unfinishedSession, type UnfinishedSession } from '../../study/resume.js';
import type { StartRecord } from '../../study/records.js';
import type { HistoryStore } from '../../study/store.js';
import { askItems } from '../ask-items.js';
import { readBankFolder, requireBank } from '../bank-folder.js';
import { gradeFile, readAnswers } from '../grade-file.js';
import {
  abandonSession,
  historyFor,
  keepSummaryCurrent,
  sessionItem,
  sessionLog,
  warnUnreadable,
  withHistory,
  type SessionLog,
} from '../history.js';
import type { Io } from '../io.js';
import { styleFor } from '../output.js';
import { printReport } from '../report-output.js';

export const DEFAULT_COUNT = 10;

export interface QuizOptions {
  readonly bank?: string;
  readonly count?: number;
  readonly article?: readonly string[];
  readonly type?: readonly QuestionType[];
  readonly seed?: string;
  readonly exam?: boolean;
  readonly answers?: string;
  readonly json?: boolean;
  /** true: continue the unfinished quiz; false: start afresh; unset: ask when there is one. */
  readonly resume?: boolean;
}

/** The quiz to run: its questions, those already answered (when resumed), and where it is saved. */
interface Plan {
  readonly items: readonly QuizItem[];
  readonly done: readonly Outcome[];
  readonly log: SessionLog;
  readonly seed?: string;
  readonly exam?: boolean;
  readonly resumedFrom?: string;
}

export async function quizCommand(options: QuizOptions, io: Io): Promise<number> {
  if (options.answers === undefined && !io.stdinIsTTY) {
    throw new CitequizError(
      'no-tty',
      'the quiz asks its questions in a terminal, and standard input is not one. To grade answers without a terminal, pass them in a file: citequiz quiz --answers FILE [--json]',
    );
  }
  const folder = await readBankFolder(options.bank, io.cwd);
  const bank = requireBank(folder);
  const answers = options.answers === undefined ? undefined : readAnswers(options.answers, io);
  const store = historyFor(folder.dir, io);
  const unfinished = findUnfinished(store, io);
  if (!unfinished && options.resume === true)
    io.stderr.write('citequiz: there is no unfinished quiz to resume; starting a new one.\n');
  const resumed =
    unfinished && (await wantsResume(unfinished, options, io, store))
      ? resumePlan(bank, unfinished, store, io)
      : undefined;
  const plan = resumed ?? newPlan(bank, options, store, io);
  const remaining = plan.items.slice(plan.done.length);
  let asked: Outcome[];
  try {
    asked =
      answers === undefined
        ? await askInTerminal(bank, plan, remaining, io)
        : gradeFile(bank, remaining, { answers, answered: plan.log.record }, io);
    plan.log.finish();
  } finally {
    plan.log.close();
  }
  printReport(buildReport(bank, [...plan.done, ...asked]), options.json, io);
  await keepSummaryCurrent(store);
  return 0;
}

/** The quiz to offer for resuming: never one that another terminal is taking now. */
function findUnfinished(store: HistoryStore, io: Io): UnfinishedSession | undefined {
  const reading = withHistory(() => store.readBackTo(lookback()));
  warnUnreadable(io, store, reading.skipped);
  const live = withHistory(() => store.liveSessions());
  const latest = unfinishedSession(reading.records);
  const elsewhere = latest ? live.get(latest.start.session) : undefined;
  if (!latest || elsewhere === undefined) return latest;
  io.stderr.write(
    `citequiz: your quiz started ${describeStart(latest.start)} is going on in another terminal (process ${elsewhere}), so it is not offered here.\n`,
  );
  return unfinishedSession(reading.records.filter((record) => !live.has(record.session)));
}

/** --resume and --no-resume decide; otherwise a terminal asks, and a script starts afresh. */
async function wantsResume(
  unfinished: UnfinishedSession,
  options: QuizOptions,
  io: Io,
  store: HistoryStore,
): Promise<boolean> {
  let resume = options.resume;
  if (resume === undefined) {
    // A script has no one to ask; it leaves the quiz for its student to resume.
    if (options.answers !== undefined || !io.stdinIsTTY) return false;
    const prompts = await io.prompts();
    const { width } = styleFor(io.stderr, io);
    const message = wrapIndented(
      `You have an unfinished quiz (${describeUnfinished(unfinished)}).`,
      width - 2,
      '  ',
      '',
    );
    resume =
      (await prompts.choose(message, [
        { name: 'Resume it', value: 'resume' },
        { name: 'Start a new quiz', value: 'new' },
      ])) === 'resume';
  }
  if (!resume) abandonSession(store, io, unfinished.start.session);
  return resume;
}

function describeUnfinished({ start, answers }: UnfinishedSession): string {
  return `started ${describeStart(start)}, ${answers.size} of ${count(start.items.length, 'question')} answered`;
}

const describeStart = (start: StartRecord) =>
  new Date(start.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function resumePlan(bank: Bank, { start, answers }: UnfinishedSession, store: HistoryStore, io: Io): Plan | undefined {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  // Answered questions first, in the order asked, then those still to ask.
  const done: Outcome[] = [];
  const toAsk: QuizItem[] = [];
  let changed = 0;
  for (const saved of start.items) {
    const question = byId.get(saved.question);
    // A question edited or removed since is left out: its old answer no longer means anything.
    if (!question || questionHash(question) !== saved.hash) {
      changed++;
      continue;
    }
    const item = { question, choices: saved.choices };
    const answer = answers.get(saved.question);
    if (answer?.hash === saved.hash) done.push({ item, given: answer.given, correct: answer.correct });
    else toAsk.push(item);
  }
  if (changed > 0)
    io.stderr.write(
      `citequiz: ${count(changed, 'question')} of the unfinished quiz changed in the bank since and ${changed === 1 ? 'is' : 'are'} left out.\n`,
    );
  if (toAsk.length === 0) {
    // Nothing of it is left to ask: set it aside, and the student gets a new quiz.
    io.stderr.write('citequiz: nothing of the unfinished quiz is left to ask; starting a new one.\n');
    abandonSession(store, io, start.session);
    return undefined;
  }
  return {
    items: [...done.map((o) => o.item), ...toAsk],
    done,
    log: sessionLog(store, io, { resumed: start.session }),
    ...(start.seed === undefined ? {} : { seed: start.seed }),
    ...(start.exam === undefined ? {} : { exam: start.exam }),
    resumedFrom: start.at,
  };
}

function newPlan(bank: Bank, options: QuizOptions, store: HistoryStore, io: Io): Plan {
  // Answers from a file keep the bank's order unless a seed is given; a terminal quiz is shuffled.
  const seed = options.answers === undefined ? (options.seed ?? io.newSeed()) : options.seed;
  const items = selectQuestions(bank, {
    ...(options.article === undefined ? {} : { articles: options.article }),
    ...(options.type === undefined ? {} : { types: options.type }),
    ...(seed === undefined ? {} : { seed }),
    count: options.count ?? (options.answers === undefined ? DEFAULT_COUNT : undefined),
  });
  const exam = options.exam === true;
  const log = sessionLog(store, io, {
    mode: 'quiz',
    items: items.map(sessionItem),
    ...(seed === undefined ? {} : { seed }),
    exam,
  });
  return { items, done: [], log, ...(seed === undefined ? {} : { seed }), exam };
}

async function askInTerminal(bank: Bank, plan: Plan, remaining: readonly QuizItem[], io: Io): Promise<Outcome[]> {
  const { style, width } = styleFor(io.stderr, io);
  const total = plan.items.length;
  const mode = plan.exam ? 'exam: answers and sources at the end' : 'answers and sources as you go';
  const parts = [
    count(total, 'question'),
    mode,
    ...(plan.seed === undefined ? [] : [`seed ${plan.seed}`]),
    'Ctrl+C stops; answers are saved',
  ];
  if (plan.resumedFrom !== undefined) parts.unshift(`resumed: ${plan.done.length} answered`);
  io.stderr.write(`${style.bold(sanitize(bank.title))}\n${style.dim(wrapIndented(parts.join(' · '), width, ''))}\n\n`);
  return askItems(
    bank,
    remaining,
    {
      exam: plan.exam === true,
      before: plan.done.length,
      total,
      answered: plan.log.record,
      stopped: (answered) =>
        `Quiz stopped after ${answered} of ${total} questions. Your answers are saved: \`citequiz quiz\` offers to resume.`,
    },
    io,
  );
}
