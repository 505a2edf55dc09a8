import { isNode, isPair, LineCounter, parseDocument, type Document } from 'yaml';
import type { YamlPath } from './yaml-source.js';

/**
 * Line and column (1-based) of the value at each path, or of its nearest ancestor that exists.
 * Only a bank with problems needs this, so callers load this module on demand.
 */
export function locatePaths(text: string, paths: readonly YamlPath[]): { line: number; column: number }[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  return paths.map((path) => {
    const { line, col } = lineCounter.linePos(offsetOf(doc, path));
    return { line, column: col };
  });
}

function offsetOf(doc: Document, path: YamlPath): number {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
    if (isPair(node) && isNode(node.key) && node.key.range) return node.key.range[0];
  }
  return 0;
}

/**
 * The first syntax error as the \`yaml\` parser places it. js-yaml, which reads banks, reports where
 * reading finally broke: for an unclosed quote, dozens of lines on ("duplicated mapping key"),
 * where the quoted text ran out. \`yaml\` names the line the quote was opened on.
 */
export function firstSyntaxError(text: string): { line: number; column: number; message: string } | undefined {
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
