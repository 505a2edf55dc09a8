import stem from 'wink-porter2-stemmer';
import { normalizeAnswer } from '../bank/index.js';

// Function words carry no evidence of where an answer stands. A short list written here: the
// stop-word lists on npm come inside whole NLP toolkits, for a few hundred bytes of data.
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but
  by can could did do does doing down during each few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just me more most my myself no nor not of off on once only or other our
  ours ourselves out over own same she should so some such than that the their theirs them themselves then there these
  they this those through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves also s t said says say according article`
    .split(/\s+/)
    .filter(Boolean),
);

const stems = new Map<string, string>();

/** A word as the index compares it: its Porter stem (numbers, already normalised, as they are). */
function stemOf(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = /\d/.test(word) ? word : stem(word);
    stems.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Text → the terms retrieval compares: normalised as answers are (case, accents, typography,
 * "three" = "3", "19,000" = "19000"), function words dropped, the rest stemmed, in order.
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizeAnswer(text).split(' ')) {
    if (word === '' || STOP_WORDS.has(word)) continue;
    out.push(stemOf(word));
  }
  return out;
}
