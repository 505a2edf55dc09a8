import { describe, expect, it } from 'vitest';
import { mapSpan, stripMarkdown } from '../../src/articles/markdown.js';
import { findOnWordEdges } from '../../src/bank/word-edges.js';

describe('stripMarkdown', () => {
  it.each([
    ['**bold** and *italic*', 'bold and italic'],
    ['_emphasis_ but snake_case stays', 'emphasis but snake_case stays'],
    ['a [link](https://x.org/a_b) here', 'a link here'],
    ['an ![image](pic.png) too', 'an image too'],
    ['`code` ticks', 'code ticks'],
    ['## Heading', 'Heading'],
    ['> quoted line', 'quoted line'],
    ['plain text', 'plain text'],
    ['5 * 3 = 15', '5 * 3 = 15'],
    ['a _ b and 2 ** 8', 'a _ b and 2 ** 8'],
    ['fields are marked *', 'fields are marked *'],
  ])('%s → %s', (input, expected) => {
    expect(stripMarkdown(input).text).toBe(expected);
  });

  it('maps every character back to where it stood in the source', () => {
    const source = 'See **Khalid** [here](u).';
    const plain = stripMarkdown(source);
    expect([...plain.origin].map((i) => source[i]).join('')).toBe(plain.text);
    const khalid = source.indexOf('Khalid');
    expect(mapSpan(plain, { start: khalid, end: khalid + 6 })).toEqual({ start: 4, end: 10 });
  });
});

describe('findOnWordEdges', () => {
  it.each([
    ['the bridge opened', 'bridge', [4]],
    ['the bridge opened', 'ridge', []],
    ['the bridge opened', 'bridge open', []],
    ['“blood with blood”', 'blood', [1, 12]],
    ["Palmer's car", 'Palmer', [0]],
    ['café crème', 'café', [0]],
    ['cafés', 'café', []],
  ])('%s: %s at %j', (text, needle, expected) => {
    expect([...findOnWordEdges(text, needle)]).toEqual(expected);
  });
});
