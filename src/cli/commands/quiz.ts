import { CHOICE_LETTERS, QUESTION_TYPE_RULES, type QuestionType } from '../../bank/question-types.js';
import type { Bank } from '../../bank/types.js';
import { CitequizError, isCitequizError } from '../../errors.js';
import { buildReport, reportQuestion, type Report } from '../../quiz/report.js';
import { selectQuestions, type QuizItem } from '../../quiz/select.js';
import { answerItem, type Outcome } from '../../quiz/session.js';
import { count } from '../../render/count.js';
import { renderFeedback } from '../../render/feedback.js';
import { renderReport } from '../../render/report.js';
import { sanitize } from '../../render/sanitize.js';
import { wrapIndented } from '../../render/wrap.js';
import { parseAnswers, readAnswersFile } from '../answers-file.js';
import { readBankFolder, requireBank } from '../bank-folder.js';
import type { Io, Prompts } from '../io.js';
import { styleFor, writeJson } from '../output.js';

export const DEFAULT_COUNT = 10;
const ANSWER_ROOM = 16;

export interface QuizOptions {
  readonly bank?: string;
  readonly count?: number;
  readonly article?: readonly string[];
  readonly type?: readonly QuestionType[];
  readonly seed?: string;
  readonly exam?: boolean;
  readonly answers?: string;
  readonly json?: boolean;
}

export async function quizCommand(options: QuizOptions, io: Io): Promise<number> {
  if (options.answers === undefined && !io.stdinIsTTY) {
    throw new CitequizError(
      'no-tty',
      'the quiz asks its questions in a terminal, and standard input is not one. To grade answers without a terminal, pass them in a file: citequiz quiz --answers FILE [--json]',
    );
  }
  const bank = requireBank(await readBankFolder(options.bank, io.cwd));
  const outcomes = options.answers === undefined ? await askAll(bank, options, io) : gradeFile(bank, options, io);
  const report = buildReport(bank, outcomes);
  if (options.json) writeJson(io, toJson(report));
  else {
    const { style, width } = styleFor(io.stdout, io);
    io.stdout.write(renderReport(report, style, width));
  }
  return 0;
}

/** Non-interactive: every selected question is graded; those the file omits count as missed. */
function gradeFile(bank: Bank, options: QuizOptions, io: Io): Outcome[] {
  const answers = options.answers === '-' ? parseAnswers(io.readStdin(), 'standard input') : readAnswersFile(options.answers!, io.cwd);
  const ids = new Set(bank.questions.map((q) => q.id));
  const unknown = [...answers.keys()].filter((id) => !ids.has(id));
  if (unknown.length > 0) io.stderr.write(`citequiz: ignoring answers to questions not in the bank: ${unknown.map(sanitize).join(', ')}\n`);
  const items = selectQuestions(bank, { ...selection(options), count: options.count });
  // Letters in a file refer to the bank's order of choices: that is the order a script can see.
  return items.map((item) => answerItem(item, answers.get(item.question.id), item.question.choices));
}

async function askAll(bank: Bank, options: QuizOptions, io: Io): Promise<Outcome[]> {
  const seed = options.seed ?? io.newSeed();
  const items = selectQuestions(bank, { ...selection(options), seed, count: options.count ?? DEFAULT_COUNT });
  const { style, width } = styleFor(io.stderr, io);
  const mode = options.exam ? 'exam: answers and sources at the end' : 'answers and sources as you go';
  const about = `${count(items.length, 'question')} · ${mode} · seed ${seed} · Ctrl+C stops`;
  io.stderr.write(`${style.bold(sanitize(bank.title))}\n${style.dim(wrapIndented(about, width, ''))}\n\n`);
  const prompts = await io.prompts();
  const outcomes: Outcome[] = [];
  for (const [index, item] of items.entries()) {
    // Wrapped here, as inquirer prints the message as one line that the terminal would break
    // mid-word; the room left on the right is for the answer inquirer prints after it.
    const message = wrapIndented(`${index + 1}/${items.length}  ${sanitize(item.question.prompt)}`, width - ANSWER_ROOM, '  ', '');
    let given: string;
    try {
      given = await ask(prompts, message, item);
    } catch (error) {
      if (isCitequizError(error) && error.code === 'interrupted') {
        throw new CitequizError('interrupted', `Quiz stopped after ${outcomes.length} of ${items.length} questions.`);
      }
      throw error;
    }
    const outcome = answerItem(item, given);
    outcomes.push(outcome);
    if (!options.exam) io.stderr.write(`${renderFeedback(reportQuestion(bank, outcome), style, width)}\n`);
  }
  io.stderr.write('\n');
  return outcomes;
}

function ask(prompts: Prompts, message: string, item: QuizItem): Promise<string> {
  if (QUESTION_TYPE_RULES[item.question.type].asked === 'type') return prompts.text(message);
  return prompts.choose(
    message,
    item.choices.map((choice, i) => ({ name: `${CHOICE_LETTERS[i]}. ${sanitize(choice)}`, value: choice })),
  );
}

const selection = (options: QuizOptions) => ({
  ...(options.article === undefined ? {} : { articles: options.article }),
  ...(options.type === undefined ? {} : { types: options.type }),
  ...(options.seed === undefined ? {} : { seed: options.seed }),
});

/** The --json shape scripts rely on. */
function toJson(report: Report) {
  return {
    total: report.total,
    correct: report.correct,
    score: report.score,
    byArticle: report.byArticle,
    questions: report.questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      given: q.given,
      expected: q.expected,
      correct: q.correct,
      sources: q.sources.map((s) => ({ article: s.article, title: s.title, outlet: s.outlet ?? null, paragraph: s.paragraph, quote: s.quote, sentence: s.sentence })),
    })),
  };
}
