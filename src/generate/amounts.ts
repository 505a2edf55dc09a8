import type { Kept } from './clause.js';
import { DIRECTION_ADVERBS, type Direction } from './english/directions.js';
import type { Token } from './nlp.js';
import { numericValue, spanText } from './phrases.js';

// Amounts as a change is stated in them: "almost 23%", "2.05 euros", "£450.7m", "16.29 points",
// "458.5p". The tagger marks some as entities and misses others ("458.5p", "16.29 points"), so
// they are read here from the tokens: a number, its currency before it, its unit after it.

export interface Amount {
  /** Tokens [first, last], the approximating words ("almost", "more than") included. */
  readonly first: number;
  readonly last: number;
  /** As the article writes it: "almost 23%". */
  readonly text: string;
  /** The words that make it approximate, with their space: "almost ", or "". */
  readonly approximation: string;
  /** Without them: "23%". */
  readonly figure: string;
  readonly value: number;
  /** What it counts, for telling which amounts can stand in for each other: "%", "£m", "points". */
  readonly unit: string;
}

const APPROXIMATE = /^(about|around|almost|nearly|roughly|some|over|just|approximately)$/i;
const TWO_WORD_APPROXIMATE = /^(more than|less than|fewer than|up to|as much as|as little as|just over|just under)$/i;
const CURRENCY = /^(?:[A-Z]{1,2})?[$£€¥]$/;
const SCALE = /^(million|billion|trillion|m|bn|k)$/i;
/** Units written after a number; "%" and its spellings are one unit. */
const UNITS: ReadonlyMap<string, string> = new Map([
  ['%', '%'],
  ['percent', '%'],
  ['points', 'points'],
  ['point', 'points'],
  ['p', 'pence'],
  ['pence', 'pence'],
  ['cents', 'cents'],
  ['euros', '€'],
  ['euro', '€'],
  ['dollars', '$'],
  ['pounds', '£'],
  ['yen', '¥'],
  ['shillings', 'shillings'],
  ['baht', 'baht'],
]);

const isNumber = (t: Token | undefined) => t !== undefined && (t.pos === 'NUM' || /^\d[\d,.]*$/.test(t.text));

/** The amount whose number is at or right after token `at` (past a currency sign), if any. */
export function amountAt(tokens: readonly Token[], at: number): Amount | undefined {
  const first = at;
  let i = at;
  let currency = '';
  // "almost", "more than": part of the amount as the article gives it.
  if (APPROXIMATE.test(tokens[i]?.text ?? '')) i++;
  else if (TWO_WORD_APPROXIMATE.test(`${tokens[i]?.text} ${tokens[i + 1]?.text}`)) i += 2;
  else if (/^as (much|little) as$/i.test(`${tokens[i]?.text} ${tokens[i + 1]?.text} ${tokens[i + 2]?.text}`)) i += 3;
  const figureFirst = i;
  if (CURRENCY.test(tokens[i]?.text ?? '')) currency = tokens[i++]!.text;
  if (!isNumber(tokens[i])) return undefined;
  const number = i;
  let last = i;
  let scale = '';
  if (SCALE.test(tokens[last + 1]?.text ?? '')) scale = tokens[++last]!.text.toLowerCase();
  let unit = currency ? `${currency}${scale.charAt(0)}` : '';
  const after = tokens[last + 1];
  if (!currency && after) {
    const named = UNITS.get(after.text.toLowerCase());
    if (named) {
      unit = named;
      last++;
    } else if (after.text === 'per' && tokens[last + 2]?.text === 'cent') {
      unit = '%';
      last += 2;
    }
  }
  // "to about 27,300 students": the thing counted is the unit.
  if (!unit && !currency && after?.pos === 'NOUN' && /[^s]s$/.test(after.text)) {
    unit = after.text.toLowerCase();
    last++;
  }
  if (!unit) return undefined; // a bare number: of what, the sentence would have to say
  const value = numericValue(`${tokens[number]!.text}${scale ? ` ${scale}` : ''}`);
  if (value === undefined) return undefined;
  const figure = spanText(tokens, figureFirst, last);
  const text = spanText(tokens, first, last);
  return { first, last, text, approximation: text.slice(0, text.length - figure.length), figure, value, unit };
}

/** Every amount of a sentence, in order. */
export function amountsIn(tokens: readonly Token[]): Amount[] {
  const found: Amount[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const amount = amountAt(tokens, i);
    if (!amount) continue;
    found.push(amount);
    i = amount.last;
  }
  return found;
}

/** Whether two amounts can stand in for each other: one unit, within a factor of five. */
export const comparable = (a: Amount, b: Amount) =>
  a.unit === b.unit && a.value > 0 && b.value > 0 && a.value / b.value <= 5 && b.value / a.value <= 5;

/**
 * The amounts after a verb of change: "by almost 23% to 2.05 euros", "1.7%", "from 6% to 5.7%",
 * "6% at 458.5p". Returns them and the position after the last.
 */
export function readAmounts(tokens: readonly Token[], words: readonly number[], from: number) {
  const found: { by?: Amount; from?: Amount; to?: Amount } = {};
  let n = from;
  const take = (role: 'by' | 'from' | 'to', preposition: RegExp | undefined) => {
    const at = words[n];
    if (at === undefined || found[role]) return false;
    const start = preposition ? (preposition.test(tokens[at]!.text) ? at + 1 : -1) : at;
    if (start < 0) return false;
    // "to 10,847.66": an index's level has no unit, but after "to" it needs none.
    const amount = amountAt(tokens, start) ?? (role === 'to' && found.by ? levelAt(tokens, start) : undefined);
    if (!amount || !words.includes(amount.last)) return false;
    found[role] = amount;
    n = words.indexOf(amount.last) + 1;
    return true;
  };
  take('by', /^by$/i) || take('by', undefined);
  take('from', /^from$/i);
  take('to', /^(to|at)$/i);
  return { ...found, next: n };
}

/** A bare number a figure moved to: "to 10,847.66". */
function levelAt(tokens: readonly Token[], at: number): Amount | undefined {
  const token = tokens[at];
  const value = token && /^\d[\d,]*(\.\d+)?$/.test(token.text) ? Number(token.text.replace(/,/g, '')) : undefined;
  if (value === undefined) return undefined;
  return { first: at, last: at, text: token!.text, approximation: '', figure: token!.text, value, unit: 'level' };
}

/** A rise from more to less is a misreading: the sentence is passed over. */
export const consistent = (direction: Direction, from: Amount | undefined, to: Amount | undefined) =>
  !from || !to || from.unit !== to.unit || (direction === 'up' ? to.value > from.value : to.value < from.value);

/** ", up from 31 percent in 2017" after a clause: where the figure stood before. */
export function upFrom(tokens: readonly Token[], after: Kept): { direction: Direction; amount: Amount } | undefined {
  const [comma, word, from, start] = after.map((i) => tokens[i]!);
  if (comma?.text !== ',' || from?.text !== 'from' || !start) return undefined;
  const direction = DIRECTION_ADVERBS.get(word?.text.toLowerCase() ?? '');
  const amount = amountAt(tokens, after[3]!);
  return direction && amount ? { direction, amount } : undefined;
}
