import { findArticle } from '../../bank/lookup.js';
import { renderArticle } from '../../render/article.js';
import { browsableBank, readBankFolder } from '../bank-folder.js';
import type { Io } from '../io.js';
import { styleFor, writeJson } from '../output.js';

export interface ReadOptions {
  readonly bank?: string;
  readonly json?: boolean;
}

export async function readCommand(articleId: string, options: ReadOptions, io: Io): Promise<number> {
  const bank = browsableBank(await readBankFolder(options.bank, io.cwd), (text) => io.stderr.write(text));
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
