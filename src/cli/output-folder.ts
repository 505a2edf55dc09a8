import { lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
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
    if (!statSync(path).isDirectory()) throw new CitequizError('output-exists', `--out ${dir} is a file, not a folder`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error instanceof CitequizError ? error : writeError(dir, error);
  }
  return path;
}

/**
 * Before any work: no file in the way unless --force says so, and nothing that even --force cannot
 * replace (a folder), so that writing either succeeds for every file or is not started.
 */
export function checkTargets(folder: string, names: readonly string[], force: boolean, shownDir: string): void {
  const existing = names.filter((name) => lstatOrUndefined(join(folder, name)) !== undefined);
  const folderInWay = existing.find((name) => lstatOrUndefined(join(folder, name))?.isDirectory());
  if (folderInWay !== undefined) throw new CitequizError('output-exists', `cannot write ${join(shownDir, folderInWay)}: it is a folder`);
  if (force || existing.length === 0) return;
  const shown = existing.slice(0, 3).map((name) => join(shownDir, name));
  const more = existing.length > shown.length ? ` and ${existing.length - shown.length} more` : '';
  throw new CitequizError('output-exists', `${shown.join(', ')}${more} already exist${existing.length === 1 ? 's' : ''}; use --force to overwrite, or another --out folder`);
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

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

const writeError = (shownDir: string, error: unknown) =>
  new CitequizError('output', `cannot write to ${shownDir}: ${(error as Error).message}`);
