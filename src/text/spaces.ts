/** A run of white space that is not already one plain space. */
const RUN = /\s{2,}|[^\S ]/g;

/** Longer than this, a text is collapsed character by character. */
const LONG = 1 << 16;

/** The characters of JavaScript's `\s`, tested by code: folding runs over every bank quote. */
export const isSpace = (code: number) =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

let utf16: InstanceType<typeof TextDecoder> | undefined;

/**
 * Every run of white space as one plain space, as `text.replace(/\s+/g, ' ')` gives it. A long
 * text is copied a character at a time into one buffer: a global replace keeps every match until
 * it ends and returns a string of as many pieces, and a 5 MB paragraph of short lines took 150 MB.
 */
export function collapseSpaces(text: string): string {
  if (text.length <= LONG) return text.replace(RUN, ' ');
  const out = new Uint16Array(text.length);
  let length = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) out[length++] = code;
    else if (!inRun) out[length++] = 0x20;
    inRun = isSpace(code);
  }
  utf16 ??= new TextDecoder('utf-16le');
  return utf16.decode(out.subarray(0, length));
}
