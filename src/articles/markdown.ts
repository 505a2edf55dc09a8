import type { Span } from './types.js';

/** Text with the offsets it came from, as `fold` keeps them: `origin[i]` is where `text[i]` stood. */
export interface Mapped {
  readonly text: string;
  readonly origin: Int32Array;
}

// Inline Markdown a reader does not see: link and image targets (the visible text is kept),
// emphasis and code markers, and heading and block-quote markers at the start of a line.
// Emphasis markers touch the text they mark, as CommonMark requires: a `*` or `_` with space on
// both sides ("5 * 3 = 15") is text. Underscores inside words (snake_case, URLs) stay too.
const INLINE =
  /!?\[([^\]\n]*)\]\([^)\n]*\)|(?<!\*)\*+(?=[^\s*])|(?<=[^\s*])\*+(?!\*)|(?<![\p{L}\p{N}_])_+(?=[^\s_])|(?<=[^\s_])_+(?![\p{L}\p{N}_])|`+|^#{1,6}[ \t]+|^>[ \t]?/gmu;

/** Markdown source → the text a reader sees, with offsets back into the source. */
export function stripMarkdown(input: string): Mapped {
  const origin = new Int32Array(input.length);
  let text = '';
  let length = 0;
  let from = 0;
  const keep = (start: number, end: number) => {
    text += input.slice(start, end);
    for (let k = start; k < end; k++) origin[length++] = k;
  };
  for (const match of input.matchAll(INLINE)) {
    keep(from, match.index);
    const label = match[1];
    if (label !== undefined) {
      const labelStart = match.index + match[0].indexOf('[') + 1;
      keep(labelStart, labelStart + label.length);
    }
    from = match.index + match[0].length;
  }
  keep(from, input.length);
  return { text, origin: origin.subarray(0, length) };
}

/** Chains two mappings: `outer` maps into `inner.text`, and `inner` maps into the source. */
export function composeOrigins(outer: Mapped, inner: Mapped): Mapped {
  return { text: outer.text, origin: outer.origin.map((i) => inner.origin[i]!) };
}

/** The part of `mapped.text` that came from `span` of the source. */
export function mapSpan(mapped: Mapped, span: Span): Span {
  let start = 0;
  while (start < mapped.origin.length && mapped.origin[start]! < span.start) start++;
  let end = start;
  while (end < mapped.origin.length && mapped.origin[end]! < span.end) end++;
  return { start, end };
}
