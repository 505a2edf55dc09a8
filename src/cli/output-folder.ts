import { lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CitequizError } from '../errors.js';

export interface OutputFile {
  /** A bare file name: outputs are only ever written directly inside the folder. */
  readonly name: string;
  readonly content: string | Uint8Array;
}

/** The --out folder, resolved; refused when it is something other than a folder. */
export function outputFolder(dir: string, cwd: string): string {
  const path = resolve(cwd, dir);
  try {
    if (!statSync(path).isDirectory()) throw new CitequizError('output', `--out ${dir} is a file, not a folder`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error instanceof CitequizError ? error : writeError(dir, error);
  }
  return path;
}

/** Before any work: which of the files are already there; an error naming --force unless it is given. */
export function refuseOverwrite(folder: string, names: readonly string[], force: boolean, shownDir: string): void {
  if (force) return;
  const existing = names.filter((name) => exists(join(folder, name)));
  if (existing.length === 0) return;
  const shown = existing.slice(0, 3).map((name) => join(shownDir, name));
  const more = existing.length > shown.length ? ` and ${existing.length - shown.length} more` : '';
  throw new CitequizError('output', `${shown.join(', ')}${more} already exist${existing.length === 1 ? 's' : ''}; use --force to overwrite, or another --out folder`);
}

/**
 * Writes every file or none: each goes to a temporary name first and is renamed into place only
 * when all were written, so a full disk or a failed render leaves no half-written output behind.
 * Renaming replaces a symlink at the target rather than writing through it.
 */
export function writeAll(folder: string, files: readonly OutputFile[], shownDir: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw writeError(shownDir, error);
  }
  const temporary = files.map((file) => ({ file, path: join(folder, `.${file.name}.${process.pid}.partial`) }));
  const written: string[] = [];
  try {
    for (const { file, path } of temporary) {
      if (basename(file.name) !== file.name) throw new Error(`not a plain file name: ${file.name}`);
      written.push(path);
      writeFileSync(path, file.content, { flag: 'wx' });
    }
    for (const { file, path } of temporary) renameSync(path, join(folder, file.name));
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    throw writeError(shownDir, error);
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

const writeError = (shownDir: string, error: unknown) =>
  new CitequizError('output', `cannot write to ${shownDir}: ${(error as Error).message}`);
