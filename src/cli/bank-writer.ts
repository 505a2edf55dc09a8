import { readdirSync, statSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { CitequizError } from '../errors.js';
import { TargetExistsError, writeFolderAtomically } from '../files/atomic.js';
import { makeFolder, outputFolder } from './output-folder.js';

/**
 * Checked before any work: --out must be new, or (with --force) a bank folder that may be
 * replaced. --force never deletes a folder that is not a bank, nor one holding the working folder
 * or an input: `generate notes/ --out . --force` must not wipe the user's files.
 */
export function checkBankTarget(
  dir: string,
  options: { force: boolean; shownDir: string; cwd: string; inputs: readonly string[] },
): void {
  const { shownDir } = options;
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    // New: nothing to lose, but the folders above it must be ones it can be made in.
    outputFolder(shownDir, options.cwd);
    return;
  }
  if (!stat.isDirectory())
    throw new CitequizError('output', `--out ${shownDir} is a file; give a new folder for the bank`);
  if (!options.force)
    throw new CitequizError(
      'output-exists',
      `${shownDir} already exists; choose another --out, or add --force to replace it`,
    );
  const holds = (path: string) => {
    const inside = relative(dir, path);
    return inside === '' || (!inside.startsWith(`..${sep}`) && inside !== '..');
  };
  if (holds(options.cwd) || options.inputs.some(holds)) {
    throw new CitequizError(
      'output',
      `--force will not replace ${shownDir}: it holds the working folder or the articles being read`,
    );
  }
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes('bank.yaml')) {
    throw new CitequizError(
      'output',
      `--force replaces only a bank folder, and ${shownDir} holds no bank.yaml; choose another --out`,
    );
  }
}

/**
 * Writes a bank folder whole or not at all (files/atomic.ts). With `force` an existing folder is
 * moved aside first and removed only once the new one stands, so a failure midway never leaves
 * the user with less than they had.
 */
export function writeBankFolder(
  dir: string,
  files: ReadonlyMap<string, string>,
  force: boolean,
  shownDir: string,
): void {
  try {
    makeFolder(dirname(dir));
    writeFolderAtomically(
      dir,
      [...files].map(([name, content]) => ({ name, content })),
      { replace: force },
    );
  } catch (error) {
    if (error instanceof TargetExistsError)
      throw new CitequizError(
        'output-exists',
        `${shownDir} already exists; choose another --out, or add --force to replace it`,
      );
    throw new CitequizError('output', `cannot write ${shownDir}: ${(error as Error).message}`);
  }
}
