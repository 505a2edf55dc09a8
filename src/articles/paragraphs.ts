import { SENTENCE_END, type ArticleFormat, type Span } from './types.js';

interface Line extends Span {
  readonly blank: boolean;
}

const LINE_BREAK = /\r\n|\r|\n/g;
const MARKDOWN_BLOCK_START = /^\s{0,3}(#{1,6}\s|[-*+]\s|\d+[.)]\s|>)/;

/**
 * Paragraph spans in reading order, trimmed of surrounding white space.
 * Plain text: every non-empty line is a paragraph, as news text pasted from the web has one
 * paragraph a line — unless the file is hard-wrapped, when blank-line-separated blocks are.
 * Markdown: blocks separated by blank lines, and every heading or list item on its own.
 */
export function splitParagraphs(text: string, format: ArticleFormat): Span[] {
  const byBlock = format === 'markdown' || looksHardWrapped(text);
  const spans: Span[] = [];
  let open: Span | undefined;
  const close = () => {
    if (open) spans.push(trimSpan(text, open));
    open = undefined;
  };
  for (const line of linesOf(text)) {
    if (line.blank) {
      close();
    } else if (!byBlock) {
      spans.push(trimSpan(text, line));
    } else {
      if (format === 'markdown' && MARKDOWN_BLOCK_START.test(text.slice(line.start, line.end))) close();
      open = open ? { start: open.start, end: line.end } : line;
    }
  }
  close();
  return spans;
}

/**
 * The text's lines, one at a time: a file of a million short lines held 80 MB as a list of
 * them, and each is needed only once.
 */
function* linesOf(text: string): Generator<Line> {
  let start = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    yield line(text, start, match.index);
    start = match.index + match[0].length;
  }
  if (start < text.length) yield line(text, start, text.length);
}

const line = (text: string, start: number, end: number): Line => ({
  start,
  end,
  blank: text.slice(start, end).trim() === '',
});

/**
 * True when the text is wrapped at a fixed width: it has blank-line-separated blocks, and most of
 * its lines are of similar, moderate length and break mid-sentence into the next line. A file with
 * one paragraph a line ends nearly every line with a full stop, and short boilerplate lines
 * (bylines, credits) do not count towards wrapping.
 */
function looksHardWrapped(text: string): boolean {
  let lines = 0;
  let filled = 0;
  let runOn = 0;
  let before: Line | undefined;
  for (const current of linesOf(text)) {
    lines++;
    if (!current.blank) filled++;
    // A line that runs on into the next, filled one.
    if (before && !before.blank && !current.blank) {
      const content = text.slice(before.start, before.end).trimEnd();
      if (content.length >= 40 && content.length <= 100 && !SENTENCE_END.test(content)) runOn++;
    }
    before = current;
  }
  if (filled < 4 || filled === lines) return false;
  return runOn >= filled / 2;
}

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
