import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CitequizError } from '../errors.js';
import { sanitize } from '../render/sanitize.js';

/**
 * Writes `content` to `target` and nowhere else: into a temporary file beside it, then moved into
 * place in one step, so an interrupted or failed export never leaves a half-written file. An
 * existing file is replaced only with `force`; without it the move is a hard link, which fails
 * rather than replace a file that appeared in the meantime.
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

  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    // 'wx': never through a file or link that is already there.
    writeFileSync(temporary, content, { flag: 'wx' });
    if (force) renameSync(temporary, path);
    else moveWithoutReplacing(temporary, path, target);
  } catch (error) {
    removeQuietly(temporary);
    if (error instanceof CitequizError) throw error;
    // The errno, not the message: that names the hidden temporary file, not the user's.
    const { code, message } = error as NodeJS.ErrnoException;
    throw new CitequizError('output', `cannot write ${target}: ${code ?? message}`);
  }
}

/** Moves `temporary` to `path` unless a file is there, even one that appeared a moment ago. */
export function moveWithoutReplacing(temporary: string, path: string, target: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(target);
    // Some file systems have no hard links; check and move instead.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    if (lstatOrUndefined(path)) throw alreadyExists(target);
    renameSync(temporary, path);
    return;
  }
  removeQuietly(temporary);
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

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already moved into place, or never created.
  }
}
