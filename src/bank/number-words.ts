// Written here rather than taken from npm: the packages that parse number words (words-to-numbers
// and kin) are unmaintained and pull in fuzzy-matching dependencies, while grading needs only
// English cardinals and the first ordinals, as a reader would type them.

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const ORDINALS: Readonly<Record<string, string>> = {
  first: '1st',
  second: '2nd',
  third: '3rd',
  fourth: '4th',
  fifth: '5th',
  sixth: '6th',
  seventh: '7th',
  eighth: '8th',
  ninth: '9th',
  tenth: '10th',
  eleventh: '11th',
  twelfth: '12th',
  thirteenth: '13th',
  fourteenth: '14th',
  fifteenth: '15th',
  sixteenth: '16th',
  seventeenth: '17th',
  eighteenth: '18th',
  nineteenth: '19th',
  twentieth: '20th',
};

const ORDINAL_VALUES: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(ORDINALS).map(([word, digits]) => [word, parseInt(digits, 10)]),
);
const NUMERAL = /^\d+(\.\d+)?$/;
/** A cheap first look: most answers have no number word at all. */
const MAY_HAVE_NUMBER_WORDS = new RegExp(
  `\\b(${[...Object.keys(UNITS), ...Object.keys(SCALES), 'hundred', ...Object.keys(ORDINALS)].join('|')})`,
);

const isNumberWord = (word: string) => word in UNITS || word in SCALES || word === 'hundred';

/** "twenty" may be followed by "six", but "six" not by "four": that is two numbers, not one. */
const fitsAfter = (lastTwoDigits: number, value: number): boolean =>
  lastTwoDigits === 0 || (lastTwoDigits >= 20 && lastTwoDigits % 10 === 0 && value < 10);

/**
 * Replaces runs of number words in lower-case text with digits: "eighty-six" → "86",
 * "nineteen thousand" → "19000", "19 thousand" → "19000", "fourth" → "4th".
 */
export function numberWordsToDigits(text: string): string {
  if (!MAY_HAVE_NUMBER_WORDS.test(text)) return text;
  const words = text
    .replace(/(\p{L})-(\p{L})/gu, '$1 $2')
    .split(/\s+/)
    .filter(Boolean);
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    const ordinal = ORDINALS[word];
    if (ordinal) {
      out.push(ordinal);
      i++;
      continue;
    }
    const startsRun =
      isNumberWord(word) || (NUMERAL.test(word) && isNumberWord(words[i + 1] ?? '') && !(words[i + 1]! in UNITS));
    if (!startsRun) {
      out.push(word);
      i++;
      continue;
    }
    let total = 0;
    let current = 0;
    let ordinalEnd = '';
    let j = i;
    for (; j < words.length; j++) {
      const w = words[j]!;
      const previous = words[j - 1];
      const value = UNITS[w];
      if (j === i && NUMERAL.test(w)) current = Number(w);
      else if (w in ORDINALS && fitsAfter(current % 100, ORDINAL_VALUES[w]!) && current > 0) {
        // "twenty-first": the run ends in an ordinal, and so does the number.
        ordinalEnd = ORDINALS[w]!.slice(-2);
        current += ORDINAL_VALUES[w]!;
        j++;
        break;
      } else if (value !== undefined && fitsAfter(current % 100, value)) current += value;
      else if (w === 'hundred' && current % 100 !== 0 && current < 100) current *= 100;
      else if (w === 'hundred' && j === i) current = 100;
      else if (w in SCALES) {
        total += (current || 1) * SCALES[w]!;
        current = 0;
      } else if (w === 'and' && (previous === 'hundred' || previous! in SCALES) && (words[j + 1] ?? '') in UNITS)
        continue;
      else break;
    }
    out.push(String(total + current) + ordinalEnd);
    i = j;
  }
  return out.join(' ');
}
