import { normalizeAnswer } from '../bank/normalize-answer.js';
import type { QuestionType } from '../bank/question-types.js';
import type { Difficulty } from '../bank/schema.js';
import { buildCandidate, type Candidate } from './candidate.js';
import { failedBuiltCheck, failedDraftCheck } from './checks.js';
import { indexPhrases, type PhraseIndex } from './distractors.js';
import type { Draft } from './draft.js';
import type { Analyse } from './nlp.js';
import { difficulty, pickQuestions } from './rank.js';
import { screenAnalysed } from './screen.js';
import { givesAway, readAs, sameQuestion, sameStoryTitles, type Read } from './quiz-coherence.js';
import { analyseArticles, type SourceArticle } from './sentences.js';
import { draftsFor } from './transforms.js';
import { addWhoseAccount } from './whose-account.js';

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

/** An article's report while it is being counted. */
type Counting = { -readonly [K in keyof ArticleReport]: ArticleReport[K] };

const tally = (record: Record<string, number>, reason: string) => {
  record[reason] = (record[reason] ?? 0) + 1;
};

/** Articles → ranked, checked questions with their sources, and an account of what was passed over. */
export function generateQuestions(
  articles: readonly SourceArticle[],
  analyse: Analyse,
  options: GenerateOptions,
): Generated {
  const { sentences, passedOver } = analyseArticles(articles, analyse, (done) =>
    options.onAnalysed?.(done, articles.length),
  );
  const index = indexPhrases(sentences, passedOver);
  const relatedTitles = sameStoryTitles(articles, sentences);
  const allowed = new Set(options.types);
  const reports = new Map<string, Counting>(
    articles.map((a) => [
      a.id,
      { article: a.id, sentences: 0, sentencesPassedOver: {}, candidates: 0, kept: 0, rejected: {} },
    ]),
  );
  const drafts = new Map<string, Draft[]>(articles.map((a) => [a.id, []]));
  for (const { article, reason } of passedOver) {
    const report = reports.get(article)!;
    report.sentences++;
    tally(report.sentencesPassedOver, reason);
  }
  for (const sentence of sentences) {
    const report = reports.get(sentence.article)!;
    report.sentences++;
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
    report.candidates = drafts.get(article.id)!.length;
    const sameStory = new Set(relatedTitles.get(article.id)!.keys());
    const answerKey = (c: Candidate) =>
      typeof c.answer === 'string' ? `${c.type}:${normalizeAnswer(c.answer)}` : undefined;
    // Weighed as each question is picked, so that one turned away here leaves room for another.
    const clash = (c: Candidate, keptHere: readonly Candidate[]): string | undefined => {
      const key = answerKey(c);
      // Two outlets reporting one fact give two copies of a question: the bank asks it once.
      if (key !== undefined && (byAnswer.get(key) ?? []).some((other) => sameQuestion(other, c)))
        return 'another article gives the same question';
      return givesAway(readAs(c), [
        ...[...sameStory].flatMap((id) => readSoFar.get(id) ?? []),
        ...keptHere.map(readAs),
      ]);
    };
    const { kept, rejected } = pickQuestions(
      candidates,
      options.perArticle,
      (d) => buildCandidate(d, index, options.seed, allowed, sameStory),
      {
        draft: failedDraftCheck,
        question: (c, keptHere) => failedBuiltCheck(c) ?? clash(c, keptHere),
      },
    );
    for (const { prompt, reason } of rejected) {
      tally(report.rejected, reason);
      options.onRejected?.(prompt, reason);
    }
    report.kept = kept.length;
    readSoFar.set(article.id, kept.map(readAs));
    for (const c of kept) {
      const key = answerKey(c);
      if (key !== undefined) byAnswer.set(key, [...(byAnswer.get(key) ?? []), c]);
      questions.push({
        id: `${article.id}-${c.draft.sentence.index + 1}-${SHORT_NAMES[c.draft.transform]}`,
        candidate: c,
        difficulty: difficulty(c),
      });
    }
  }
  return { questions, reports: [...reports.values()] };
}

const SHORT_NAMES: Readonly<Record<Draft['transform'], string>> = {
  'wh-subject': 'wh',
  'wh-inverted': 'wh',
  cloze: 'blank',
  'true-statement': 'tf',
  'false-twin': 'tf',
  'which-article': 'which',
  'whose-account': 'account',
};

/** A statement is only worth asking "which article reports" about when no other article names what it names. */
function onlyIn(draft: Draft, index: PhraseIndex): boolean {
  const mine = draft.sentence;
  return mine.phrases.every((p) =>
    (index.sentencesWith.get(normalizeAnswer(p.text)) ?? []).every((s) => s.article === mine.article),
  );
}
