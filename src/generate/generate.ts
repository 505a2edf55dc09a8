import { type QuestionType, SKILLS, type Difficulty, type Skill } from '../bank/index.js';
import { seededRandom } from '../random.js';
import type { Candidate } from './candidate.js';
import { failedBuiltCheck, failedDraftCheck, namesNothing } from './checks.js';
import { indexPhrases } from './distractors.js';
import { articleLabels } from './article-label.js';
import { findEchoes } from './echoes.js';
import { findReprints, type Reprint } from './reprints.js';
import type { Draft } from './draft.js';
import { KINDS, kindOf } from './kinds/index.js';
import type { BankMaterial } from './kinds/kind.js';
import { NO_LANGUAGE, type Language } from './language.js';
import type { Analyse } from './nlp.js';
import { canSituate, renderPrompt, situate } from './prompt.js';
import { difficulty, ENOUGH_FOR_AN_ARTICLE, pickQuestions, type Balance } from './rank.js';
import { sameStoryTitles } from './quiz-coherence.js';
import { asksForCentralName, centralNames } from './central-names.js';
import { countsOnOneFact } from './kinds/whose-account.js';
import { BankCoherence } from './bank-coherence.js';
import { analyseArticles, type SourceArticle, type WorkingSentence } from './sentences.js';

export interface GenerateOptions {
  /** Most questions kept per article. */
  readonly perArticle: number;
  readonly types: readonly QuestionType[];
  /** Skills to ask about; all when undefined. */
  readonly skills?: readonly Skill[];
  readonly seed: string;
  /** WordNet and word vectors, for the kinds that need them. */
  readonly language?: Language;
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
  /** Sentences that cannot stand alone as a statement, by reason (some kinds still use them). */
  readonly sentencesPassedOver: Record<string, number>;
  readonly candidates: number;
  readonly kept: number;
  /** Candidates made but not kept, by reason: failed checks and ranking. */
  readonly rejected: Record<string, number>;
  /** Why an article long enough for six questions got fewer, in a sentence. */
  readonly fewer?: string;
}

/** How much more a question on a fact several articles report is worth than one on another fact. */
const ECHOED_FACT_BONUS = 0.25;

/** An article of this many citable sentences should give this many questions. */
const COVERAGE = { sentences: 8, questions: ENOUGH_FOR_AN_ARTICLE } as const;

/** Why an article got fewer questions than its length promised: what held most of it back. */
function whyFewer(report: Counting): string {
  const top = (record: Record<string, number>) =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([reason, n]) => `${reason} (${n})`);
  const unfit = Object.values(report.sentencesPassedOver).reduce((a, b) => a + b, 0);
  const parts = [
    `${unfit} of its ${report.sentences} sentences cannot stand alone as statements${unfit > 0 ? `: ${top(report.sentencesPassedOver).join(', ')}` : ''}`,
    ...(report.candidates === 0 ? ['no kind of question found material in the rest'] : []),
    ...(Object.keys(report.rejected).length > 0
      ? [`most candidates turned away: ${top(report.rejected).join(', ')}`]
      : []),
  ];
  return `${report.kept} questions, fewer than ${COVERAGE.questions}: ${parts.join('; ')}`;
}

export interface Generated {
  readonly questions: readonly GeneratedQuestion[];
  readonly reports: readonly ArticleReport[];
  /** Articles found to repeat another, whose questions come from the other. */
  readonly reprints: readonly Reprint[];
}

/** An article's report while it is being counted. */
type Counting = { -readonly [K in keyof ArticleReport]: ArticleReport[K] };

const tally = (record: Record<string, number>, reason: string) => {
  record[reason] = (record[reason] ?? 0) + 1;
};

/** Articles, analysed: what every question kind drafts from. */
export function bankMaterial(
  articles: readonly SourceArticle[],
  analyse: Analyse,
  language: Language = NO_LANGUAGE,
  onAnalysed?: (done: number) => void,
): BankMaterial {
  const sentences = analyseArticles(articles, analyse, onAnalysed, language.names);
  const sentencesOf = new Map<string, WorkingSentence[]>(articles.map((a) => [a.id, []]));
  for (const s of sentences) sentencesOf.get(s.article)!.push(s);
  const sameStory = sameStoryTitles(articles, sentences);
  // A report published twice is asked about once, from the copy kept.
  const reprints = findReprints(articles, sentencesOf, sameStory);
  for (const { dropped } of reprints) sentencesOf.set(dropped, []);
  return {
    articles,
    sentencesOf,
    // A reprint left without questions is labelled after the article kept, which needs no mark.
    labels: articleLabels([
      ...articles.filter((a) => !reprints.some((r) => r.dropped === a.id)),
      ...articles.filter((a) => reprints.some((r) => r.dropped === a.id)),
    ]),
    sameStory,
    index: indexPhrases(sentences),
    language,
    reprints,
    echoes: findEchoes(sentencesOf, sameStory, language.vectors),
  };
}

/** Articles → ranked, checked questions with their sources, and an account of what was passed over. */
export function generateQuestions(
  articles: readonly SourceArticle[],
  analyse: Analyse,
  options: GenerateOptions,
): Generated {
  const bank = bankMaterial(articles, analyse, options.language, (done) => options.onAnalysed?.(done, articles.length));
  const sentences = [...bank.sentencesOf.values()].flat();
  const allowed = new Set(options.types);
  const reports = new Map<string, Counting>(
    articles.map((a) => [
      a.id,
      { article: a.id, sentences: 0, sentencesPassedOver: {}, candidates: 0, kept: 0, rejected: {} },
    ]),
  );
  for (const s of sentences) {
    const report = reports.get(s.article)!;
    report.sentences++;
    if (s.unfit) tally(report.sentencesPassedOver, s.unfit);
  }
  const drafts = new Map<string, Draft[]>(articles.map((a) => [a.id, []]));
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const skills = new Set(options.skills ?? SKILLS);
  for (const kind of KINDS) {
    if (!skills.has(kind.skill)) continue;
    for (const d of kind.draft(bank)) {
      // A prompt whose own words name nothing of its story is asked "In <title>, ...".
      const situated =
        canSituate(d.prompt) && namesNothing(d)
          ? { ...d, prompt: situate(d.prompt, titles.get(d.sentence.article)!) }
          : d;
      drafts.get(d.sentence.article)!.push(situated);
    }
  }

  // A figure the reports give differently is asked only with whose account it is.
  const disputed = new Set(countsOnOneFact(bank).flatMap((group) => group.map((d) => d.phrase)));
  const central = new Map(articles.map((a) => [a.id, centralNames(a, bank.sentencesOf.get(a.id) ?? [])]));
  const questions: GeneratedQuestion[] = [];
  const balance: Balance = { trues: 0, falses: 0 };
  const coherence = new BankCoherence(bank);
  for (const article of articles) {
    const report = reports.get(article.id)!;
    const candidates = drafts.get(article.id)!;
    report.candidates = candidates.length;
    const sameStory = new Set(bank.sameStory.get(article.id)!.keys());
    // A name the story is about, in any of its articles, is no answer in any of them.
    const storyNames = new Set([...sameStory].flatMap((id) => [...(central.get(id) ?? [])]));
    const build = (d: Draft) =>
      kindOf(d.kind).build(d, {
        index: bank.index,
        random: seededRandom(
          `${options.seed}:${d.sentence.article}:${d.sentence.index}:${d.kind}:${renderPrompt(d.prompt)}`,
        ),
        allowed,
        sameStory,
        language: bank.language,
      });
    const { kept, rejected } = pickQuestions(
      candidates,
      options.perArticle,
      build,
      {
        draft: (d, prompt) =>
          failedDraftCheck(d, prompt) ??
          (asksForCentralName(d, storyNames) ? 'asks for whom the story is about' : undefined) ??
          (d.phrase && disputed.has(d.phrase) && kindOf(d.kind).skill !== 'cross-article'
            ? 'another report gives a different figure: asked whose account'
            : undefined),
        question: (c, keptHere, draftPrompt) =>
          failedBuiltCheck(c, draftPrompt) ?? coherence.clash(c, keptHere, sameStory),
      },
      balance,
      allowed,
      // A fact several reports of the story give is what the story is about, and its question
      // cites them all: it goes before a fact one report gives in passing.
      (d) => (bank.echoes.has(d.sentence) ? ECHOED_FACT_BONUS : 0),
    );
    for (const { prompt, reason } of rejected) {
      tally(report.rejected, reason);
      options.onRejected?.(prompt, reason);
    }
    report.kept = kept.length;
    if (report.sentences >= COVERAGE.sentences && kept.length < COVERAGE.questions) report.fewer = whyFewer(report);
    for (const c of coherence.keep(article.id, kept)) {
      questions.push({
        id: `${article.id}-${c.draft.sentence.index + 1}-${kindOf(c.draft.kind).idSuffix}`,
        candidate: c,
        difficulty: difficulty(c),
      });
    }
  }
  return { questions, reports: [...reports.values()], reprints: bank.reprints };
}
