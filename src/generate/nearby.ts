import type { Random } from '../random.js';
import type { AnswerKind } from './phrases.js';
import { MONTHS, WEEKDAYS } from './english/words.js';

// Wrong numbers, years and dates made near the answer, for when the bank's own run short.

/** The items from a random place on, wrapping round: a cheap varied order for long pools. */
export const rotate = <T>(items: readonly T[], random: Random): T[] => {
  if (items.length === 0) return [];
  const start = random.int(items.length);
  return [...items.slice(start), ...items.slice(0, start)];
};

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const NUMBER = /\d[\d,]*(?:\.\d+)?/;

export interface NearbyRequest {
  readonly answer: string;
  readonly kind: AnswerKind;
  /** "more than 1,100": wrong answers must lie above the answer; "less than 20": below. */
  readonly direction?: 'above' | 'below';
}

/** Numbers, years and dates near the answer, written the way the answer is written. */
export function nearby(request: NearbyRequest, random: Random): string[] {
  const { answer, kind } = request;
  if (kind === 'date') return rotate(swapDateWords(answer), random);
  const word = NUMBER_WORDS.indexOf(answer.toLowerCase());
  const match = NUMBER.exec(answer);
  if (word < 0 && !match) return [];
  const written = match?.[0] ?? '';
  const value = word >= 0 ? word : Number(written.replace(/,/g, ''));
  const decimals = written.includes('.') ? written.split('.')[1]!.length : 0;
  const small = kind === 'year' || (value <= 12 && decimals === 0);
  // Steps drawn at random, so that no pair of choices (one double the other) marks the answer.
  // All of them, in a random order: steps that round to the same number leave others to fill in.
  const steps = (options: readonly number[]) => rotate(options, random);
  const below = small
    ? [1, 2, 3].map((d) => value - d)
    : steps([0.5, 0.6, 0.7, 0.75, 0.8]).map((f) => roundLike(value * f, value, decimals));
  const above = small
    ? [1, 2, 3].map((d) => value + d)
    : steps([1.2, 1.25, 1.3, 1.4, 1.5, 1.6, 1.75, 2]).map((f) => roundLike(value * f, value, decimals));
  // "one attackers": a count of a plural noun stays plural.
  const least = kind === 'count' ? 2 : 0;
  const fits = (n: number) =>
    n >= least && n !== value && (kind !== 'percent' || n <= 100) && (word < 0 || n < NUMBER_WORDS.length);
  const write = (n: number) =>
    word >= 0 ? matchCase(NUMBER_WORDS[n]!, answer) : answer.replace(written, formatLike(n, written, decimals));
  // Where the answer falls among the choices is left to chance, not always second-smallest;
  // "more than N" takes only larger wrong answers and "less than N" only smaller, or they
  // would be right as well.
  const lower = request.direction === 'above' ? [] : below.filter(fits);
  const higher = request.direction === 'below' ? [] : above.filter(fits);
  const fromBelow = Math.min(lower.length, random.int(4));
  return [...lower.slice(0, fromBelow), ...higher, ...lower.slice(fromBelow)].map(write);
}

/** Keeps as many significant trailing zeros as the original: 28,450 → 14,230 rather than 14,225. */
function roundLike(value: number, original: number, decimals: number): number {
  if (decimals > 0) return Number(value.toFixed(decimals));
  const zeros = /0*$/.exec(String(original))![0].length;
  const unit = 10 ** Math.max(zeros, String(Math.round(value)).length > 3 ? 1 : 0);
  return Math.max(unit, Math.round(value / unit) * unit);
}

function formatLike(value: number, written: string, decimals: number): string {
  const fixed = value.toFixed(decimals);
  if (!written.includes(',')) return fixed;
  const [whole, fraction] = fixed.split('.');
  return `${Number(whole).toLocaleString('en-US')}${fraction ? `.${fraction}` : ''}`;
}

const matchCase = (word: string, like: string) => (/^[A-Z]/.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word);

/** "Thursday, 28 August" → other weekdays, other months. */
function swapDateWords(answer: string): string[] {
  const out: string[] = [];
  for (const names of [MONTHS, WEEKDAYS]) {
    for (const [i, name] of names.entries()) {
      const re = new RegExp(`\\b${name}\\b`, 'i');
      if (!re.test(answer)) continue;
      for (const step of [1, -1, 2, -2, 3]) {
        const other = names[(i + step + names.length) % names.length]!;
        out.push(answer.replace(re, matchCase(other, name.charAt(0).toUpperCase())));
      }
    }
  }
  return out;
}
