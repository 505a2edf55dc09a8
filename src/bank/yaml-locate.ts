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
