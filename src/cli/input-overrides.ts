import { resolve, sep } from 'node:path';
import { CitequizError } from '../errors.js';
import { findDate } from '../generate/metadata.js';
import { sanitize } from '../text/sanitize.js';
import { exists } from './article-inputs.js';

/** What a teacher says of some inputs' outlet or date, over what the articles say of themselves. */
export interface Override {
  /** The file or folder it is for, absolute; every input when absent. */
  readonly path?: string;
  /** As the teacher wrote it, for messages. */
  readonly shown: string;
  /** The outlet or ISO date; null to say there is none (a date found in the text was wrong). */
  readonly value: string | null;
}

export type OverrideOption = '--outlet' | '--date';

const NONE = 'none';

/**
 * `--outlet` and `--date` values: `VALUE` for every input, or `PATH=VALUE` for the files named or
 * under a folder named. The text before an `=` is a path when such a file or folder exists, so an
 * outlet may hold an `=`; one that looks like a file name but names nothing is a usage error.
 */
export function parseOverrides(option: OverrideOption, values: readonly string[] | undefined, cwd: string): Override[] {
  return (values ?? []).map((raw) => {
    let path: string | undefined;
    let given = raw;
    for (let at = raw.indexOf('='); at > 0; at = raw.indexOf('=', at + 1)) {
      if (exists(resolve(cwd, raw.slice(0, at)))) {
        path = resolve(cwd, raw.slice(0, at));
        given = raw.slice(at + 1);
        break;
      }
    }
    const before = raw.slice(0, Math.max(raw.indexOf('='), 0));
    if (!path && /[/\\]|\.[a-z]{2,8}$/i.test(before))
      throw new CitequizError('usage', `${option} ${sanitize(raw)}: no such file or folder: ${sanitize(before)}`);
    const value = given.trim();
    if (!value) throw new CitequizError('usage', `${option} ${sanitize(raw)}: expected some text after the =`);
    return { ...(path ? { path } : {}), shown: raw, value: checked(option, raw, value) };
  });
}

function checked(option: OverrideOption, raw: string, value: string): string | null {
  if (value.toLowerCase() === NONE) return null;
  if (option === '--outlet') return value;
  const date = findDate(value);
  if (!date)
    throw new CitequizError(
      'usage',
      `${option} ${sanitize(raw)}: expected a date such as 2024-03-05 or 5 March 2024 (or "none")`,
    );
  return date;
}

/** The override for a file: the one for the nearest folder or the file itself, the last given on a tie. */
export function overrideFor(overrides: readonly Override[], file: string, cwd: string): Override | undefined {
  const path = resolve(cwd, file);
  let best: Override | undefined;
  for (const override of overrides) {
    const applies = !override.path || path === override.path || path.startsWith(override.path + sep);
    if (applies && (override.path ?? '').length >= (best?.path ?? '').length) best = override;
  }
  return best;
}

/** A usage error for an override whose path holds none of the files read: a slip, not a wish. */
export function checkOverridesUsed(
  option: OverrideOption,
  overrides: readonly Override[],
  files: readonly string[],
  cwd: string,
): void {
  for (const override of overrides) {
    if (override.path && !files.some((file) => overrideFor([override], file, cwd)))
      throw new CitequizError(
        'usage',
        `${option} ${sanitize(override.shown)}: names no article among those given to read`,
      );
  }
}
