import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CitequizError } from '../errors.js';

/**
 * Writes a bank folder whole or not at all: into a temporary folder beside it, then renamed into
 * place. With `force` an existing folder is moved aside first and removed only once the new one
 * stands, so a failure midway never leaves the user with less than they had.
 */
export function writeBankFolder(dir: string, files: ReadonlyMap<string, string>, force: boolean, shownDir: string): void {
  if (existsSync(dir) && !force) {
    throw new CitequizError('output-exists', `${shownDir} already exists; choose another --out, or add --force to replace it`);
  }
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const temporary = join(parent, `.${Date.now().toString(36)}-${process.pid}.citequiz-new`);
  const aside = join(parent, `.${Date.now().toString(36)}-${process.pid}.citequiz-old`);
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(temporary, path)), { recursive: true });
      writeFileSync(join(temporary, path), text);
    }
    const replacing = existsSync(dir);
    if (replacing) renameSync(dir, aside);
    try {
      renameSync(temporary, dir);
    } catch (error) {
      if (replacing) renameSync(aside, dir);
      throw error;
    }
    if (replacing) rmSync(aside, { recursive: true, force: true });
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}
