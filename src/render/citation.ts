// How a citation (src/bank/citation.ts) reads, wherever it is shown: the terminal's feedback,
// report and stats, and the one-line form exports carry.
import { markedParts, type Citation } from '../bank/citation.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';
import { wrapIndented } from './wrap.js';

/** A sentence that opens with a quotation mark of its own gets no second one around it. */
const OPENS_WITH_QUOTE = /^\s*["“‘'«„]/;

const quoted = (sentence: string, text: string): string => (OPENS_WITH_QUOTE.test(sentence) ? text : `“${text}”`);

/** `“Title” (Outlet), paragraph 4`, sanitised for a terminal. */
export function citationHeading(citation: Citation, style: Style): string {
  const outlet = citation.outlet ? ` (${sanitize(citation.outlet)})` : '';
  return `${style.bold(`“${sanitize(citation.title)}”`)}${outlet}, paragraph ${citation.paragraph}`;
}

/** The cited sentence in quotation marks with the answer (or the quote) marked, sanitised for a terminal. */
export function markedSentence(citation: Citation, style: Style): string {
  const { before, marked, after } = markedParts(citation);
  return quoted(citation.sentence, `${sanitize(before)}${style.mark(sanitize(marked))}${sanitize(after)}`);
}

/**
 * `“Title” (Outlet), paragraph 4: “The sentence that answers it.”` as plain text, unsanitised: an
 * export escapes it for its own format.
 */
export function citationText(citation: Citation): string {
  const outlet = citation.outlet ? ` (${citation.outlet})` : '';
  const sentence = citation.sentence.trim();
  return `“${citation.title}”${outlet}, paragraph ${citation.paragraph}: ${quoted(sentence, sentence)}`;
}

/**
 * The command that shows the cited paragraph with its neighbours, for a student to run from the
 * report; `bank` is the --bank argument the session was given, already quoted for a shell.
 */
export const readCommand = (citation: Citation, bank?: string): string =>
  `citequiz read ${citation.article} --paragraph ${citation.paragraph}${bank === undefined ? '' : ` --bank ${bank}`}`;

export interface CitationBlock {
  readonly style: Style;
  readonly width: number;
  readonly indent: string;
  /** With it, each source ends with the `citequiz read` command that opens it. */
  readonly read?: (citation: Citation) => string;
}

/** "Answered in" for the first source, "Also in" for the rest, each with its sentence. */
export function renderCitations(citations: readonly Citation[], block: CitationBlock): string[] {
  const { style, width, indent, read } = block;
  return citations.flatMap((citation, i) => [
    wrapIndented(
      `${i === 0 ? 'Answered in' : 'Also in'} ${citationHeading(citation, style)}:`,
      width,
      indent + '  ',
      indent,
    ),
    wrapIndented(markedSentence(citation, style), width, indent + '  '),
    // Never wrapped: a command broken over two lines cannot be copied whole.
    ...(read ? [`${indent}  ${style.dim(`→ ${sanitize(read(citation))}`)}`] : []),
  ]);
}
