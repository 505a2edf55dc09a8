import { renderDiagnostics } from '../../render/diagnostics.js';
import { readBankFolder } from '../bank-folder.js';
import type { Io } from '../io.js';
import { styleFor, writeJson } from '../style.js';

export interface CheckOptions {
  readonly bank?: string;
  readonly json?: boolean;
}

/** Proves a bank sound or lists every problem with file and line. Exit 1 on any problem. */
export async function checkCommand(options: CheckOptions, io: Io): Promise<number> {
  const { result, shownFile } = await readBankFolder(options.bank, io.cwd);
  const { bank, diagnostics } = result;
  const sources = bank?.questions.reduce((n, q) => n + q.sources.length, 0) ?? 0;
  if (options.json) {
    writeJson(io, {
      bank: shownFile,
      ok: diagnostics.length === 0,
      articles: bank?.articles.length ?? 0,
      questions: bank?.questions.length ?? 0,
      quotes: sources,
      errors: diagnostics,
    });
  } else {
    const { style } = styleFor(io.stdout, io);
    if (diagnostics.length > 0) {
      io.stdout.write(renderDiagnostics(diagnostics, style));
      io.stdout.write(style.bad(`${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} in ${shownFile}\n`));
    } else {
      io.stdout.write(
        `${style.good('✓')} ${shownFile}: ${bank!.questions.length} questions on ${bank!.articles.length} articles; all ${sources} quotes found in their articles.\n`,
      );
    }
  }
  return diagnostics.length > 0 ? 1 : 0;
}
