import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { CitequizError } from '../errors.js';
import { sanitize } from '../render/sanitize.js';
import { moveWithoutReplacing } from './write-output.js';

export interface OutputFile {
  /** A bare file name: outputs are only ever written directly inside the folder. */
  readonly name: string;
  readonly content: string | Uint8Array;
}

/**
 * The --out folder, resolved; refused at once, before any work, when it is something other than a
 * folder, lies under a file, or could not be written.
 */
export function outputFolder(dir: string, cwd: string): string {
  const path = resolve(cwd, dir);
  // The nearest part of the path that exists must be a folder: "--out notes.txt/week3" is refused
  // in words, not with an errno.
  for (let part = path; ; part = dirname(part)) {
    const stat = statOrUndefined(part);
    if (stat) {
      if (stat.isDirectory()) {
        if (!writable(part))
          throw new CitequizError(
            'output',
            `cannot write to ${sanitize(dir)}: ${sanitize(part)} is not a folder you can write to`,
          );
        break;
      }
      if (part === path) throw new CitequizError('output', `--out ${sanitize(dir)} is a file, not a folder`);
      const shownPart = relative(cwd, part).startsWith('..') ? part : relative(cwd, part);
      throw new CitequizError(
        'output',
        `cannot write to ${sanitize(dir)}: ${sanitize(shownPart)} is a file, not a folder`,
      );
    }
    if (dirname(part) === part) break;
  }
  return path;
}

/**
 * Makes the missing folders of `path` one at a time. Node 20's recursive mkdir spins forever on
 * some paths it cannot create (under /proc); one level at a time fails at once instead.
 */
export function makeFolder(path: string): void {
  const missing: string[] = [];
  for (let part = path; !statOrUndefined(part); part = dirname(part)) {
    missing.unshift(part);
    if (dirname(part) === part) break;
  }
  for (const part of missing) mkdirSync(part);
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
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
  if (folderInWay !== undefined)
    throw new CitequizError('output', `cannot write ${join(shownDir, folderInWay)}: it is a folder`);
  if (force || existing.length === 0) return stale;
  const shown = existing.slice(0, 3).map((name) => join(shownDir, name));
  const more = existing.length > shown.length ? ` and ${existing.length - shown.length} more` : '';
  throw new CitequizError(
    'output-exists',
    `${shown.join(', ')}${more} already exist${existing.length === 1 ? 's' : ''}; use --force to overwrite, or another --out folder`,
  );
}

/**
 * Never a half-written file: each goes to a temporary name first and is moved into place only
 * when all were written, so a full disk leaves no partial print behind. Without --force a file
 * that appeared in the meantime is not replaced; with it, moving replaces a symlink at the target
 * rather than writing through it. The stale files of an earlier print go last.
 */
export function writeAll(
  folder: string,
  files: readonly OutputFile[],
  shownDir: string,
  options: { force: boolean; stale?: readonly string[] },
): void {
  try {
    makeFolder(folder);
  } catch (error) {
    throw writeError(shownDir, error);
  }
  // Random names: a process id repeats from run to run in a container, and a crash would leave a
  // name that every later print then trips over.
  const temporary = files.map((file) => ({
    file,
    path: join(folder, `.${file.name}.${randomBytes(6).toString('hex')}.partial`),
  }));
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
