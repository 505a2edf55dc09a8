import { normalizeAnswer } from '../bank/normalize-answer.js';
import type { Candidate } from './candidate.js';
import { contentWords, sharedWords } from './distractors.js';
import type { SourceArticle, WorkingSentence } from './sentences.js';
import { isCalendarWord, PERSON_TITLES } from './english/words.js';
import { kindOf } from './kinds/index.js';

// What makes a bank hang together as quizzes are read: which articles tell one story, and which
// questions would give each other away.

/** A question's prompt (with the statements it offers as choices) and answer in the form they are compared in. */
export interface Read {
  readonly prompt: string;
  readonly answer?: string;
}

const reads = new WeakMap<Candidate, Read>();

/** Worked out once per question: every later question is compared with it. */
export function readAs(c: Candidate): Read {
  let read = reads.get(c);
  if (!read) {
    // Choices that are statements (a main point against real details) tell a reader as much as
    // the prompt does: a detail offered there gives away a question that asks for it.
    const statements = c.choices.filter((choice) => choice.split(' ').length >= 5);
    read = {
      prompt: ` ${normalizeAnswer([c.prompt, ...statements].join(' '))} `,
      ...(typeof c.answer === 'string' && kindOf(c.draft.kind).answerFromText
        ? { answer: ` ${normalizeAnswer(c.answer)} ` }
        : {}),
    };
    reads.set(c, read);
  }
  return read;
}

/** "Dana Okafor" and "Okafor" answer the same question. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const last = (s: string) => s.trim().split(' ').at(-1)!;
  // Names only: amounts ("50 percent", "20 percent") share their unit, not their answer.
  return !/\d/.test(a + b) && /\p{L}{3,}/u.test(last(a)) && last(a) === last(b);
}

/**
 * A quiz on one story is read whole: one question's prompt must not hold another's answer, either
 * way, and no two questions share an answer.
 */
export function givesAway(mine: Read, others: readonly Read[]): string | undefined {
  for (const other of others) {
    if (other.answer !== undefined && mine.prompt.includes(other.answer))
      return "its prompt holds another question's answer";
    if (mine.answer !== undefined && other.prompt.includes(mine.answer))
      return 'another question gives its answer away';
    if (mine.answer !== undefined && other.answer !== undefined && sameName(mine.answer, other.answer))
      return 'another question has the same answer';
  }
  return undefined;
}

/** Two questions with the same answer that ask about the same things. */
export function sameQuestion(a: Candidate, b: Candidate): boolean {
  const x = contentWords(a.prompt);
  const y = contentWords(b.prompt);
  return sharedWords(x, y) / Math.min(x.size, y.size) >= 0.5;
}

/**
 * How many names two articles must share to be about the same story: four, or three that are a
 * good part of the names the shorter article has.
 */
const sameStory = (shared: number, fewerNames: number) => shared >= 4 || (shared >= 3 && shared >= fewerNames * 0.3);

/**
 * For each article, the titles of the articles on the same story (its own first). "Which article
 * reports ...?" is asked only among those: between a flood and a court case, the headline gives
 * the answer away.
 */
export function sameStoryTitles(
  articles: readonly SourceArticle[],
  sentences: readonly WorkingSentence[],
): Map<string, Map<string, string>> {
  // Names as the tagger marks them (typed or not: "Coquimbo", "SENAPRED"), past each sentence's
  // first word, which is capitalised whatever it is.
  const namedIn = new Map<string, Set<string>>();
  for (const s of sentences) {
    for (const [i, t] of s.tokens.entries()) {
      if (i === 0 || t.pos !== 'PROPN' || !/^[A-Z]/.test(t.text) || isCalendarWord(t.text)) continue;
      if (PERSON_TITLES.has(t.text.toLowerCase())) continue; // "Mr" names no one in particular
      const where = namedIn.get(t.text) ?? new Set<string>();
      where.add(s.article);
      namedIn.set(t.text, where);
    }
  }
  // A name in a tenth of a large bank ("American") says nothing of a shared story, and counting
  // its pairs would cost the square of the bank; in a small bank on one story, the names every
  // article shares ("Ebbers", "WorldCom") are what tell it.
  const mostArticles = Math.max(12, Math.ceil(articles.length / 10));
  const namesOf = new Map<string, number>();
  for (const where of namedIn.values()) for (const a of where) namesOf.set(a, (namesOf.get(a) ?? 0) + 1);
  const shared = new Map<string, number>();
  for (const where of namedIn.values()) {
    if (where.size > mostArticles) continue;
    for (const a of where)
      for (const b of where) if (a !== b) shared.set(`${a}\n${b}`, (shared.get(`${a}\n${b}`) ?? 0) + 1);
  }
  return new Map(
    articles.map((a) => [
      a.id,
      new Map([
        [a.id, a.title],
        ...articles
          .filter((b) =>
            sameStory(shared.get(`${a.id}\n${b.id}`) ?? 0, Math.min(namesOf.get(a.id) ?? 0, namesOf.get(b.id) ?? 0)),
          )
          .map((b): [string, string] => [b.id, b.title]),
      ]),
    ]),
  );
}
