import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A temporary left this long is no write in progress but one that was killed. */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * `.quiz-A.pdf.3f9a1c2b4d5e.citequiz-tmp`: a file or folder being written; `-old`: a bank folder
 * moved aside while its replacement is moved in. Hidden, named after what they stand for, random
 * (a process id repeats from run to run in a container) and recognisable as this tool's.
 */
export const temporaryName = (name: string, state: 'tmp' | 'old'): string =>
  `.${name}.${randomBytes(6).toString('hex')}.citequiz-${state}`;

const OURS = /^\.(.+)\.[0-9a-f]{12}\.citequiz-(tmp|old)$/;
/** What earlier versions of citequiz left: export and print files, generated banks, history snapshots. */
const EARLIER = /^(?:\..+\.[0-9a-f]{12}\.partial|\.[0-9a-f]{12}\.citequiz-new|.+\.summary\.json\.\d+\.tmp)$/;

/**
 * Removes what a killed write left in `folder` an hour or more ago, by this tool's naming only. A
 * bank folder set aside whose replacement never arrived is put back rather than removed: it is
 * the user's bank. Best effort: a folder that cannot be read or cleaned costs nothing here.
 */
export function sweepStale(folder: string, now = Date.now()): void {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    const ours = OURS.exec(entry);
    if (!ours && !EARLIER.test(entry)) continue;
    const path = join(folder, entry);
    try {
      if (now - lstatSync(path).mtimeMs < STALE_AFTER_MS) continue;
      if (ours?.[2] === 'old' && !exists(join(folder, ours[1]!))) renameSync(path, join(folder, ours[1]!));
      else rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already (another run swept it), or not ours to remove.
    }
  }
}

/** Whether anything, even a dangling link, is at `path`. */
export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
