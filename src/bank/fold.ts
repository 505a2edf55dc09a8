/**
 * Typographic folding for quote matching (GUIDE §2): quotes, apostrophes, dashes, ellipses and
 * spaces of every kind compare equal to their plain forms; letters, digits and words never fold.
 */
const SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
  // Invisible characters that copy-and-paste adds or drops.
  '\u00ad': '', '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
};
const WHITE_SPACE = /\s/;

export interface Folded {
  readonly text: string;
  /** For each code unit of `text`, the offset in the original string it came from. */
  readonly origin: Int32Array;
}

/** Folds `input`, collapsing runs of white space to one space and trimming both ends. */
export function fold(input: string): Folded {
  const out: string[] = [];
  const origin = new Int32Array(input.length * 3 + 1);
  let length = 0;
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (WHITE_SPACE.test(ch)) {
      if (pendingSpace < 0 && length > 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      out.push(' ');
      origin[length++] = pendingSpace;
      pendingSpace = -1;
    }
    const replacement = SUBSTITUTES[ch] ?? ch;
    for (const unit of replacement) {
      out.push(unit);
      origin[length++] = i;
    }
  }
  return { text: out.join(''), origin: origin.subarray(0, length) };
}

/** Folded text only, for comparisons. */
export const foldText = (input: string): string => fold(input).text;
