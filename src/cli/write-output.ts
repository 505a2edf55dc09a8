import { lstatSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CitequizError } from '../errors.js';
import { TargetExistsError, writeFilesAtomically } from '../files/atomic.js';
import { sanitize } from '../text/sanitize.js';

/**
 * Writes `content` to `out` and nowhere else, whole or not at all (files/atomic.ts). An existing
 * file is replaced only with `force`.
 */
export function writeOutputFile(
  out: string,
  cwd: string,
  content: string | Uint8Array,
  options: { force: boolean; extension: string },
): void {
  const path = resolve(cwd, out);
  const target = sanitize(out);
  const { force } = options;
  const existing = lstatOrUndefined(path);
  // "newdir/" names a folder, even one that does not exist yet: never write a file called newdir.
  if (
    /[/\\]$/.test(out) ||
    existing?.isDirectory() ||
    (existing?.isSymbolicLink() && statOrUndefined(path)?.isDirectory())
  ) {
    throw new CitequizError(
      'output',
      `${target} is a folder; --out takes a file name, such as ${join(target, `quiz${options.extension}`)}`,
    );
  }
  if (existing && !force) throw alreadyExists(target);
  const folder = dirname(path);
  const folderStat = statOrUndefined(folder);
  if (!folderStat) throw new CitequizError('output', `cannot write ${target}: there is no folder ${dirname(target)}`);
  if (!folderStat.isDirectory())
    throw new CitequizError('output', `cannot write ${target}: ${dirname(target)} is not a folder`);

  try {
    writeFilesAtomically(folder, [{ name: basename(path), content }], { replace: force });
  } catch (error) {
    if (error instanceof TargetExistsError) throw alreadyExists(target);
    // The errno, not the message: that names the hidden temporary file, not the user's.
    const { code, message } = error as NodeJS.ErrnoException;
    throw new CitequizError('output', `cannot write ${target}: ${code ?? message}`);
  }
}

const alreadyExists = (target: string) =>
  new CitequizError('output-exists', `${target} already exists; add --force to replace it`);

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
