import type { Vectors } from '../language.js';

// The word vectors file that scripts/word-vectors.mjs writes at build time (its comment gives the
// layout): words commonest first, each vector as int8.

const MAGIC = 'CQWV';
const FORMAT = 2;

export class VectorsFileError extends Error {}

/** The vectors file's bytes → vectors. Throws VectorsFileError on a file of another layout. */
export function parseVectors(bytes: Buffer): Vectors {
  const fail = (why: string): never => {
    throw new VectorsFileError(why);
  };
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) fail('not a word vectors file');
  const headerEnd = 8 + bytes.readUInt32LE(4);
  if (headerEnd + 4 > bytes.length) fail('cut short');
  const header = JSON.parse(bytes.toString('utf8', 8, headerEnd)) as {
    format: number;
    count: number;
    dimensions: number;
  };
  if (header.format !== FORMAT) fail(`format ${header.format}, expected ${FORMAT}`);
  const wordsEnd = headerEnd + 4 + bytes.readUInt32LE(headerEnd);
  const { count, dimensions } = header;
  if (wordsEnd + count * dimensions > bytes.length) fail('cut short');
  const words = bytes.toString('utf8', headerEnd + 4, wordsEnd).split('\n');
  if (words.length !== count) fail(`${words.length} words, expected ${count}`);
  const ranks = new Map<string, number>();
  for (const [i, word] of words.entries()) if (!ranks.has(word)) ranks.set(word, i);
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + wordsEnd, count * dimensions);
  // Each word's unit vector is made once, on first use: a bank asks for the same words again and again.
  const made: (Float32Array | undefined)[] = [];
  return {
    vector(word) {
      const rank = ranks.get(word);
      if (rank === undefined) return undefined;
      let vector = made[rank];
      if (!vector) {
        vector = new Float32Array(dimensions);
        let norm = 0;
        for (let i = 0; i < dimensions; i++) {
          const value = values[rank * dimensions + i]!;
          vector[i] = value;
          norm += value * value;
        }
        norm = Math.sqrt(norm);
        for (let i = 0; i < dimensions; i++) vector[i]! /= norm;
        made[rank] = vector;
      }
      return vector;
    },
    rank: (word) => ranks.get(word),
  };
}
