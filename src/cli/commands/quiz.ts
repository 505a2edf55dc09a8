import type { Bank } from '../../bank/index.js';
import type { QuizItem, Outcome } from '../../quiz/index.js';
import { count } from '../../text/count.js';
import { sanitize } from '../../text/sanitize.js';
import {
  questionHash,
  lookback,
  unfinishedSession,
  type UnfinishedSession,
  type HistoryStore,
  type StartRecord,
} from '../../study/index.js';
import { abandonSession, sessionItem, sessionLog, warnUnreadable, withHistory } from '../history.js';
import type { Io } from '../io.js';
import { say } from '../output.js';
import { selectFor } from '../selection.js';
import { runSession, type Plan, type Planning, type SessionKind } from '../session.js';
import { DEFAULT_COUNT, type QuizOptions } from './quiz.command.js';

const QUIZ: SessionKind<QuizOptions> = {
  name: 'quiz',
  async plan(options, planning) {
    const { store, io } = planning;
    const unfinished = findUnfinished(store, io);
    if (!unfinished && options.resume === true)
      say(io, 'citequiz: there is no unfinished quiz to resume; starting a new one.');
    const resumed =
      unfinished && (await wantsResume(unfinished, options, planning))
        ? resumePlan(planning.bank, unfinished, planning)
        : undefined;
    if (!resumed) return newPlan(options, planning);
    const ignored = newQuizOptions(options);
    if (ignored.length > 0)
      say(
        io,
        `citequiz: resuming the quiz as it was started; ${ignored.join(' ')} ${ignored.length === 1 ? 'applies' : 'apply'} to a new quiz (--no-resume starts one).`,
      );
    return resumed;
  },
  stopped: (answered, total) =>
    `Quiz stopped after ${answered} of ${total} questions. Your answers are saved: \`citequiz quiz\` offers to resume.`,
};

export const quizCommand = (options: QuizOptions, io: Io): Promise<number> => runSession(QUIZ, options, io);

/** The options given that shape a new quiz, which a resumed one keeps as it was started. */
const newQuizOptions = (options: QuizOptions): string[] => [
  ...(options.count === undefined ? [] : [`--count ${options.count}`]),
  ...(options.article ?? []).map((id) => `--article ${sanitize(id)}`),
  ...(options.type ?? []).map((type) => `--type ${type}`),
  ...(options.seed === undefined ? [] : [`--seed ${sanitize(options.seed)}`]),
  ...(options.exam ? ['--exam'] : []),
];

/** The quiz to offer for resuming: never one that another terminal is taking now. */
function findUnfinished(store: HistoryStore, io: Io): UnfinishedSession | undefined {
  const reading = withHistory(() => store.readBackTo(lookback()));
  warnUnreadable(io, store, reading.skipped);
  const live = withHistory(() => store.liveSessions());
  const latest = unfinishedSession(reading.records);
  const elsewhere = latest ? live.get(latest.start.session) : undefined;
  if (!latest || elsewhere === undefined) return latest;
  say(
    io,
    `citequiz: your quiz started ${describeStart(latest.start)} is going on in another terminal (process ${elsewhere}), so it is not offered here.`,
  );
  return unfinishedSession(reading.records.filter((record) => !live.has(record.session)));
}

/** --resume and --no-resume decide; otherwise a terminal asks, and a script starts afresh. */
async function wantsResume(
  unfinished: UnfinishedSession,
  options: QuizOptions,
  { store, scripted, io }: Planning,
): Promise<boolean> {
  let resume = options.resume;
  if (resume === undefined) {
    // A script has no one to ask; it leaves the quiz for its student to resume.
    if (scripted) return false;
    const prompts = await io.prompts();
    resume =
      (await prompts.choose(`You have an unfinished quiz (${describeUnfinished(unfinished)}).`, [
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

function resumePlan(bank: Bank, { start, answers }: UnfinishedSession, { store, io }: Planning): Plan | undefined {
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
    if (answer?.hash === saved.hash)
      done.push({
        item,
        given: answer.given,
        correct: answer.correct,
        ...(answer.overridden ? { overridden: answer.overridden } : {}),
      });
    else toAsk.push(item);
  }
  if (changed > 0)
    say(
      io,
      `citequiz: ${count(changed, 'question')} of the unfinished quiz changed in the bank since and ${changed === 1 ? 'is' : 'are'} left out.`,
    );
  if (toAsk.length === 0) {
    // Nothing of it is left to ask: set it aside, and the student gets a new quiz.
    say(io, 'citequiz: nothing of the unfinished quiz is left to ask; starting a new one.');
    abandonSession(store, io, start.session);
    return undefined;
  }
  const items = [...done.map((o) => o.item), ...toAsk];
  const seed = start.seed === undefined ? [] : [`seed ${start.seed}`];
  return {
    items,
    done,
    log: sessionLog(store, io, { resumed: start.session }),
    exam: start.exam === true,
    about: [`resumed: ${done.length} answered`, count(items.length, 'question'), ...seed].join(' · '),
  };
}

function newPlan(options: QuizOptions, { bank, store, scripted, io }: Planning): Plan {
  // Answers from a file keep the bank's order unless a seed is given; a terminal quiz is shuffled.
  const seed = scripted ? options.seed : (options.seed ?? io.newSeed());
  const items = selectFor(
    bank,
    options,
    { ...(seed === undefined ? {} : { seed }), ...(scripted ? {} : { defaultCount: DEFAULT_COUNT }) },
    io,
  );
  const exam = options.exam === true;
  const log = sessionLog(store, io, {
    mode: 'quiz',
    items: items.map(sessionItem),
    ...(seed === undefined ? {} : { seed }),
    exam,
  });
  return {
    items,
    done: [],
    log,
    exam,
    about: [count(items.length, 'question'), ...(seed === undefined ? [] : [`seed ${seed}`])].join(' · '),
  };
}
