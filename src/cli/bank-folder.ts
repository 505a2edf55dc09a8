import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBank, locateDiagnostics, OutsideBankError, type LoadResult } from '../bank/load.js';
import type { Bank } from '../bank/types.js';
import { CitequizError } from '../errors.js';

export const BANK_FILE = 'bank.yaml';
const BUNDLED_BANK_ID = 'london-attacks-2017';
/** bank.yaml files past this size are not banks a person wrote or a generator would write. */
const MAX_BANK_BYTES = 64 * 1024 * 1024;

/** The bank shipped with citequiz, found from wherever this code runs (source or bundle). */
export function bundledBankDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'questions', BUNDLED_BANK_ID);
    if (existsSync(join(candidate, BANK_FILE))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new CitequizError('bank-not-found', 'the bundled bank is missing from this installation; use --bank DIR');
    dir = parent;
  }
}

export interface BankFolder {
  readonly dir: string;
  /** The bank file's path as the user should see it: relative to the working directory when inside it. */
  readonly shownFile: string;
  readonly result: LoadResult;
}

/** Reads bank.yaml and its articles from disk. `dirOrFile` may name the folder or its bank.yaml. */
export async function readBankFolder(dirOrFile: string | undefined, cwd: string): Promise<BankFolder> {
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
    readArticle: (path) => {
      const full = join(dir, path);
      const real = realpathSync(full);
      if (real !== root && !real.startsWith(root + sep)) throw new OutsideBankError(path);
      return readFileSync(real);
    },
  });
  const diagnostics = await locateDiagnostics(yaml, result.diagnostics);
  return { dir, shownFile, result: { ...result, diagnostics } };
}

/** The bank, or an error carrying every diagnostic when it is not sound. */
export function requireBank({ result, shownFile }: BankFolder): Bank {
  if (result.bank && result.diagnostics.length === 0) return result.bank;
  const count = result.diagnostics.length;
  throw new CitequizError('bank-invalid', `${shownFile} has ${count} problem${count === 1 ? '' : 's'}:`, result.diagnostics);
}

function readBankYaml(file: string, shownDir: string, shownFile: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_BANK_BYTES) throw new CitequizError('bank-invalid', `${shownFile} is larger than 64 MiB`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof CitequizError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new CitequizError('bank-not-found', `no bank at ${shownDir}: expected a folder holding ${BANK_FILE}`);
    }
    throw new CitequizError('bank-not-found', `cannot read ${shownFile}: ${(error as Error).message}`);
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
