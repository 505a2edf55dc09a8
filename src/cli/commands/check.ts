import { dirname } from 'node:path';
import { articleWarnings } from '../../bank/index.js';
import { count } from '../../text/count.js';
import { renderDiagnostics } from '../../render/diagnostics.js';
import { sanitize } from '../../text/sanitize.js';
import { isCitequizError } from '../../errors.js';
import { readBankFolder, type BankFolder } from '../bank-folder.js';
import type { Io } from '../io.js';
import { styleFor, writeJson } from '../output.js';
import type { CheckOptions } from './check.command.js';

/**
 * Proves a bank sound or lists every problem with file and line, and warns of damaged article
 * text. Exit 1 on any problem; warnings alone do not fail.
 */
export async function checkCommand(options: CheckOptions, io: Io): Promise<number> {
  let folder: BankFolder;
  try {
    folder = await readBankFolder(options.bank, io.cwd);
  } catch (error) {
    // A script asked for JSON: a bank that cannot even be read is still an answer in JSON.
    if (!options.json || !isCitequizError(error)) throw error;
    writeJson(io, {
      bank: options.bank ?? null,
      ok: false,
      articles: 0,
      questions: 0,
      quotes: 0,
      errors: [{ code: 'bank-unreadable', message: error.message }],
    });
    return 1;
  }
  const { result } = folder;
  const shownFile = sanitize(folder.shownFile);
  const { bank, diagnostics } = result;
  const warnings = bank ? articleWarnings(bank, dirname(shownFile)) : [];
  const sources = bank?.questions.reduce((n, q) => n + q.sources.length, 0) ?? 0;
  if (options.json) {
    writeJson(io, {
      bank: folder.shownFile,
      ok: diagnostics.length === 0,
      articles: bank?.articles.length ?? 0,
      questions: bank?.questions.length ?? 0,
      quotes: sources,
      errors: diagnostics,
      warnings,
    });
  } else {
    const { style } = styleFor(io.stdout, io);
    const also = warnings.length > 0 ? ` (and ${count(warnings.length, 'warning')})` : '';
    if (diagnostics.length + warnings.length > 0)
      io.stdout.write(renderDiagnostics([...diagnostics, ...warnings], style));
    if (diagnostics.length > 0) {
      io.stdout.write(style.bad(`${count(diagnostics.length, 'problem')} in ${shownFile}${also}\n`));
    } else {
      io.stdout.write(
        `${style.good('✓')} ${shownFile}: ${count(bank!.questions.length, 'question')} on ${count(bank!.articles.length, 'article')}; ${sources === 1 ? 'the quote' : `all ${sources} quotes`} found in ${sources === 1 ? 'its article' : 'their articles'}${also}.\n`,
      );
    }
  }
  return diagnostics.length > 0 ? 1 : 0;
}
