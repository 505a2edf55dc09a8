import { isNode, isPair, LineCounter, parseDocument, type Document } from 'yaml';

export type YamlPath = readonly (string | number)[];

export interface YamlSource {
  readonly data: unknown;
  readonly errors: readonly { readonly message: string; readonly line: number; readonly column: number }[];
  /** Line and column (1-based) of the value at `path`, or of its nearest ancestor that exists. */
  locate(path: YamlPath): { line: number; column: number };
}

/** Parses YAML keeping enough to point error messages at lines; positions are looked up on demand. */
export function parseYamlSource(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { message: firstLine(error.message), line, column: col };
  });
  return {
    data: errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 }),
    errors,
    locate: (path) => {
      const offset = offsetOf(doc, path);
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    },
  };
}

function offsetOf(doc: Document, path: YamlPath): number {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
    if (isPair(node) && isNode(node.key) && node.key.range) return node.key.range[0];
  }
  return 0;
}

const firstLine = (message: string) => message.split('\n')[0]!.trim();
