import type { QuestionType, Skill } from '../../bank/index.js';
import type { Random } from '../../random.js';
import type { Candidate } from '../candidate.js';
import type { PhraseIndex } from '../distractors.js';
import type { Draft } from '../draft.js';
import type { Language } from '../language.js';
import type { Reprint } from '../reprints.js';
import type { SourceArticle, WorkingSentence } from '../sentences.js';

/** What the kinds draft from: every article of the bank, analysed. */
export interface BankMaterial {
  readonly articles: readonly SourceArticle[];
  /** Each article's citable sentences, analysed, in reading order. */
  readonly sentencesOf: ReadonlyMap<string, readonly WorkingSentence[]>;
  /** How questions name each article: title, outlet and date ("“Title” (Outlet, 23 March 2017)"). */
  readonly labels: ReadonlyMap<string, string>;
  /** For each article, the titles of the articles on its story, its own first. */
  readonly sameStory: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly index: PhraseIndex;
  readonly language: Language;
  /** Articles that repeat most of another: they have no sentences to draft from here. */
  readonly reprints: readonly Reprint[];
  /** For each sentence, the sentences of other articles on its story that state the same fact. */
  readonly echoes: ReadonlyMap<WorkingSentence, readonly WorkingSentence[]>;
}

/** What building a question from a draft may use. */
export interface BuildContext {
  readonly index: PhraseIndex;
  readonly random: Random;
  readonly allowed: ReadonlySet<QuestionType>;
  /** The other articles on the draft's story. */
  readonly sameStory: ReadonlySet<string>;
  readonly language: Language;
}

/** A fault that turns a question away, named as `generate --report` counts it. */
export interface Check {
  readonly reason: string;
  readonly fails: (c: Candidate) => boolean;
}

/**
 * One kind of question: everything about it in one module, so that adding a kind touches one
 * place (and the registry that lists it).
 */
export interface QuestionKind {
  /** Its name in the registry, in ids and in `--report`. */
  readonly name: string;
  readonly skill: Skill;
  /** What it asks, as the README and `--help` list it. */
  readonly label: string;
  /** How much a teacher would want it over the others, before the draft's own merits. */
  readonly weight: number;
  /** Ends the ids of its questions: "newsweek-4-why". */
  readonly idSuffix: string;
  /** Most questions of this kind an article keeps (default: no limit of its own). */
  readonly perArticle?: number;
  /**
   * What its questions ask about: one sentence (the default: an article asks once about each
   * sentence), or the article as a whole, which a question on its lead sentence does not repeat.
   */
  readonly asksAbout?: 'sentence' | 'article';
  /**
   * Whether the answer is words of the cited text (a name, a number) rather than words of the
   * kind's own (a title, a meaning, a restated point): the first must stand in the cited text and
   * must not stand in the prompt.
   */
  readonly answerFromText: boolean;
  /**
   * Whether its question states its sentence whole (a true or false statement, a main point's
   * key): no other question asks about that sentence, whose answer the statement would give.
   */
  readonly statesSentence?: true;
  /**
   * Whether its question also cites the other reports of its story that state the same fact (the
   * default): a reason, a response, a figure's move are theirs too. Not a word's meaning or a main
   * point, which are one article's own, nor a comparison, which cites what it compares.
   */
  readonly citesEchoes?: false;
  /**
   * Whether it compares a figure the story's reports give differently: each such figure is
   * compared once, by whichever of these kinds asks it first.
   */
  readonly comparesFigures?: true;
  /** Drafts from the whole bank: most kinds go sentence by sentence, some compare articles. */
  readonly draft: (bank: BankMaterial) => Draft[];
  /** Faults of this kind only, checked after the faults of every question. */
  readonly checks: readonly Check[];
  /** The question a draft makes (its type, choices, accepted answers), or undefined. */
  readonly build: (draft: Draft, context: BuildContext) => Candidate | undefined;
}

/** Every sentence of the bank that stands alone as a statement of fact, in reading order. */
export const statementSentences = (bank: BankMaterial): WorkingSentence[] =>
  [...bank.sentencesOf.values()].flat().filter((s) => s.unfit === undefined);
