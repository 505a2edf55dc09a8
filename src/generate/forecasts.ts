import { amountAt } from './amounts.js';
import { whenAfter } from './changes.js';
import { render, withoutStop } from './clause.js';
import { DIRECTION_WORDS, type Direction } from './english/directions.js';
import type { Token } from './nlp.js';
import { questionSubject, type Subject, type Surroundings } from './referent.js';
import type { WorkingSentence } from './sentences.js';
import { firstClause, keptWords, verbIndex } from './clause-cuts.js';
import { isPlural } from './statement.js';
import { REFERENT_NOUNS } from './english/words.js';

/** A figure set against what was forecast or aimed at, as one sentence reports it. */
export interface Comparison {
  readonly sentence: WorkingSentence;
  readonly subject: Subject;
  /** "in the third quarter": which figure. */
  readonly when: string;
  readonly tense: 'past' | 'present';
  readonly plural: boolean;
  /** What it is set against, as the article names it: "the 0.6% forecast", "forecast". */
  readonly standard: string;
  /** Which way it stood: above or below; "level" for "in line with". */
  readonly direction: Direction | 'level';
  /** The words for above and below the sentence's own comparison uses: "faster", "slower". */
  readonly words: { readonly up: string; readonly down: string };
}

const STANDARD = /^(forecasts?|targets?|estimates?|expectations|predictions|expected|forecast|predicted|estimated)$/i;

/**
 * ", ahead of the 0.6% forecast", ", short of the 2.5% target", ", slower than forecast": the
 * comparison after a clause, read as a direction and what the figure was set against.
 */
function comparisonAfter(tokens: readonly Token[], after: readonly number[]) {
  const words = after.map((i) => tokens[i]!.text.toLowerCase());
  if (words[0] !== ',') return undefined;
  let direction: Direction | 'level' | undefined;
  let pair: { up: string; down: string } = { up: 'higher', down: 'lower' };
  let n = 1;
  const two = `${words[1]} ${words[2]}`;
  if (two === 'ahead of' || two === 'short of') {
    direction = DIRECTION_WORDS.get(two)!.direction;
    n = 3;
  } else if (`${two} ${words[3]}` === 'in line with') {
    direction = 'level';
    n = 4;
  } else if (words[1] === 'above' || words[1] === 'below') {
    direction = DIRECTION_WORDS.get(words[1])!.direction;
    n = 2;
  } else if (words[2] === 'than' && DIRECTION_WORDS.has(words[1] ?? '')) {
    const word = DIRECTION_WORDS.get(words[1]!)!;
    direction = word.direction;
    pair = word.direction === 'up' ? { up: words[1]!, down: word.opposite } : { up: word.opposite, down: words[1]! };
    n = 3;
  }
  if (!direction) return undefined;
  // The standard: "the 0.6% forecast", "forecast", "the government's target of 2.5%".
  const rest = after.slice(n);
  const end = rest.findIndex((i) => STANDARD.test(tokens[i]!.text));
  if (end < 0 || end > 5) return undefined;
  const close = tokens[rest[end + 1] ?? -1];
  const withAmount =
    close?.text === 'of' && amountAt(tokens, rest[end + 2]!) ? amountAt(tokens, rest[end + 2]!) : undefined;
  const last = withAmount ? rest.indexOf(withAmount.last) : end;
  const following = tokens[rest[last + 1] ?? -1];
  if (following && !/^[.,;]$/.test(following.text)) return undefined;
  return { direction, pair, standard: render(tokens, rest.slice(0, last + 1)) };
}

/** "Growth for the quarter was 0.8%, ahead of the 0.6% forecast": the figure and its standard. */
export function comparisonsIn(s: WorkingSentence, around: Surroundings = {}): Comparison[] {
  if (s.unfit) return [];
  const { tokens } = s;
  const kept = keptWords(s);
  const clause = withoutStop(tokens, firstClause(s));
  if (clause.length === 0) return [];
  const compared = comparisonAfter(tokens, kept.slice(kept.indexOf(clause.at(-1)!) + 1));
  const verb = verbIndex(tokens, clause);
  if (!compared || verb < 1) return [];
  const verbToken = tokens[clause[verb]!]!;
  const text = verbToken.text.toLowerCase();
  const tense = /^(is|are|has|have)$/.test(text)
    ? 'present'
    : /^(was|were)$/.test(text) || verbToken.pos === 'VERB'
      ? 'past'
      : undefined;
  const subject = questionSubject(s, clause.slice(0, verb), around);
  // The figure itself: the first amount after the verb, and the setting after it.
  const amount = clause
    .slice(verb + 1)
    .map((i) => amountAt(tokens, i))
    .find((a) => a !== undefined);
  if (!tense || !subject || !amount) return [];
  const when = whenAfter(tokens, clause.slice(clause.indexOf(amount.last) + 1));
  if (when === undefined) return [];
  // "The economy grew 3.7%": what stood against the forecast is its growth.
  const grew = verbToken.lemma.toLowerCase() === 'grow';
  const { direction, pair, standard } = compared;
  // "the company's target": whose, the sentence before would have to say.
  if (
    /\bthe (\w+)['’]s\b/i.test(standard) &&
    REFERENT_NOUNS.has(/\bthe (\w+)['’]s\b/i.exec(standard)![1]!.toLowerCase())
  )
    return [];
  return [
    {
      sentence: s,
      subject: grew ? { ...subject, text: `the growth of ${subject.text}` } : subject,
      when,
      tense,
      plural: !grew && isPlural(s, clause.slice(0, verb)),
      standard,
      direction,
      words: pair,
    },
  ];
}
