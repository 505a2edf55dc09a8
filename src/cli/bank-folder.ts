import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleUnreadableError, MAX_ARTICLE_BYTES } from '../articles/index.js';
import { ArticleReadError, loadBank, locateDiagnostics, type LoadResult, type Bank } from '../bank/index.js';
import { CitequizError, type DiagnosticCode } from '../errors.js';
import { count } from '../text/count.js';
import { sanitize } from '../text/sanitize.js';
import { FileError, readPlainFile, realPath, type FileProblem } from './files.js';

const BANK_FILE = 'bank.yaml';
const BUNDLED_BANK_ID = 'london-attacks-2017';
/** bank.yaml files past this size are not banks a person wrote or a generator would write. */
const MAX_BANK_BYTES = 64 * 1024 * 1024;
const BANK_FILE_PROBLEMS: Readonly<Record<FileProblem, (dir: string, file: string, detail?: string) => string>> = {
  missing: (dir) => `no bank at ${dir}: expected a folder holding ${BANK_FILE}`,
  'not-a-file': (_dir, file) => `${file} is not a regular file`,
  'too-large': (_dir, file) => `${file} is larger than ${MAX_BANK_BYTES / 1024 / 1024} MiB`,
  unreadable: (_dir, file, detail) => `cannot read ${file}: ${detail}`,
};

/** The bank shipped with citequiz, found from wherever this code runs (source or bundle). */
function bundledBankDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'questions', BUNDLED_BANK_ID);
    if (existsSync(join(candidate, BANK_FILE))) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new CitequizError('bank-not-found', 'the bundled bank is missing from this installation; use --bank DIR');
    dir = parent;
  }
}

export interface BankFolder {
  readonly dir: string;
  /** The bank file's path as the user should see it: relative to the working directory when inside it. */
  readonly shownFile: string;
  /** bank.yaml's text as read, for the commands that edit it. */
  readonly yaml: string;
  readonly result: LoadResult;
}

/** Reads bank.yaml and its articles from disk. `dirOrFile` may name the folder or its bank.yaml. */
export async function readBankFolder(
  dirOrFile: string | undefined,
  cwd: string,
  options: { readonly unlocated?: readonly DiagnosticCode[] } = {},
): Promise<BankFolder> {
  let dir = dirOrFile === undefined ? bundledBankDir() : resolve(cwd, dirOrFile);
  if (basename(dir) === BANK_FILE) dir = dirname(dir);
  const file = join(dir, BANK_FILE);
  const shownDir = shown(dir, cwd);
  const shownFile = shown(file, cwd);
  const yaml = readBankYaml(file, shownDir, shownFile);
  const root = realpathSync(dir);
  const result = loadBank({
    id: basename(dir),
    file: shownFile,
    dir: shownDir,
    yaml,
    readArticle: (path) => readArticleFile(root, join(dir, path)),
  });
  // Finding lines parses bank.yaml again, fully: skipped for what the caller will not show.
  const shownLater = result.diagnostics.filter((d) => !options.unlocated?.includes(d.code));
  const located = await locateDiagnostics(yaml, shownLater);
  const placed = new Map(shownLater.map((d, i) => [d, located[i]!]));
  const diagnostics = result.diagnostics.map((d) => placed.get(d) ?? d);
  return { dir, shownFile, yaml, result: { ...result, diagnostics } };
}

/** An article's bytes, refusing what leads outside the bank (through a symlink, say). */
function readArticleFile(root: string, path: string): Uint8Array {
  try {
    const real = realPath(path);
    if (real !== root && !real.startsWith(root + sep)) throw new ArticleReadError('outside-bank');
    return readPlainFile(real, MAX_ARTICLE_BYTES);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    if (error.problem === 'too-large') throw new ArticleUnreadableError('too-large');
    throw new ArticleReadError(error.problem, error.detail);
  }
}

/** The bank, or an error carrying every diagnostic when it is not sound: a quiz needs all of it. */
/**
 * Which study history a bank folder keeps. A folder's name alone is not enough: two courses may
 * each have a `week1`, and clearing one must not clear the other. The bundled bank keeps its plain
 * id, so that reinstalling citequiz elsewhere keeps a student's history; any other bank adds a
 * short hash of where it is (a bank moved elsewhere starts a new history).
 */
export function historyKey(dir: string): string {
  const id = basename(dir);
  let real: string;
  try {
    real = realpathSync(dir);
    if (real === realpathSync(bundledBankDir())) return id;
  } catch {
    real = dir;
  }
  return `${id}-${createHash('sha256').update(real).digest('hex').slice(0, 8)}`;
}

export function requireBank({ result, shownFile }: BankFolder): Bank {
  if (result.bank && result.diagnostics.length === 0) return result.bank;
  throw new CitequizError(
    'bank-invalid',
    `${shownFile} has ${count(result.diagnostics.length, 'problem')}:`,
    result.diagnostics,
  );
}

/**
 * What of the bank loaded, for commands that only show it: an author fixing a quote needs `read`
 * to find paragraph numbers while the bank is still broken. Problems are mentioned, not fatal.
 */
export function browsableBank(folder: BankFolder, warn: (text: string) => void): Bank {
  const { result, shownFile } = folder;
  if (!result.bank) return requireBank(folder);
  if (result.diagnostics.length > 0) {
    warn(
      `citequiz: ${sanitize(shownFile)} has ${count(result.diagnostics.length, 'problem')}; showing what loaded (see citequiz check)\n`,
    );
  }
  return result.bank;
}

function readBankYaml(file: string, shownDir: string, shownFile: string): string {
  let bytes: Buffer;
  try {
    bytes = readPlainFile(file, MAX_BANK_BYTES);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    throw new CitequizError(
      error.problem === 'too-large' ? 'bank-invalid' : 'bank-not-found',
      BANK_FILE_PROBLEMS[error.problem](shownDir, shownFile, error.detail),
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CitequizError('bank-invalid', `${shownFile} is not UTF-8 text`);
  }
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
