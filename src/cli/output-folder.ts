import { accessSync, constants, lstatSync, mkdirSync, readdirSync, statSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CitequizError } from '../errors.js';
import { TargetExistsError, writeFilesAtomically } from '../files/atomic.js';
import { sanitize } from '../text/sanitize.js';

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

/** Files a print writes: quiz-A.pdf, key-B.md, teacher.html, articles.pdf. */
const PRINTED = /^(?:(?:quiz|key)-[A-Z]{1,2}|teacher|articles)\.(pdf|html|md)$/;

/**
 * Before any work: no file this print writes is in the way unless --force says so, and nothing that
 * even --force cannot replace (a folder). Only this print's own file names count: other files,
 * earlier prints in other formats among them, are never touched. Returns the files of an earlier
 * print in the same format that this one does not replace (its version C when two are printed
 * now), for the command to mention: left beside the new papers, their keys match nothing.
 */
export function checkTargets(folder: string, names: readonly string[], force: boolean, shownDir: string): string[] {
  const formats = new Set(names.map((name) => PRINTED.exec(name)?.[1]));
  const leftovers = listFolder(folder).filter((name) => formats.has(PRINTED.exec(name)?.[1]) && !names.includes(name));
  const existing = names.filter((name) => lstatOrUndefined(join(folder, name)) !== undefined);
  const folderInWay = existing.find((name) => lstatOrUndefined(join(folder, name))?.isDirectory());
  if (folderInWay !== undefined)
    throw new CitequizError('output', `cannot write ${join(shownDir, folderInWay)}: it is a folder`);
  if (force || existing.length === 0) return leftovers.sort();
  const shown = existing.slice(0, 3).map((name) => join(shownDir, name));
  const more = existing.length > shown.length ? ` and ${existing.length - shown.length} more` : '';
  throw new CitequizError(
    'output-exists',
    `${shown.join(', ')}${more} already exist${existing.length === 1 ? 's' : ''}; use --force to overwrite, or another --out folder`,
  );
}

/**
 * The whole print or nothing (files/atomic.ts): a full disk or Ctrl+C leaves no partial print.
 * Without --force a file that appeared in the meantime is not replaced.
 */
export function writeAll(folder: string, files: readonly OutputFile[], shownDir: string, force: boolean): void {
  try {
    makeFolder(folder);
    writeFilesAtomically(folder, files, { replace: force });
  } catch (error) {
    if (error instanceof TargetExistsError)
      throw new CitequizError(
        'output-exists',
        `${join(shownDir, error.file)} already exists; add --force to replace it`,
      );
    throw writeError(shownDir, error);
  }
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
