import type { Span } from './types.js';

/** Text with the offsets it came from, as `fold` keeps them: `origin[i]` is where `text[i]` stood. */
export interface Mapped {
  readonly text: string;
  readonly origin: Int32Array;
}

// Inline Markdown a reader does not see: link and image targets (the visible text is kept),
// emphasis and code markers, and heading and block-quote markers at the start of a line.
// Underscores inside words (snake_case, URLs) are not emphasis and stay.
const INLINE = /!?\[([^\]\n]*)\]\([^)\n]*\)|\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|`+|^#{1,6}[ \t]+|^>[ \t]?/gmu;

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
