import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CitequizError } from '../errors.js';
import { moveWithoutReplacing } from './write-output.js';

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

/** Files an earlier print left: quiz-A.pdf, key-B.md, teacher.html, articles.pdf. */
const PRINTED = /^(?:(?:quiz|key)-[A-Z]{1,2}|teacher|articles)\.(?:pdf|html|md)$/;

/**
 * Before any work: no file in the way unless --force says so, and nothing that even --force cannot
 * replace (a folder). Files of an earlier print that this one would not replace (its version C
 * when two are printed now) are in the way too: left beside the new papers, their keys would not
 * match. Returns those stale files, for `writeAll` to remove once the new ones stand.
 */
export function checkTargets(folder: string, names: readonly string[], force: boolean, shownDir: string): string[] {
  const stale = listFolder(folder).filter((name) => PRINTED.test(name) && !names.includes(name));
  const existing = [...names.filter((name) => lstatOrUndefined(join(folder, name)) !== undefined), ...stale];
  const folderInWay = existing.find((name) => lstatOrUndefined(join(folder, name))?.isDirectory());
  if (folderInWay !== undefined) throw new CitequizError('output', `cannot write ${join(shownDir, folderInWay)}: it is a folder`);
  if (force || existing.length === 0) return stale;
  const shown = existing.slice(0, 3).map((name) => join(shownDir, name));
  const more = existing.length > shown.length ? ` and ${existing.length - shown.length} more` : '';
  throw new CitequizError('output-exists', `${shown.join(', ')}${more} already exist${existing.length === 1 ? 's' : ''}; use --force to overwrite, or another --out folder`);
}

/**
 * Never a half-written file: each goes to a temporary name first and is moved into place only
 * when all were written, so a full disk leaves no partial print behind. Without --force a file
 * that appeared in the meantime is not replaced; with it, moving replaces a symlink at the target
 * rather than writing through it. The stale files of an earlier print go last.
 */
export function writeAll(folder: string, files: readonly OutputFile[], shownDir: string, options: { force: boolean; stale?: readonly string[] }): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw writeError(shownDir, error);
  }
  // Random names: a process id repeats from run to run in a container, and a crash would leave a
  // name that every later print then trips over.
  const temporary = files.map((file) => ({ file, path: join(folder, `.${file.name}.${randomBytes(6).toString('hex')}.partial`) }));
  const written: string[] = [];
  try {
    for (const { file, path } of temporary) {
      if (basename(file.name) !== file.name) throw new Error(`not a plain file name: ${file.name}`);
      written.push(path);
      writeFileSync(path, file.content, { flag: 'wx' });
    }
    for (const { file, path } of temporary) {
      if (options.force) renameSync(path, join(folder, file.name));
      else moveWithoutReplacing(path, join(folder, file.name), join(shownDir, file.name));
    }
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    throw error instanceof CitequizError ? error : writeError(shownDir, error);
  }
  for (const name of options.stale ?? []) rmSync(join(folder, name), { force: true });
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
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
