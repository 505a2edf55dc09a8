import { safeJson } from '../text/sanitize.js';
import { makeStyle, wantsColour, type Style } from '../render/style.js';
import { wrapIndented, wrapWidth } from '../render/wrap.js';
import type { Io, Output } from './io.js';

/** The style and wrap width for one of the command's output streams. */
export function styleFor(output: Output, io: Io): { style: Style; width: number } {
  return {
    style: makeStyle(wantsColour(output.isTTY, io.env)),
    width: wrapWidth(output.isTTY ? output.columns : undefined, io.env.COLUMNS),
  };
}

/**
 * A message on stderr: wrapped on words on a terminal, where the terminal itself would break it
 * mid-word; kept to one line elsewhere, for logs and grep.
 */
export function say(io: Io, text: string): void {
  const shown = io.stderr.isTTY ? wrapIndented(text, styleFor(io.stderr, io).width, '  ', '') : text;
  io.stderr.write(`${shown}\n`);
}

export const writeJson = (io: Io, value: unknown): void => io.stdout.write(`${safeJson(value)}\n`);
