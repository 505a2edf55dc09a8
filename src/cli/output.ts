import { safeJson } from '../render/sanitize.js';
import { makeStyle, wantsColour, type Style } from '../render/style.js';
import { wrapWidth } from '../render/wrap.js';
import type { Io, Output } from './io.js';

/** The style and wrap width for one of the command's output streams. */
export function styleFor(output: Output, io: Io): { style: Style; width: number } {
  return {
    style: makeStyle(wantsColour(output.isTTY, io.env)),
    width: wrapWidth(output.isTTY ? output.columns : undefined),
  };
}

export const writeJson = (io: Io, value: unknown): void => io.stdout.write(`${safeJson(value)}\n`);
