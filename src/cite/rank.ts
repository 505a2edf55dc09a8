import { type Question, normalizeAnswer } from '../bank/index.js';
import type { ArticleLabels, Candidate, SentenceIndex } from './index.js';
import { terms } from './tokens.js';

/** What citing needs of a question: its words, whatever file it came from. */
export type CiteQuestion = Pick<Question, 'type' | 'prompt' | 'choices' | 'answer' | 'accept' | 'explanation'>;

export interface Ranked {
  readonly candidate: Candidate;
  readonly score: number;
  readonly features: Features;
}

export interface Features {
  /** BM25 of the question with its answer, relative to the best sentence's. */
  readonly bm25: number;
  /** Share of the question's and answer's words (weighted by rarity) that the sentence holds. */
  readonly coverage: number;
  /** Rarity-weighted count of the question's, answer's or explanation's words the sentence holds (the larger). */
  readonly evidence: number;
  /** Share of the explanation's words the sentence holds; 0 without an explanation. */
  readonly explained: number;
  /** 1 when the sentence holds the answer as a phrase; the share of its words otherwise. */
  readonly answer: number;
  /** 1 when a wrong choice stands in the sentence and the answer does not. */
  readonly wrongChoice: number;
  /** How plainly the question names this sentence's article, relative to the best-named. */
  readonly article: number;
}

const BLANK = /_{3,}/;
const FILL_IN = /^\s*fill in the blanks?\s*[:.-]\s*/i;
/** A question whose answer names an article ("Which article reports ...?") rather than stands in one. */
const WHICH_ARTICLE = /\bwhich (?:article|report|story|outlet|newspaper|source)\b/i;
const MAIN_IDEA = /\bmain (?:point|idea|argument|purpose|message)\b|\bmostly about\b/i;
const SEARCH_DEPTH = 40;

/** How much each feature counts; the weights were set against the bundled bank and generated banks. */
const WEIGHTS = { bm25: 0.6, coverage: 1, explained: 0.8, answer: 0.8, wrongChoice: -0.6, article: 0.5, lead: 0.4 };

/** The answers a sentence may hold: the right choice, or the short answer and its variants. */
function answersOf(q: CiteQuestion): string[] {
  if (typeof q.answer === 'boolean') return [];
  return [q.answer, ...q.accept].filter((a) => normalizeAnswer(a) !== '');
}

/** The prompt as a statement would read: a blank filled with the answer, "Fill in the blank:" gone. */
function claimOf(q: CiteQuestion): string {
  const prompt = q.prompt.replace(FILL_IN, '');
  return typeof q.answer === 'string' && BLANK.test(prompt) ? prompt.replace(BLANK, q.answer) : prompt;
}

/** Distinct terms with their rarity: what a sentence's words are weighed against. */
interface Bag {
  readonly terms: readonly string[];
  readonly weights: readonly number[];
  readonly total: number;
}

function bag(words: readonly string[], rarity: (term: string) => number): Bag {
  const terms = [...new Set(words)];
  const weights = terms.map(rarity);
  return { terms, weights, total: weights.reduce((sum, w) => sum + w, 0) };
}

/** The rarity-weighted sum of the bag's terms that the sentence holds. */
function held(wanted: Bag, have: ReadonlySet<string>): number {
  let sum = 0;
  for (let i = 0; i < wanted.terms.length; i++) if (have.has(wanted.terms[i]!)) sum += wanted.weights[i]!;
  return sum;
}

/** The rarity-weighted share of the bag that the sentence holds. */
const share = (wanted: Bag, have: ReadonlySet<string>): number =>
  wanted.total === 0 ? 0 : held(wanted, have) / wanted.total;

/** A phrase (an answer or a choice) as sentences are searched for it. */
interface Phrase {
  /** Normalised as answers are, with a space either side; empty when nothing is left of it. */
  readonly padded: string;
  readonly bag: Bag;
}

const phrase = (text: string, rarity: (term: string) => number): Phrase => {
  const normal = normalizeAnswer(text);
  return { padded: normal === '' ? '' : ` ${normal} `, bag: bag(terms(text), rarity) };
};

/** 1 for the phrase itself in the sentence, else (less) the share of its words there. */
function phraseIn(p: Phrase, candidate: Candidate): number {
  if (p.padded !== '' && candidate.normal.includes(p.padded)) return 1;
  return share(p.bag, candidate.terms) * 0.8;
}

/** Per article, how plainly the words name it (title, outlet, month and year), 0 to 1. */
function articleMentions(labels: ArticleLabels, said: ReadonlySet<string>): Map<string, number> {
  const scores = new Map<string, number>();
  let best = 0;
  for (const [id, label] of labels) {
    const score = held(label, said);
    scores.set(id, score);
    best = Math.max(best, score);
  }
  for (const [id, score] of scores) scores.set(id, best === 0 ? 0 : score / best);
  return scores;
}

/** The sentences that best support the question's answer, best first. */
export function rankCandidates(index: SentenceIndex, q: CiteQuestion): Ranked[] {
  const answers = answersOf(q);
  // An answer that names an article says where to look (it is searched for), not what the
  // sentence says (it is not weighed as the question's words).
  const named =
    WHICH_ARTICLE.test(q.prompt) && typeof q.answer === 'string'
      ? articleMentions(index.labels, new Set(terms(q.answer)))
      : undefined;
  const claim = [claimOf(q), ...answers.slice(0, 1)].join(' ');
  const found = new Map<number, { candidate: Candidate; bm25: number }>();
  const claimTerms = terms(claim);
  const hits = index.search(claimTerms, SEARCH_DEPTH);
  const rarity = (t: string) => index.rarity(t);
  const claimBag = bag(named ? terms(claimOf(q)) : claimTerms, rarity);
  const top = hits[0]?.score ?? 1;
  for (const hit of hits) found.set(hit.candidate.index, { candidate: hit.candidate, bm25: hit.score / top });
  let explanationBag = bag([], rarity);
  if (q.explanation) {
    const explanationTerms = terms(q.explanation);
    for (const hit of index.search(explanationTerms, SEARCH_DEPTH))
      if (!found.has(hit.candidate.index)) found.set(hit.candidate.index, { candidate: hit.candidate, bm25: 0 });
    explanationBag = bag(explanationTerms, rarity);
  }
  const mentions = articleMentions(index.labels, new Set([...claimBag.terms, ...explanationBag.terms]));
  const wrong = (q.type === 'multiple-choice' ? q.choices.filter((c) => c !== q.answer) : []).map((c) =>
    phrase(c, rarity),
  );
  const answerPhrases = answers.map((a) => phrase(a, rarity));
  const mainIdea = MAIN_IDEA.test(q.prompt);

  const ranked: Ranked[] = [];
  for (const { candidate, bm25 } of found.values()) {
    const answer = named
      ? (named.get(candidate.article.id) ?? 0)
      : answers.length === 0
        ? 0
        : Math.max(...answerPhrases.map((a) => phraseIn(a, candidate)));
    const wrongChoice = answer < 1 && wrong.some((choice) => phraseIn(choice, candidate) === 1) ? 1 : 0;
    const features: Features = {
      bm25,
      coverage: share(claimBag, candidate.terms),
      // The article an answer names counts as one distinctive word more.
      evidence: Math.max(held(claimBag, candidate.terms), held(explanationBag, candidate.terms)) + (named ? answer : 0),
      explained: share(explanationBag, candidate.terms),
      answer,
      wrongChoice,
      article: mentions.get(candidate.article.id) ?? 0,
    };
    const lead = mainIdea ? 1 / (1 + candidate.position) : 0;
    const score =
      WEIGHTS.bm25 * features.bm25 +
      WEIGHTS.coverage * features.coverage +
      WEIGHTS.explained * features.explained +
      WEIGHTS.answer * features.answer +
      WEIGHTS.wrongChoice * features.wrongChoice +
      WEIGHTS.article * features.article +
      WEIGHTS.lead * lead;
    ranked.push({ candidate, score, features });
  }
  return ranked.sort((a, b) => b.score - a.score || a.candidate.index - b.candidate.index);
}
