import { citeQuestion, expectedAnswer } from '../../bank/index.js';
import { renderStats, type StatsView } from '../../render/stats.js';
import { readBankFolder, requireBank } from '../bank-folder.js';
import { historyFor, warnUnreadable, withHistory } from '../history.js';
import type { Io } from '../io.js';
import { styleFor, writeJson } from '../output.js';
import { readsWith, sourceJson } from '../report-output.js';
import type { StatsOptions } from './stats.command.js';

export async function statsCommand(options: StatsOptions, io: Io): Promise<number> {
  const folder = await readBankFolder(options.bank, io.cwd);
  const bank = requireBank(folder);
  const store = historyFor(folder.dir, io);
  const study = await import('../../study/scheduled.js');
  const { summary, unreadable } = withHistory(() => study.loadSummary(store));
  warnUnreadable(io, store, unreadable);
  const stats = study.buildStats(bank, summary, io.now());
  const questions = new Map(bank.questions.map((q) => [q.id, q]));
  const view: StatsView = {
    ...stats,
    title: bank.title,
    mostMissed: stats.mostMissed.map(({ id, missed, answered }) => {
      const question = questions.get(id)!; // mostMissed holds only the bank's questions
      return {
        id,
        prompt: question.prompt,
        expected: expectedAnswer(question),
        missed,
        answered,
        sources: citeQuestion(bank, question),
      };
    }),
  };
  if (options.json) writeJson(io, statsJson(view));
  else {
    const { style, width } = styleFor(io.stdout, io);
    io.stdout.write(renderStats(view, style, width, readsWith(options.bank)));
  }
  return 0;
}

/** The --json shape: the figures, and for each question missed most its sources as the quiz report gives them. */
const statsJson = (view: StatsView) => ({
  bank: view.bank,
  answers: view.answers,
  sessions: view.sessions,
  streak: view.streak,
  overall: view.overall,
  byArticle: view.byArticle,
  bySkill: view.bySkill,
  today: view.today,
  due: view.due,
  mostMissed: view.mostMissed.map((q) => ({
    id: q.id,
    prompt: q.prompt,
    expected: q.expected,
    missed: q.missed,
    answered: q.answered,
    sources: q.sources.map(sourceJson),
  })),
});
