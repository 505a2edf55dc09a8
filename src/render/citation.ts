import type { ReportSource } from '../quiz/report.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';

/** `“Title” (Outlet), paragraph 4` */
export function citationLine(source: ReportSource, style: Style): string {
  const outlet = source.outlet ? ` (${sanitize(source.outlet)})` : '';
  return `${style.bold(`“${sanitize(source.title)}”`)}${outlet}, paragraph ${source.paragraph}`;
}

/** The cited sentence in quotation marks with the answer (or the quote) marked. */
export function markedSentence(source: ReportSource, style: Style): string {
  const { sentence, mark } = source;
  const before = sanitize(sentence.slice(0, mark.start));
  const marked = sanitize(sentence.slice(mark.start, mark.end));
  const after = sanitize(sentence.slice(mark.end));
  return `“${before}${style.mark(marked)}${after}”`;
}
