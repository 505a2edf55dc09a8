import { citationEdit, citeQuestions, type QuestionToCite } from '../../cite/cite-bank.js';
import { DEFAULT_MIN_CONFIDENCE } from '../../cite/defaults.js';
import { editBankYaml, type QuestionEntry } from '../../bank/index.js';
import { citeResultJson, renderCiteReport, renderCiteSummary } from '../../render/cite-report.js';
import { sanitize } from '../../text/sanitize.js';
import { readBankFolder, type BankFolder } from '../bank-folder.js';
import { bankEntries, replaceBankYaml, requireArticles } from '../bank-update.js';
import type { Io } from '../io.js';
import { styleFor, writeJson } from '../output.js';
import type { CiteOptions } from './cite.command.js';

/** What `cite` and `import` say of in their own words, so need no line in bank.yaml. */
export const UNSHOWN = ['no-sources', 'needs-review'] as const;

/** What citing needs of a bank.yaml question. */
export const toCite = (
  entry: Pick<QuestionEntry, 'id' | 'type' | 'prompt' | 'choices' | 'answer' | 'accept' | 'explanation'>,
  index: number,
): QuestionToCite => ({
  id: entry.id,
  index,
  type: entry.type,
  prompt: entry.prompt,
  choices: entry.choices ?? [],
  answer: entry.answer,
  accept: entry.accept ?? [],
  ...(entry.explanation === undefined ? {} : { explanation: entry.explanation }),
});

/** Fills in `sources` for every question of the bank that has none, and reports what it did. */
export async function citeCommand(options: CiteOptions, io: Io): Promise<number> {
  const folder = await readBankFolder(options.bank, io.cwd, { unlocated: UNSHOWN });
  const entries = bankEntries(folder);
  requireArticles(folder);
  const targets = entries.questions.flatMap((entry, i) => (entry.sources === undefined ? [toCite(entry, i)] : []));
  if (targets.length === 0) {
    if (options.json) writeJson(io, { bank: folder.shownFile, questions: [] });
    io.stderr.write(`${sanitize(folder.shownFile)}: every question has sources; nothing to cite.\n`);
    return 0;
  }
  return citeAndWrite(folder, folder.yaml, targets, options, io);
}

/** Cites the questions, writes what it found into bank.yaml, and reports; shared with `import`. */
export function citeAndWrite(
  folder: BankFolder,
  yaml: string,
  targets: readonly QuestionToCite[],
  options: CiteOptions,
  io: Io,
): number {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const results = citeQuestions(folder.result.bank!.articles, targets, minConfidence);
  const edits = results.filter((r) => r.status !== 'uncited').map((r) => citationEdit(r, minConfidence));
  const after = editBankYaml(yaml, { cite: edits });
  if (after !== folder.yaml) replaceBankYaml(folder, after);
  if (options.json) {
    writeJson(io, { bank: folder.shownFile, minConfidence, questions: results.map(citeResultJson) });
  } else if (options.report) {
    io.stdout.write(renderCiteReport(results, styleFor(io.stdout, io).style));
  }
  io.stderr.write(renderCiteSummary(results, folder.shownFile, styleFor(io.stderr, io).style));
  return 0;
}
