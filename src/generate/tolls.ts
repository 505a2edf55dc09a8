import type { Draft } from './draft.js';
import { TOLLS } from './english/words.js';
import type { BankMaterial } from './kinds/kind.js';
import type { Phrase } from './phrases.js';
import { prompt } from './prompt.js';
import type { WorkingSentence } from './sentences.js';

// The toll of the event a story is about: how many people each report says were killed, injured
// or evacuated, how many homes were destroyed, how much land burned. Reports of one disaster give
// it differently as the count grows ("more than 23,000" in one, "at least 38,000" in a later
// one), in words the wh-questions cannot ask ("with at least 23,000 people killed"); these counts
// are found by the words next to the figure instead.

/** How far from its figure a toll's word may stand: "left four people, including the attacker, dead". */
const WINDOW = 7;
/** How far before its figure a toll's verb may stand: "killing at least three people". */
const BEFORE = 4;
/** Reports of one event published further apart than this are taken for two events. */
const SAME_EVENT_DAYS = 14;
/** How many sentences from its top a report tells its own event's news (its toll, a claim) within. */
export const TOLD_NEAR_THE_TOP = 6;
const YEAR = /^(1[89]|20)\d\d$/;
/**
 * Sentences no question quotes, whose toll may still be compared: the question asks it in its own
 * words and only cites them. Not quoted speech, which is a speaker's claim.
 */
const TOLD_ANYWAY: ReadonlySet<string> = new Set(['too long', 'opens with a pronoun', 'opens without its subject']);

/**
 * What toll a count in `s` gives ("were killed"), by the toll word beside it: the verb before the
 * figure first ("killing at least three people, injuring dozens" counts the dead), else the
 * nearest word after it ("left four people, including the attacker, dead").
 */
function tollOf(s: WorkingSentence, phrase: Phrase, counted: string): string | undefined {
  let before: { distance: number; asked: string } | undefined;
  let after: { distance: number; asked: string } | undefined;
  for (const toll of TOLLS) {
    if (!toll.counted.has(counted)) continue;
    for (const [i, t] of s.tokens.entries()) {
      const ahead = i < phrase.first;
      const distance = ahead ? phrase.first - i : i - (phrase.noun?.last ?? phrase.last);
      if (distance <= 0 || distance > (ahead ? BEFORE : WINDOW)) continue;
      if (!toll.words.has(t.text.toLowerCase()) && !toll.words.has(t.lemma)) continue;
      const found = { distance, asked: toll.asked };
      if (ahead && (!before || distance < before.distance)) before = found;
      if (!ahead && (!after || distance < after.distance)) after = found;
    }
  }
  return (before ?? after)?.asked;
}

/**
 * Each article's toll of each kind: the first count it gives of the thing counted with a toll
 * word beside it, in a sentence naming no year (a year marks an earlier disaster, "Mitch killed about
 * 10,000 people ... in 1998").
 */
export function tollDrafts(bank: BankMaterial): Draft[] {
  const drafts: Draft[] = [];
  const found = new Set<string>();
  for (const s of [...bank.sentencesOf.values()].flat()) {
    if (s.unfit !== undefined && !TOLD_ANYWAY.has(s.unfit)) continue;
    // A report gives its own event's toll near its top; a count further down is as often of an
    // earlier attack it recalls ("a truck ... at a Christmas market in Berlin ... left 12 dead").
    if (s.index >= TOLD_NEAR_THE_TOP) continue;
    // A dateline's year ("ALDERTON, 14 August 2025 —") is the report's own.
    if (s.tokens.some((t) => t.start >= s.lead && YEAR.test(t.text))) continue;
    for (const phrase of s.phrases) {
      if (phrase.kind !== 'count' || phrase.value === undefined || !phrase.noun) continue;
      const noun = phrase.noun.text.toLowerCase();
      const asked = tollOf(s, phrase, noun);
      const key = `${s.article}|${noun}|${asked ?? ''}`;
      if (!asked || found.has(key)) continue;
      found.add(key);
      drafts.push({
        kind: 'wh-question',
        sentence: s,
        prompt: prompt('wh', { wh: 'How many', clause: `${noun} ${asked}`, asks: 'subject' }),
        answer: phrase.text,
        phrase,
        answerKind: 'count',
        wh: 'How many',
        simplified: true,
      });
    }
  }
  return drafts;
}

/** Whether two articles' tolls count one event: the same toll, of one story's reports. */
export function sameEvent(bank: BankMaterial, a: Draft, b: Draft): boolean {
  return (
    a.prompt.slots.clause === b.prompt.slots.clause && reportsOfOneEvent(bank, a.sentence.article, b.sentence.article)
  );
}

/** Two articles on one story, not published weeks apart (then they tell of two events). */
export function reportsOfOneEvent(bank: BankMaterial, a: string, b: string): boolean {
  if (a === b || !bank.sameStory.get(a)?.has(b)) return false;
  const dates = publishedOf(bank);
  const [x, y] = [dates.get(a), dates.get(b)];
  if (!x || !y) return true;
  return Math.abs(Date.parse(x) - Date.parse(y)) <= SAME_EVENT_DAYS * 86_400_000;
}

/** Each article's publication date, by id: read once a bank, as pairs of articles are weighed. */
function publishedOf(bank: BankMaterial): ReadonlyMap<string, string | undefined> {
  let dates = published.get(bank);
  if (!dates) published.set(bank, (dates = new Map(bank.articles.map((a) => [a.id, a.published]))));
  return dates;
}
const published = new WeakMap<BankMaterial, ReadonlyMap<string, string | undefined>>();
