import { findArticle } from '../../bank/lookup.js';
import { CitequizError } from '../../errors.js';
import { renderArticle } from '../../render/article.js';
import { browsableBank, readBankFolder } from '../bank-folder.js';
import type { Io } from '../io.js';
import { styleFor, writeJson } from '../output.js';

export interface ReadOptions {
  readonly bank?: string;
  readonly json?: boolean;
}

export async function readCommand(articleId: string, options: ReadOptions, io: Io): Promise<number> {
  const folder = await readBankFolder(options.bank, io.cwd);
  const bank = browsableBank(folder, (text) => io.stderr.write(text));
  const why = folder.result.unloaded?.get(articleId);
  if (why !== undefined) throw new CitequizError('not-found', `article "${articleId}" could not be read: ${why}`);
  const entry = findArticle(bank, articleId);
  if (options.json) {
    const { article, ...meta } = entry;
    writeJson(io, {
      ...meta,
      paragraphs: article.paragraphs.map((p) => ({
        number: p.number,
        citable: p.citable,
        kind: p.kind,
        start: p.start,
        end: p.end,
        text: p.text,
      })),
    });
    return 0;
  }
  const { style, width } = styleFor(io.stdout, io);
  io.stdout.write(renderArticle(entry, style, width));
  return 0;
}
