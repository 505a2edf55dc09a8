// The one way citequiz writes files: the export file, the print folder, a generated bank and the
// history's summary snapshot all go through here. Each file is written under a temporary name
// beside its target and moved into place only when every file of the set is complete, so a full
// disk, an error, Ctrl+C or kill -9 never leaves half a file under a name the user sees. What a
// killed process leaves behind carries this module's naming and is swept by the next write into
// that folder.
import { linkSync, mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { holdSignals } from './signals.js';
import { exists, sweepStale, temporaryName } from './sweep.js';

export interface StagedFile {
  /** A path inside the folder written to: a bare name, or (for a whole folder) a relative path. */
  readonly name: string;
  readonly content: string | Uint8Array;
}

/** A file is already where one would go, and replacing was not asked for. */
export class TargetExistsError extends Error {
  override readonly name = 'TargetExistsError';
  constructor(readonly file: string) {
    super(`${file} already exists`);
  }
}

/**
 * Writes files directly inside `folder` (which must exist), all or none. Without `replace` a file
 * already at a target, even one that appeared a moment ago, is never replaced (TargetExistsError);
 * with it, moving replaces a symlink at the target rather than writing through it.
 */
export function writeFilesAtomically(
  folder: string,
  files: readonly StagedFile[],
  options: { readonly replace: boolean },
): void {
  for (const file of files)
    if (file.name === '' || /[/\\]/.test(file.name) || file.name === '.' || file.name === '..')
      throw new Error(`not a plain file name: ${file.name}`);
  sweepStale(folder);
  holdSignals(() => {
    const staged = files.map((file) => ({ file, temporary: join(folder, temporaryName(file.name, 'tmp')) }));
    const written: string[] = [];
    const placed: string[] = [];
    try {
      for (const { file, temporary } of staged) {
        written.push(temporary);
        // 'wx': never through a file or link that is already there.
        writeFileSync(temporary, file.content, { flag: 'wx' });
      }
      for (const { file, temporary } of staged) {
        const target = join(folder, file.name);
        if (options.replace) renameSync(temporary, target);
        else moveWithoutReplacing(temporary, target, file.name);
        placed.push(target);
      }
    } catch (error) {
      for (const path of written) rmSync(path, { force: true });
      // Files placed before the failure were new (without replace nothing is overwritten): take
      // them back, so that the set is all or none.
      if (!options.replace) for (const path of placed) rmSync(path, { force: true });
      throw error;
    }
  });
}

/**
 * Writes a whole folder (files by path relative to it) in one step: built under a temporary name
 * beside it, then renamed into place. With `replace` an existing folder is moved aside first and
 * removed only once the new one stands, so a failure midway never leaves less than there was.
 */
export function writeFolderAtomically(
  dir: string,
  files: readonly StagedFile[],
  options: { readonly replace: boolean },
): void {
  const parent = dirname(dir);
  const name = basename(dir);
  sweepStale(parent);
  holdSignals(() => {
    const temporary = join(parent, temporaryName(name, 'tmp'));
    const aside = join(parent, temporaryName(name, 'old'));
    try {
      mkdirSync(temporary);
      for (const file of files) {
        mkdirSync(dirname(join(temporary, file.name)), { recursive: true });
        writeFileSync(join(temporary, file.name), file.content, { flag: 'wx' });
      }
      let replacing = false;
      if (!options.replace) {
        if (exists(dir)) throw new TargetExistsError(name);
      } else {
        try {
          renameSync(dir, aside);
          replacing = true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }
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
  });
}

/** Moves `temporary` to `path` unless a file is there, even one that appeared a moment ago. */
function moveWithoutReplacing(temporary: string, path: string, name: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new TargetExistsError(name);
    // Some file systems have no hard links: a check, then a move, is the best they allow.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    if (exists(path)) throw new TargetExistsError(name);
    renameSync(temporary, path);
    return;
  }
  unlinkSync(temporary);
}
