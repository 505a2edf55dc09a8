// fast-wrap-ansi rather than wrap-ansi: the same wrapping, but wrap-ansi measures text with a
// grapheme segmenter whose every step costs time in proportion to the whole string, so a 200 KB
// word in an article took minutes to wrap.
import { wrapAnsi } from 'fast-wrap-ansi';

/**
 * The width to wrap to: a terminal's own (within reason: lines past 100 columns are hard to read);
 * for output that is not a terminal, such as a pipe to a file or a pager, COLUMNS when it is set
 * to a number, else 80.
 */
export function wrapWidth(terminalColumns: number | undefined, columnsVariable?: string): number {
  if (terminalColumns !== undefined) return Math.max(40, Math.min(terminalColumns, 100));
  const asked = /^\s*\d+\s*$/.test(columnsVariable ?? '') ? Number(columnsVariable) : 0;
  return asked > 0 ? Math.max(20, Math.min(asked, 500)) : 80;
}

/**
 * Wraps `text` to `width` columns; every line starts with `indent`, except the first, which starts
 * with `first` (a number or label of the same width, for hanging indents).
 */
export function wrapIndented(text: string, width: number, indent: string, first = indent): string {
  const inner = Math.max(20, width - visibleLength(indent));
  return wrapLines(text, inner)
    .map((line, i) => (i === 0 ? first : indent) + line)
    .join('\n');
}

/** Characters wrapped at a time: the wrapping library's working memory grows with what it is given. */
const CHUNK = 64 * 1024;

/**
 * The lines of `text` wrapped to `width`, a chunk at a time: each chunk ends at a space, and its
 * last line, which the next chunk may continue, is wrapped again with it. A 5 MB paragraph wrapped
 * whole took 250 MB.
 */
function wrapLines(text: string, width: number): string[] {
  const options = { hard: true, trim: true };
  if (text.length <= CHUNK) return wrapAnsi(text, width, options).split('\n');
  const lines: string[] = [];
  let carried = '';
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + CHUNK);
    const space = end < text.length ? text.lastIndexOf(' ', end) : -1;
    if (space > at) end = space;
    const wrapped = wrapAnsi(carried + text.slice(at, end), width, options).split('\n');
    at = end;
    carried = at < text.length ? wrapped.pop()! : '';
    for (const line of wrapped) lines.push(line);
  }
  return lines;
}

const visibleLength = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').length;
