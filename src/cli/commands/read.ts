import { sentencesAround } from '../../articles/index.js';
import { articlesNamed, type Bank, type BankArticle } from '../../bank/index.js';
import { CitequizError } from '../../errors.js';
import { renderArticle, type Excerpt } from '../../render/article.js';
import { sanitize } from '../../text/sanitize.js';
import { browsableBank, readBankFolder } from '../bank-folder.js';
import type { Io } from '../io.js';
import { styleFor, writeJson } from '../output.js';
import type { ReadOptions } from './read.command.js';

export async function readCommand(name: string, options: ReadOptions, io: Io): Promise<number> {
  const folder = await readBankFolder(options.bank, io.cwd);
  const bank = browsableBank(folder, (text) => io.stderr.write(text));
  const why = folder.result.unloaded?.get(name);
  if (why !== undefined) throw new CitequizError('not-found', `article "${sanitize(name)}" could not be read: ${why}`);
  const entry = articleNamed(bank, name);
  const excerpt = options.paragraph === undefined ? undefined : excerptOf(bank, entry, options.paragraph);
  if (options.json) {
    const { article, ...meta } = entry;
    writeJson(io, {
      ...meta,
      paragraphs: article.paragraphs
        .filter((p) => !excerpt || Math.abs(p.number - excerpt.paragraph) <= 1)
        .map((p) => ({ number: p.number, citable: p.citable, kind: p.kind, start: p.start, end: p.end, text: p.text })),
    });
    return 0;
  }
  const { style, width } = styleFor(io.stdout, io);
  const text = renderArticle(entry, style, width, excerpt);
  // A whole article is longer than a screen: on a terminal it goes through the reader's pager.
  const rows = io.stdout.rows;
  const long = io.stdout.isTTY && rows !== undefined && text.split('\n').length >= rows;
  if (!long || !io.pager || !(await io.pager(text))) io.stdout.write(text);
  return 0;
}

/** The article with this id, or else the one whose title this is (or is part of, if only one's is). */
function articleNamed(bank: Bank, name: string): BankArticle {
  const found = articlesNamed(bank, name);
  if (found.length === 1) return found[0]!;
  if (found.length === 0)
    throw new CitequizError(
      'not-found',
      `no article "${sanitize(name)}" in bank "${sanitize(bank.id)}", by id or title; ${
        bank.articles.length > 0
          ? `its articles are: ${bank.articles.map((a) => a.id).join(', ')}`
          : 'none of its articles could be read (see citequiz check)'
      }`,
    );
  throw new CitequizError(
    'not-found',
    `"${sanitize(name)}" is in the titles of ${found.length} articles; give one's id: ${found.map((a) => `${a.id} (“${sanitize(a.title)}”)`).join(', ')}`,
  );
}

function excerptOf(bank: Bank, entry: BankArticle, paragraph: number): Excerpt {
  const last = entry.article.paragraphs.length;
  if (paragraph > last)
    throw new CitequizError(
      'not-found',
      `article "${entry.id}" has ${last} paragraphs; there is no paragraph ${paragraph}`,
    );
  const cited = bank.questions.flatMap((q) =>
    q.sources
      .filter((s) => s.article === entry.id && s.paragraph === paragraph)
      .map((s) => sentencesAround(entry.article, paragraph, s)),
  );
  return { paragraph, cited };
}
