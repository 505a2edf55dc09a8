// fast-wrap-ansi rather than wrap-ansi: the same wrapping, but wrap-ansi measures text with a
// grapheme segmenter whose every step costs time in proportion to the whole string, so a 200 KB
// word in an article took minutes to wrap.
import { wrapAnsi } from 'fast-wrap-ansi';

/** Terminal width to wrap to: the terminal's, within reason, or 80 when not a terminal. */
export const wrapWidth = (columns: number | undefined): number => Math.max(40, Math.min(columns ?? 80, 100));

/**
 * Wraps `text` to `width` columns; every line starts with `indent`, except the first, which starts
 * with `first` (a number or label of the same width, for hanging indents).
 */
export function wrapIndented(text: string, width: number, indent: string, first = indent): string {
  const inner = Math.max(20, width - visibleLength(indent));
  return wrapAnsi(text, inner, { hard: true, trim: true })
    .split('\n')
    .map((line, i) => (i === 0 ? first : indent) + line)
    .join('\n');
}

// eslint-disable-next-line no-control-regex
const visibleLength = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').length;
