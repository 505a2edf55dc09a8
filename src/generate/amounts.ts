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
