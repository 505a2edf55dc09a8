import { normalizeAnswer } from '../bank/normalize-answer.js';
import type { QuestionType } from '../bank/question-types.js';
import type { Difficulty } from '../bank/schema.js';
import { buildCandidate, type Candidate } from './candidate.js';
import { failedBuiltCheck, failedDraftCheck } from './checks.js';
import { contentWords, indexPhrases, sentenceFacts, type PhraseIndex } from './distractors.js';
import type { Draft } from './draft.js';
import type { Analyse } from './nlp.js';
import { difficulty, pickQuestions } from './rank.js';
import { screenAnalysed } from './screen.js';
import { analyseArticles, type SourceArticle, type WorkingSentence } from './sentences.js';
import { draftsFor } from './transforms.js';

export interface GenerateOptions {
  /** Most questions kept per article. */
  readonly perArticle: number;
  readonly types: readonly QuestionType[];
  readonly seed: string;
  /** Told after each article is analysed, the slow part. */
  readonly onAnalysed?: (done: number, total: number) => void;
  /** Told of every candidate that is not kept, and why. */
  readonly onRejected?: (prompt: string, reason: string) => void;
}

export interface GeneratedQuestion {
  readonly id: string;
  readonly candidate: Candidate;
  readonly difficulty: Difficulty;
}

/** What happened to one article's material, for `generate --report`. */
export interface ArticleReport {
  readonly article: string;
  readonly sentences: number;
  /** Sentences passed over before any question was made, by reason. */
  readonly sentencesPassedOver: Record<string, number>;
  readonly candidates: number;
  readonly kept: number;
  /** Candidates made but not kept, by reason: failed checks and ranking. */
  readonly rejected: Record<string, number>;
}

export interface Generated {
  readonly questions: readonly GeneratedQuestion[];
  readonly reports: readonly ArticleReport[];
}

const tally = (record: Record<string, number>, reason: string) => {
  record[reason] = (record[reason] ?? 0) + 1;
};

/** Articles → ranked, checked questions with their sources, and an account of what was passed over. */
export function generateQuestions(articles: readonly SourceArticle[], analyse: Analyse, options: GenerateOptions): Generated {
  const { sentences, passedOver } = analyseArticles(articles, analyse, (done) => options.onAnalysed?.(done, articles.length));
  const index = indexPhrases(sentences, passedOver);
  const relatedTitles = sameStoryTitles(articles, sentences);
  const allowed = new Set(options.types);
  const reports = new Map<string, ArticleReport & { sentencesPassedOver: Record<string, number>; rejected: Record<string, number> }>(
    articles.map((a) => [a.id, { article: a.id, sentences: 0, sentencesPassedOver: {}, candidates: 0, kept: 0, rejected: {} }]),
  );
  const drafts = new Map<string, Draft[]>(articles.map((a) => [a.id, []]));
  for (const { article, reason } of passedOver) {
    const report = reports.get(article)!;
    (report as { sentences: number }).sentences++;
    tally(report.sentencesPassedOver, reason);
  }
  for (const sentence of sentences) {
    const report = reports.get(sentence.article)!;
    (report as { sentences: number }).sentences++;
    const reason = screenAnalysed(sentence);
    if (reason) tally(report.sentencesPassedOver, reason);
    else drafts.get(sentence.article)!.push(...draftsFor(sentence, relatedTitles.get(sentence.article)!));
  }
  addWhoseAccount(drafts, articles);
  const questions: GeneratedQuestion[] = [];
  const byAnswer = new Map<string, Candidate[]>();
  /** The kept questions of each article, as a student reads them, for `givesAway`. */
  const readSoFar = new Map<string, Read[]>();
  for (const article of articles) {
    const report = reports.get(article.id)!;
    const candidates: Draft[] = [];
    for (const draft of drafts.get(article.id)!) {
      if (draft.transform === 'which-article' && !onlyIn(draft, index)) {
        tally(report.rejected, 'another article reports the same');
        options.onRejected?.(draft.prompt, 'another article reports the same');
      } else candidates.push(draft);
    }
    (report as { candidates: number }).candidates = drafts.get(article.id)!.length;
    const sameStory = new Set(relatedTitles.get(article.id)!.keys());
    const answerKey = (c: Candidate) => (typeof c.answer === 'string' ? `${c.type}:${normalizeAnswer(c.answer)}` : undefined);
    // Weighed as each question is picked, so that one turned away here leaves room for another.
    const clash = (c: Candidate, keptHere: readonly Candidate[]): string | undefined => {
      const key = answerKey(c);
      // Two outlets reporting one fact give two copies of a question: the bank asks it once.
      if (key !== undefined && (byAnswer.get(key) ?? []).some((other) => sameQuestion(other, c))) return 'another article gives the same question';
      return givesAway(readAs(c), [...[...sameStory].flatMap((id) => readSoFar.get(id) ?? []), ...keptHere.map(readAs)]);
    };
    const { kept, rejected } = pickQuestions(candidates, options.perArticle, (d) => buildCandidate(d, index, options.seed, allowed, sameStory), {
      draft: failedDraftCheck,
      question: (c, keptHere) => failedBuiltCheck(c) ?? clash(c, keptHere),
    });
    for (const { prompt, reason } of rejected) {
      tally(report.rejected, reason);
      options.onRejected?.(prompt, reason);
    }
    (report as { kept: number }).kept = kept.length;
    readSoFar.set(article.id, kept.map(readAs));
    for (const c of kept) {
      const key = answerKey(c);
      if (key !== undefined) byAnswer.set(key, [...(byAnswer.get(key) ?? []), c]);
      questions.push({ id: `${article.id}-${c.draft.sentence.index + 1}-${SHORT_NAMES[c.draft.transform]}`, candidate: c, difficulty: difficulty(c) });
    }
  }
  return { questions, reports: [...reports.values()] };
}

const SHORT_NAMES: Readonly<Record<Draft['transform'], string>> = {
  'wh-subject': 'wh', 'wh-inverted': 'wh', cloze: 'blank', 'true-statement': 'tf', 'false-twin': 'tf',
  'which-article': 'which', 'whose-account': 'account',
};

/** A question's prompt and answer in the form they are compared in. */
interface Read {
  readonly prompt: string;
  readonly answer?: string;
}

const reads = new WeakMap<Candidate, Read>();

/** Worked out once per question: every later question is compared with it. */
function readAs(c: Candidate): Read {
  let read = reads.get(c);
  if (!read) {
    read = {
      prompt: ` ${normalizeAnswer(c.prompt)} `,
      ...(typeof c.answer === 'string' && c.draft.transform !== 'which-article' ? { answer: ` ${normalizeAnswer(c.answer)} ` } : {}),
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
function givesAway(mine: Read, others: readonly Read[]): string | undefined {
  for (const other of others) {
    if (other.answer !== undefined && mine.prompt.includes(other.answer)) return "its prompt holds another question's answer";
    if (mine.answer !== undefined && other.prompt.includes(mine.answer)) return 'another question gives its answer away';
    if (mine.answer !== undefined && other.answer !== undefined && sameName(mine.answer, other.answer)) return 'another question has the same answer';
  }
  return undefined;
}

/** Two questions with the same answer that ask about the same things. */
function sameQuestion(a: Candidate, b: Candidate): boolean {
  const x = contentWords(a.prompt);
  const y = contentWords(b.prompt);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size) >= 0.5;
}

/** How many names two articles must share to be about the same story. */
const SHARED_NAMES = 4;
const CALENDAR_WORDS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/**
 * For each article, the titles of the articles on the same story (its own first). "Which article
 * reports ...?" is asked only among those: between a flood and a court case, the headline gives
 * the answer away.
 */
function sameStoryTitles(articles: readonly SourceArticle[], sentences: readonly WorkingSentence[]): Map<string, Map<string, string>> {
  // Names as the tagger marks them (typed or not: "Coquimbo", "SENAPRED"), past each sentence's
  // first word, which is capitalised whatever it is.
  const namedIn = new Map<string, Set<string>>();
  for (const s of sentences) {
    for (const [i, t] of s.tokens.entries()) {
      if (i === 0 || t.pos !== 'PROPN' || !/^[A-Z]/.test(t.text) || CALENDAR_WORDS.has(t.text)) continue;
      const where = namedIn.get(t.text) ?? new Set<string>();
      where.add(s.article);
      namedIn.set(t.text, where);
    }
  }
  const shared = new Map<string, number>();
  for (const where of namedIn.values()) {
    for (const a of where) for (const b of where) if (a !== b) shared.set(`${a}\n${b}`, (shared.get(`${a}\n${b}`) ?? 0) + 1);
  }
  return new Map(
    articles.map((a) => [
      a.id,
      new Map([[a.id, a.title], ...articles.filter((b) => (shared.get(`${a.id}\n${b.id}`) ?? 0) >= SHARED_NAMES).map((b): [string, string] => [b.id, b.title])]),
    ]),
  );
}

/** A statement is only worth asking "which article reports" about when no other article names what it names. */
function onlyIn(draft: Draft, index: PhraseIndex): boolean {
  const mine = draft.sentence;
  return mine.phrases.every((p) => (index.sentencesWith.get(normalizeAnswer(p.text)) ?? []).every((s) => s.article === mine.article));
}

/**
 * Where two articles count the same thing ("people ... killed") differently, the count questions
 * name whose account they ask about, and the other article's figure is among the choices.
 */
function addWhoseAccount(drafts: Map<string, Draft[]>, articles: readonly SourceArticle[]): void {
  const names = new Map(articles.map((a) => [a.id, articleName(a, articles)]));
  const counts = [...drafts.values()].flat().filter((d) => d.kind === 'count' && d.transform.startsWith('wh'));
  const keyOf = (d: Draft) => `${d.phrase!.noun!.text.toLowerCase()}|${nearestVerb(d)}`;
  const byKey = new Map<string, Draft[]>();
  for (const d of counts) {
    const key = keyOf(d);
    const group = byKey.get(key);
    if (group) group.push(d);
    else byKey.set(key, [d]);
  }
  for (const group of byKey.values()) {
    for (const d of group) {
      // The same fact: same thing counted, same verb, and most of the other words shared; else
      // "killed 86 people" in Nice would pass for a different count of the London dead.
      const rival = group.find((o) => o.sentence.article !== d.sentence.article && o.phrase!.value !== d.phrase!.value && sameFact(d, o));
      if (!rival) continue;
      drafts.get(d.sentence.article)!.push({
        ...d,
        transform: 'whose-account',
        prompt: `According to ${names.get(d.sentence.article)}, ${d.prompt.charAt(0).toLowerCase()}${d.prompt.slice(1)}`,
        rival: rival.answer as string,
        explanation: `${names.get(rival.sentence.article)!.replace(/^the/, 'The')} gives ${rival.answer as string}.`,
      });
    }
  }
}

function nearestVerb(d: Draft): string {
  const { tokens } = d.sentence;
  let best: { distance: number; lemma: string } | undefined;
  for (const [i, t] of tokens.entries()) {
    if (t.pos !== 'VERB') continue;
    const distance = Math.abs(i - d.phrase!.first);
    if (!best || distance < best.distance) best = { distance, lemma: t.lemma };
  }
  return best?.lemma ?? '';
}

function sameFact(a: Draft, b: Draft): boolean {
  const words = (d: Draft) => new Set([...sentenceFacts(d.sentence).words].filter((w) => !/\d/.test(w)));
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size) >= 0.4;
}

/** The outlet when it tells the articles apart, else the title. */
function articleName(article: SourceArticle, all: readonly SourceArticle[]): string {
  const outletIsUnique = article.outlet !== undefined && all.filter((a) => a.outlet === article.outlet).length === 1;
  return outletIsUnique ? article.outlet! : `the article "${article.title}"`;
}
