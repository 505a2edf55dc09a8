// Signs that an article was damaged on its way from the web page to the file: characters the page
// or the copy could not show, text decoded in the wrong encoding, punctuation doubled where markup
// was stripped. Such text still loads (quotes may cite it), but it shows in feedback, keys and
// exports, so `check` points at it.
import type { Article } from './types.js';

export interface Damage {
  /** What is wrong, in a reader's words. */
  readonly what: string;
  /** UTF-16 offset of the first occurrence in the article's text. */
  readonly offset: number;
  readonly paragraph: number;
  /** How many times it occurs in the article. */
  readonly count: number;
  /** The first occurrence with a few words around it. */
  readonly excerpt: string;
}

const SIGNS: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /\u25a1/g, what: 'a "□" (U+25A1) where the page had a character the copy could not show' },
  { pattern: /\ufffd/g, what: 'a "\ufffd" (U+FFFD) where a character was lost in decoding' },
  {
    pattern:
      /[\u00c2\u00c3][\u0080-\u00bf]|\u00e2\u20ac[\u0080-\u00bf\u2122\u0153\u02dc\u201c\u201d\u2018\u2019\u0161\u00a6]/g,
    what: 'UTF-8 text read as Windows-1252 (such as "â€™" for "’")',
  },
  // An ellipsis is three points; two, or a comma or semicolon twice, is what stripped markup leaves.
  { pattern: /(?<![.])\.\.(?![.])|,,|;;|,\.|\.,(?!\d)/g, what: 'doubled punctuation' },
];

const AROUND = 30;

/** Every kind of damage found in the article, once each with its first place and count. */
export function findDamage(article: Article): Damage[] {
  const found: Damage[] = [];
  for (const { pattern, what } of SIGNS) {
    const matches = [...article.text.matchAll(pattern)];
    const first = matches[0];
    if (first?.index === undefined) continue;
    const offset = first.index;
    const paragraph = article.paragraphs.find((p) => p.start <= offset && offset < p.end);
    const from = paragraph?.start ?? 0;
    const to = paragraph?.end ?? article.text.length;
    const start = Math.max(from, offset - AROUND);
    const end = Math.min(to, offset + first[0].length + AROUND);
    // Within the paragraph, and whole words only: a cut word at either end is dropped.
    const excerpt = article.text
      .slice(start, end)
      .replace(start > from ? /^\S*\s/ : /^/, '')
      .replace(end < to ? /\s\S*$/ : /$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    found.push({ what, offset, paragraph: paragraph?.number ?? 0, count: matches.length, excerpt });
  }
  return found;
}
