import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isNode, isPair, LineCounter, parseDocument } from 'yaml';
import { firstSyntaxError, locatePaths } from '../../src/bank/yaml-locate.js';
import type { YamlPath } from '../../src/bank/yaml-source.js';
import { BUNDLED_BANK } from '../helpers.js';

/** Where the `yaml` library puts each path when it builds the whole document: what locatePaths must say. */
function wholeDocument(text: string, paths: readonly YamlPath[]) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return paths.map((path) => {
    let offset = 0;
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) offset = node.range[0];
      else if (isPair(node) && isNode(node.key) && node.key.range) offset = node.key.range[0];
      else continue;
      break;
    }
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  });
}

/** Every path into the data, and paths to fields that are not there, as diagnostics name them. */
function pathsOf(value: unknown, path: YamlPath = []): YamlPath[] {
  const paths: YamlPath[] = [path, [...path, 'missing-field']];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...path, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  return paths;
}

const SHAPES: Record<string, string> = {
  'the bundled bank': readFileSync(join(BUNDLED_BANK, 'bank.yaml'), 'utf8'),
  'lists at the left margin, comments and blank lines between items': `# a bank
title: T
articles:
- id: a
  file: a.txt

# the second
- {id: b, file: b.txt}
questions:
-   id: q1
    sources:
      - article: a
        quote: >-
          folded
          over lines
-
  id: q2
  choices: [one, "two: 2", 'three']
  sources: [{article: b, quote: "x"}]
`,
  'aliases, CRLF and a flow list':
    'title: T\r\nchoices: &c [a, b]\r\nshared: &q2 {id: q2}\r\narticles: [{id: a}, {id: b,\r\n  file: b.txt}]\r\nquestions:\r\n  - {id: q, choices: *c}\r\n  - *q2\r\n  - id: q3\r\n',
  'a list of scalars and an empty item': 'questions:\n  - one\n  -\n  - three: 3\n',
};

const question = (i: number) =>
  `  - id: q${i}\n    prompt: "Question ${i}?"\n    sources:\n      - article: a\n        quote: "quote ${i}"\n`;
const questions = (count: number) => Array.from({ length: count }, (_, i) => question(i)).join('');

describe('locatePaths', () => {
  it.each(Object.entries(SHAPES))('puts every path in %s where the whole document does', (_name, text) => {
    const paths = pathsOf(load(text));
    expect(locatePaths(text, paths)).toEqual(wholeDocument(text, paths));
  });

  it('finds a question in a bank too large to parse whole with `yaml`', () => {
    const text = `title: T\nquestions:\n${questions(30_000)}`;
    expect(text.length).toBeGreaterThan(3 * 1024 * 1024);
    const [place] = locatePaths(text, [['questions', 25_000, 'sources', 0, 'quote']]);
    expect(place).toEqual({ line: 2 + 25_000 * 5 + 5, column: 16 });
  });
});

describe('firstSyntaxError', () => {
  const unclosed = (count: number) => `title: T\nquestions:\n  - id: "q\n${questions(count)}`;

  it('finds where an unclosed quote opens', () => {
    expect(firstSyntaxError(unclosed(10))).toMatchObject({ line: 3, message: expect.stringContaining('not closed') });
  });

  // `yaml` takes about 50 times the text in memory: 2.7 GB for a bank of 50 MB.
  it('leaves a bank too large to parse whole with `yaml` where js-yaml found its error', () => {
    expect(firstSyntaxError(unclosed(30_000))).toBeUndefined();
  });
});
