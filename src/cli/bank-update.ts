import { randomBytes } from 'node:crypto';
import { readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseBankFile, type ArticleEntry, type QuestionEntry, parseYaml } from '../bank/index.js';
import { CitequizError } from '../errors.js';
import { count } from '../text/count.js';
import type { BankFolder } from './bank-folder.js';

const BANK_FILE = 'bank.yaml';

/** A bank file every entry of which passed the schema. */
export interface SoundBankFile {
  readonly title: string;
  readonly articles: readonly ArticleEntry[];
  readonly questions: readonly QuestionEntry[];
}

const present = <T>(item: T | undefined): item is T => item !== undefined;

/** bank.yaml's entries as written, for the commands that edit it; a bank that does not parse is refused. */
export function bankEntries(folder: BankFolder): SoundBankFile {
  const source = parseYaml(folder.yaml);
  const parsed = source.ok ? parseBankFile(source.data) : undefined;
  if (parsed?.value && parsed.issues.length === 0 && folder.result.bank)
    return {
      title: parsed.value.title,
      articles: parsed.value.articles.filter(present),
      questions: parsed.value.questions.filter(present),
    };
  const { diagnostics } = folder.result;
  throw new CitequizError(
    'bank-invalid',
    `${folder.shownFile} has ${count(diagnostics.length, 'problem')}:`,
    diagnostics,
  );
}

/** Problems that stop a bank being cited: articles that did not load would be passed over. */
export function requireArticles(folder: BankFolder): void {
  const broken = folder.result.diagnostics.filter((d) => d.code.startsWith('article-'));
  if (broken.length > 0)
    throw new CitequizError(
      'bank-invalid',
      `${folder.shownFile}: ${broken.length === 1 ? 'an article' : 'articles'} could not be read, so sources cannot be looked for in ${broken.length === 1 ? 'it' : 'them'}:`,
      broken,
    );
}

/**
 * Replaces bank.yaml with `after` in one step (a temporary file beside it, then renamed), and only
 * if it still holds `before`: an editor's save in the meantime is not overwritten.
 */
export function replaceBankYaml(folder: BankFolder, after: string): void {
  const path = realpathSync(join(folder.dir, BANK_FILE));
  const temporary = join(dirname(path), `.${BANK_FILE}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    if (readFileSync(path, 'utf8') !== folder.yaml)
      throw new CitequizError(
        'output',
        `${folder.shownFile} changed while citequiz was working on it; run the command again`,
      );
    writeFileSync(temporary, after, { mode: statSync(path).mode & 0o777 });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    if (error instanceof CitequizError) throw error;
    throw new CitequizError('output', `cannot write ${folder.shownFile}: ${(error as Error).message}`);
  }
}
