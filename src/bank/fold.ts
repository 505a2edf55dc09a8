import type { Mapped } from '../articles/index.js';
import { isSpace } from '../text/spaces.js';

/**
 * Typographic folding for quote matching (docs/ARCHITECTURE.md, Citations): quotes, apostrophes, dashes, ellipses and
 * spaces of every kind compare equal to their plain forms; letters, digits and words never fold.
 */
const SUBSTITUTES: ReadonlyMap<number, string> = new Map(
  Object.entries({
    '\u2018': "'",
    '\u2019': "'",
    '\u201a': "'",
    '\u201b': "'",
    '\u2032': "'",
    '\u00b4': "'",
    '`': "'",
    '\u201c': '"',
    '\u201d': '"',
    '\u201e': '"',
    '\u201f': '"',
    '\u2033': '"',
    '\u00ab': '"',
    '\u00bb': '"',
    '\u2010': '-',
    '\u2011': '-',
    '\u2012': '-',
    '\u2013': '-',
    '\u2014': '-',
    '\u2015': '-',
    '\u2212': '-',
    '\u2026': '...',
    // Invisible characters that copy-and-paste adds or drops.
    '\u00ad': '',
    '\u200b': '',
    '\u200c': '',
    '\u200d': '',
    '\u2060': '',
    '\ufeff': '',
  }).map(([from, to]) => [from.charCodeAt(0), to]),
);

/** White space as JavaScript's \s has it, but for the byte-order mark, which folding drops. */
const isWhiteSpace = (code: number) => code !== 0xfeff && isSpace(code);

/** Printable ASCII other than the backtick: what folding leaves as it is. */
const isPlainAscii = (code: number) => code > 0x20 && code < 0x7f && code !== 0x60;

/** Folds `input`, collapsing runs of white space to one space and trimming both ends. */
export function fold(input: string): Mapped {
  // Sized to what the text folds to at most (an ellipsis becomes three characters): the article's
  // folded text lives as long as its bank, and three slots a character took 60 MB for 5 MB.
  let ellipses = 0;
  for (let at = input.indexOf('\u2026'); at >= 0; at = input.indexOf('\u2026', at + 1)) ellipses++;
  const origin = new Int32Array(input.length + 2 * ellipses);
  let text = '';
  let length = 0;
  let pendingSpace = -1;
  let runStart = 0; // start of a run of characters copied unchanged
  const flushRun = (end: number) => {
    if (end > runStart) {
      text += input.slice(runStart, end);
      for (let k = runStart; k < end; k++) origin[length++] = k;
    }
  };
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    // Printable ASCII other than the backtick is copied as it is: the common case, checked first.
    if (isPlainAscii(code) && pendingSpace < 0) continue;
    // So is one plain space between two other characters: text of short words was otherwise built
    // a word at a time, a string of a million pieces.
    if (code === 0x20 && pendingSpace < 0 && (i > runStart || length > 0) && isPlainAscii(input.charCodeAt(i + 1)))
      continue;
    const space = isWhiteSpace(code);
    const substitute = space ? undefined : SUBSTITUTES.get(code);
    if (!space && substitute === undefined && pendingSpace < 0) continue; // part of the current run
    flushRun(i);
    runStart = i + 1;
    if (space) {
      if (pendingSpace < 0 && length > 0) pendingSpace = i;
      continue;
    }
    // An invisible character between spaces leaves one space, not two.
    if (substitute === '') continue;
    if (pendingSpace >= 0) {
      text += ' ';
      origin[length++] = pendingSpace;
      pendingSpace = -1;
    }
    if (substitute === undefined) {
      runStart = i; // an ordinary character after spaces opens a new run
      continue;
    }
    text += substitute;
    for (let k = 0; k < substitute.length; k++) origin[length++] = i;
  }
  if (pendingSpace < 0) flushRun(input.length);
  return { text, origin: origin.subarray(0, length) };
}

// Printable ASCII without backticks, single-spaced and trimmed, is already folded: most quotes
// and choices are, and a 10,000-question bank folds tens of thousands of them.
const ALREADY_FOLDED = /^(?:[!-_a-~]+(?: [!-_a-~]+)*)?$/;

/** Folded text only, for comparisons. */
export const foldText = (input: string): string => (ALREADY_FOLDED.test(input) ? input : fold(input).text);
