import type { Article, Span } from '../articles/index.js';
import type { QuestionType } from './question-types.js';
import type { Difficulty, Skill } from './schema.js';

export interface BankArticle {
  readonly id: string;
  /** As written in bank.yaml, relative to the bank folder. */
  readonly file: string;
  readonly title: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly article: Article;
}

/** A quote resolved to where it stands in its article. */
export interface Source extends Span {
  readonly article: string;
  readonly quote: string;
  readonly paragraph: number;
}

export interface Question {
  readonly id: string;
  readonly type: QuestionType;
  readonly prompt: string;
  /** Multiple choice only; empty otherwise. */
  readonly choices: readonly string[];
  /** `true`/`false` for true-false questions, text otherwise. */
  readonly answer: string | boolean;
  /** Other accepted short answers. */
  readonly accept: readonly string[];
  readonly explanation?: string;
  readonly skill: Skill;
  readonly difficulty?: Difficulty;
  readonly sources: readonly Source[];
}

export interface Bank {
  /** The bank folder's name. */
  readonly id: string;
  readonly title: string;
  readonly articles: readonly BankArticle[];
  readonly questions: readonly Question[];
}
