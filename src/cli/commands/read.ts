import { CitequizError } from '../../errors.js';
import { renderArticle } from '../../render/article.js';
import { browsableBank, readBankFolder } from '../bank-folder.js';
import type { Io } from '../io.js';
import { styleFor, writeJson } from '../style.js';

export interface ReadOptions {
  readonly bank?: string;
  readonly json?: boolean;
}

export async function readCommand(articleId: string, options: ReadOptions, io: Io): Promise<number> {
  const bank = browsableBank(await readBankFolder(options.bank, io.cwd), (text) => io.stderr.write(text));
  const entry = bank.articles.find((a) => a.id === articleId);
  if (!entry) {
    throw new CitequizError('not-found', `no article "${articleId}" in bank "${bank.id}"; its articles are: ${bank.articles.map((a) => a.id).join(', ')}`);
  }
  if (options.json) {
    const { article, ...meta } = entry;
    writeJson(io, {
      ...meta,
      paragraphs: article.paragraphs.map((p) => ({ number: p.number, citable: p.citable, kind: p.kind, start: p.start, end: p.end, text: p.text })),
    });
    return 0;
  }
  const { style, width } = styleFor(io.stdout, io);
  io.stdout.write(renderArticle(entry, style, width));
  return 0;
}
