import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Random {
  /** An integer in [0, below). */
  int(below: number): number;
}

/** A reproducible random source: the same seed text always gives the same sequence. */
export function seededRandom(seed: string): Random {
  const rng = xoroshiro128plus(hashSeed(seed));
  return { int: (below) => uniformInt(rng, 0, below - 1) };
}

/** Fisher–Yates over a copy. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A whole-number seed stays itself so `--seed 42` reads naturally; other text is hashed (FNV-1a). */
function hashSeed(seed: string): number {
  if (/^\d{1,9}$/.test(seed)) return Number(seed);
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
