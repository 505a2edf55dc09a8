import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportSyntaxError } from './types.js';

/**
 * XML text → plain objects (fast-xml-parser): attributes as fields, values as text, the elements
 * named in `lists` always arrays. Malformed XML is an error naming its line.
 */
export function readXml(text: string, lists: readonly string[], shownPath = ''): unknown {
  const source = text.replace(/^\uFEFF/, '');
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still in fast-xml-parser 5; its successor is a dependency of its own
  const valid = XMLValidator.validate(source);
  if (valid !== true)
    throw new ImportSyntaxError(`${shownPath}not well-formed XML: ${valid.err.msg}`, valid.err.line, valid.err.col);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => lists.includes(name),
  });
  return parser.parse(source);
}

/** An element's text, whether the parser gave it as a string or as an object with attributes. */
export const textOf = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(textOf).join('');
  if (typeof value === 'object') return textOf((value as Record<string, unknown>)['#text']);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' ? value : '';
};

/** Where each `<name` opens in the text, as 1-based line numbers, in document order. */
export const elementLines = (text: string, name: string): number[] => {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const match of text.matchAll(new RegExp(`<${name}\\b`, 'g'))) {
    for (let i = from; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
    from = match.index;
    lines.push(line);
  }
  return lines;
};
