import { isNode, isPair, LineCounter, parseDocument, type Document } from 'yaml';
import { outlineYaml, type Outline } from './yaml-outline.js';
import type { YamlPath } from './yaml-source.js';

type Position = { line: number; column: number };

/**
 * Beyond this size a bank is never parsed whole by `yaml`, which takes about 50 times the text in
 * memory: a bank the outline cannot read (its lists written in flow style, say) has its problems
 * placed at the nearest top-level key instead.
 */
const WHOLE_PARSE_LIMIT = 2 * 1024 * 1024;

/**
 * Line and column (1-based) of the value at each path, or of its nearest ancestor that exists.
 * Only a bank with problems needs this, so callers load this module on demand. An item of a
 * top-level list (a question, an article) is found from the outline, and a place inside it by
 * parsing that item's text alone: a 50 MB bank with one bad quote is read once, not built whole.
 */
export function locatePaths(text: string, paths: readonly YamlPath[]): Position[] {
  const outline = outlineYaml(text);
  let whole: Parsed | undefined;
  return paths.map((path) => {
    const found = outline && placeInOutline(text, outline, path);
    if (found) return found;
    if (text.length <= WHOLE_PARSE_LIMIT) return (whole ??= parse(text)).placeOf(path) ?? START;
    const key = typeof path[0] === 'string' ? outline?.keys.get(path[0]) : undefined;
    return key ? { line: key.line, column: key.column } : START;
  });
}

const START: Position = { line: 1, column: 1 };

function placeInOutline(text: string, outline: Outline, path: YamlPath): Position | undefined {
  const [key, index, ...rest] = path;
  if (typeof key !== 'string') return undefined;
  const items = outline.lists.get(key);
  if (typeof index !== 'number' || !items || path.length === 1) return undefined;
  const item = items[index];
  if (!item) return undefined;
  const at = { line: item.line, column: item.column };
  if (rest.length === 0) return at;
  // The item's text, indented as it was and with nothing before it on its line: the same columns,
  // and a document of its own.
  const own = parse(' '.repeat(item.column - 1) + text.slice(item.offset, item.end));
  const inner = own.faulty ? undefined : own.placeOf(rest);
  return inner ? { line: item.line + inner.line - 1, column: inner.column } : at;
}

interface Parsed {
  /** `yaml` found errors in the text. */
  readonly faulty: boolean;
  /** The place of the value at the path or of its nearest ancestor; none when neither is there. */
  placeOf(path: YamlPath): Position | undefined;
}

function parse(text: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  return {
    faulty: doc.errors.length > 0,
    placeOf: (path) => {
      const offset = offsetOf(doc, path);
      if (offset === undefined) return undefined;
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    },
  };
}

function offsetOf(doc: Document, path: YamlPath): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
    if (isPair(node) && isNode(node.key) && node.key.range) return node.key.range[0];
  }
  return undefined;
}

/**
 * The first syntax error as the \`yaml\` parser places it. js-yaml, which reads banks, reports where
 * reading finally broke: for an unclosed quote, dozens of lines on ("duplicated mapping key"),
 * where the quoted text ran out. \`yaml\` names the line the quote was opened on.
 */
export function firstSyntaxError(text: string): { line: number; column: number; message: string } | undefined {
  // A bank larger than `yaml` may parse whole keeps the place js-yaml found.
  if (text.length > WHOLE_PARSE_LIMIT) return undefined;
  const lineCounter = new LineCounter();
  const error = parseDocument(text, { lineCounter }).errors[0];
  if (!error) return undefined;
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const message = error.message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/^Missing closing (["'])quote$/, 'the $1 quote opened on this line is not closed');
  return { line, column: col, message };
}
