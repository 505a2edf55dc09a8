import type { Draft } from './draft.js';
import { CASUALTY_NOUNS, CASUALTY_WORDS } from './english/words.js';
import type { BankMaterial } from './kinds/kind.js';
import { statementSentences } from './kinds/kind.js';
import type { Phrase } from './phrases.js';
import { prompt } from './prompt.js';
import type { WorkingSentence } from './sentences.js';

// The toll of the event a story is about: how many people each report says were killed or
// injured. Reports of one disaster give it differently as the count grows ("more than 23,000"
// in one, "at least 38,000" in a later one), in words the wh-questions cannot ask ("with at least
// 23,000 people killed"); these counts are found by the words next to the figure instead.

/** How far from its figure a toll's word may stand: "left four people, including the attacker, dead". */
const WINDOW = 7;
/** Reports of one event published further apart than this are taken for two events. */
const SAME_EVENT_DAYS = 14;
const YEAR = /^(1[89]|20)\d\d$/;

/** The class of toll a count in `s` gives ("were killed"), by the nearest casualty word. */
function tollClass(s: WorkingSentence, phrase: Phrase): string | undefined {
  let best: { distance: number; asked: string } | undefined;
  for (const [i, t] of s.tokens.entries()) {
    const distance = i < phrase.first ? phrase.first - i : i - (phrase.noun?.last ?? phrase.last);
    if (distance <= 0 || distance > WINDOW) continue;
    const word = t.text.toLowerCase();
    for (const [asked, words] of Object.entries(CASUALTY_WORDS))
      if ((words.has(word) || words.has(t.lemma)) && (!best || distance < best.distance)) best = { distance, asked };
  }
  return best?.asked;
}

/**
 * Each article's toll of each class: the first count of people it gives with a casualty word
 * beside it, in a sentence naming no year (a year marks an earlier disaster, "Mitch killed about
 * 10,000 people ... in 1998").
 */
export function tollDrafts(bank: BankMaterial): Draft[] {
  const drafts: Draft[] = [];
  const found = new Set<string>();
  for (const s of statementSentences(bank)) {
    if (s.tokens.some((t) => YEAR.test(t.text))) continue;
    for (const phrase of s.phrases) {
      if (phrase.kind !== 'count' || phrase.value === undefined || !phrase.noun) continue;
      const noun = phrase.noun.text.toLowerCase();
      if (!CASUALTY_NOUNS.has(noun)) continue;
      const asked = tollClass(s, phrase);
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

/** Whether two articles' tolls count one event: on one story, and not published weeks apart. */
export function sameEvent(bank: BankMaterial, a: Draft, b: Draft): boolean {
  if (a.sentence.article === b.sentence.article) return false;
  if (!bank.sameStory.get(a.sentence.article)?.has(b.sentence.article)) return false;
  if (a.prompt.slots.clause !== b.prompt.slots.clause) return false;
  const dated = (d: Draft) => bank.articles.find((x) => x.id === d.sentence.article)?.published;
  const [x, y] = [dated(a), dated(b)];
  if (!x || !y) return true;
  return Math.abs(Date.parse(x) - Date.parse(y)) <= SAME_EVENT_DAYS * 86_400_000;
}
