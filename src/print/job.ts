import {
  CHOICE_LETTERS,
  QUESTION_TYPE_RULES,
  QUESTION_TYPES,
  TRUE_FALSE_CHOICES,
  type QuestionType,
} from '../bank/question-types.js';
import { citeQuestion, markedParts } from '../bank/citation.js';
import type { Bank, Question } from '../bank/types.js';
import { CitequizError } from '../errors.js';
import { seededRandom, shuffle, type Random } from '../quiz/random.js';
import { sanitize } from '../render/sanitize.js';
import { MAX_VERSIONS } from './options.js';
import { packetArticles, type PacketArticle } from './packet.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** More marks than this for one question is a typo. */
const MAX_MARKS = 100;

/** Versions are lettered as spreadsheet columns are: A to Z, then AA, AB, ... */
export function versionLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / ALPHABET.length))
    letters = ALPHABET[(n - 1) % ALPHABET.length]! + letters;
  return letters;
}

export interface PrintSelection {
  /** The questions to print, as the selection picked them (src/cli/selection.ts); default: the whole bank. */
  readonly questions?: readonly Question[];
  /** Shuffles the questions and choices of each version; without it every version keeps the given order. */
  readonly seed?: string;
  readonly versions: number;
  /** The heading of every page; default: the bank's title. */
  readonly title?: string;
  /** Marks for each question, printed beside it, with a box for the total; default: none shown. */
  readonly marks?: number;
  /** Questions grouped under the article that answers them, in the packet's order (when it is printed). */
  readonly byArticle?: boolean;
}

export interface PrintedChoice {
  readonly letter: string;
  readonly text: string;
  readonly correct: boolean;
}

/** Where the answer stands: the cited sentence split around the part to mark. */
export interface KeySource {
  readonly title: string;
  readonly outlet?: string;
  readonly paragraph: number;
  readonly before: string;
  readonly marked: string;
  readonly after: string;
}

export interface PrintedQuestion {
  /** 1-based, as printed. */
  readonly number: number;
  readonly id: string;
  readonly type: QuestionType;
  readonly prompt: string;
  /** Multiple choice: in this version's order, lettered; true-false: True and False; short answer: none. */
  readonly choices: readonly PrintedChoice[];
  /** What the key shows: "C" for a choice, "True", or the short answer. */
  readonly keyAnswer: string;
  /** The choice's text next to its letter, or other accepted short answers. */
  readonly keyDetail: readonly string[];
  readonly explanation?: string;
  /** The first answers the question; any others support it too. */
  readonly sources: readonly KeySource[];
}

/** Questions printed together: all of them, or (by article) those that one article answers. */
export interface QuestionGroup {
  /** The article's title and outlet, as the packet heads it; none when the questions are not grouped. */
  readonly heading?: string;
  readonly questions: readonly PrintedQuestion[];
}

export interface Version {
  readonly letter: string;
  /** In the order printed, numbered from 1. */
  readonly questions: readonly PrintedQuestion[];
  /** The same questions as printed under their headings. */
  readonly groups: readonly QuestionGroup[];
}

export interface PrintJob {
  readonly title: string;
  readonly seed?: string;
  /** What a student is told to do, in one line under the header. */
  readonly instructions: string;
  /** Marks for each question, when they are shown. */
  readonly marks?: number;
  readonly versions: readonly Version[];
  /** The articles the questions cite, in the bank's order, for the article packet. */
  readonly articles: readonly PacketArticle[];
}

/**
 * Bank + options → every version of a printed quiz with its key. All versions ask the same
 * questions; each shuffles their order and the order of choices from its own seed (the quiz seed
 * and its letter), so version B is the same whether 2 or 20 versions are printed.
 */
export function buildPrintJob(bank: Bank, selection: PrintSelection): PrintJob {
  if (!Number.isInteger(selection.versions) || selection.versions < 1 || selection.versions > MAX_VERSIONS) {
    throw new CitequizError('usage', `--versions must be a whole number from 1 to ${MAX_VERSIONS}`);
  }
  if (
    selection.marks !== undefined &&
    !(Number.isInteger(selection.marks) && selection.marks >= 1 && selection.marks <= MAX_MARKS)
  )
    throw new CitequizError('usage', `--marks must be a whole number from 1 to ${MAX_MARKS}`);
  const { seed, questions: chosen = bank.questions } = selection;
  const articles = packetArticles(bank, chosen);
  const versions = Array.from({ length: selection.versions }, (_, index): Version => {
    const letter = versionLetter(index);
    const random = seed === undefined ? undefined : seededRandom(`${seed}:${letter}`);
    const order = random ? shuffle(chosen, random) : chosen;
    const grouped = selection.byArticle ? groupByArticle(order, articles) : [{ questions: order }];
    let number = 0;
    const groups = grouped.map((group) => ({
      ...group,
      questions: group.questions.map((question) => printQuestion(bank, question, ++number, random)),
    }));
    return { letter, questions: groups.flatMap((g) => g.questions), groups };
  });
  return {
    // One line: a title is a heading and a footer, and a line break would split either.
    title: sanitize(selection.title ?? bank.title)
      .replace(/\s+/g, ' ')
      .trim(),
    ...(seed === undefined ? {} : { seed }),
    instructions: instructions(chosen, selection),
    ...(selection.marks === undefined ? {} : { marks: selection.marks }),
    versions,
    articles,
  };
}

/** Under the article that answers them, in the packet's order; questions on several articles last. */
function groupByArticle(
  questions: readonly Question[],
  articles: readonly PacketArticle[],
): { heading: string; questions: Question[] }[] {
  const groups = articles.map((article) => ({
    id: article.id,
    heading: articleHeading(article),
    questions: [] as Question[],
  }));
  const across = { id: '', heading: 'Questions on more than one article', questions: [] as Question[] };
  for (const question of questions) {
    const cited = new Set(question.sources.map((s) => s.article));
    const group = cited.size === 1 ? groups.find((g) => cited.has(g.id)) : undefined;
    (group ?? across).questions.push(question);
  }
  return [...groups, across]
    .filter((g) => g.questions.length > 0)
    .map(({ heading, questions }) => ({ heading, questions }));
}

/** An article as the packet and the groups of questions name it: “Title” (Outlet). */
export const articleHeading = (article: PacketArticle): string =>
  `“${article.title}”${article.outlet ? ` (${article.outlet})` : ''}`;

/** What to do for each kind of question. */
const HOW_TO_ANSWER: Readonly<Record<QuestionType, string>> = {
  'multiple-choice': 'fill in the bubble of the one best answer',
  'true-false': 'fill in True or False',
  'short-answer': 'write your answer on the lines',
};

/** One line of instructions for the questions printed: how to answer each kind, and what each is worth. */
function instructions(questions: readonly Question[], selection: PrintSelection): string {
  const kinds = QUESTION_TYPES.filter((type) => questions.some((q) => q.type === type)).map((t) => HOW_TO_ANSWER[t]);
  const how = kinds.length > 1 ? `${kinds.slice(0, -1).join('; ')}; ${kinds.at(-1)}` : (kinds[0] ?? '');
  const parts = [
    `${questions.length === 1 ? 'Answer the question' : `Answer all ${questions.length} questions`}: ${how}.`,
  ];
  if (selection.byArticle) parts.push('Each question is under the article that answers it.');
  if (selection.marks !== undefined) {
    const each = `${selection.marks} mark${selection.marks === 1 ? '' : 's'}`;
    parts.push(`Each question is worth ${each}.`);
  }
  return parts.join(' ');
}

function printQuestion(bank: Bank, question: Question, number: number, random: Random | undefined): PrintedQuestion {
  const answer = keyAnswer(question, random);
  return {
    number,
    id: question.id,
    type: question.type,
    prompt: sanitize(question.prompt),
    choices: answer.choices,
    keyAnswer: answer.key,
    keyDetail: answer.detail,
    ...(question.explanation === undefined ? {} : { explanation: sanitize(question.explanation) }),
    sources: citeQuestion(bank, question).map((citation) => {
      const { before, marked, after } = markedParts(citation);
      return {
        title: sanitize(citation.title),
        ...(citation.outlet === undefined ? {} : { outlet: sanitize(citation.outlet) }),
        paragraph: citation.paragraph,
        before: sanitize(before),
        marked: sanitize(marked),
        after: sanitize(after),
      };
    }),
  };
}

/** Choices in print order and what the key says, by how the question type is answered. */
function keyAnswer(
  question: Question,
  random: Random | undefined,
): { choices: PrintedChoice[]; key: string; detail: string[] } {
  const lettered = (texts: readonly string[], correct: string) =>
    texts.map((text, i) => ({ letter: CHOICE_LETTERS[i]!, text: sanitize(text), correct: text === correct }));
  switch (QUESTION_TYPE_RULES[question.type].answer) {
    case 'choice': {
      const choices = lettered(random ? shuffle(question.choices, random) : question.choices, String(question.answer));
      const right = choices.find((c) => c.correct)!; // the bank's check guarantees the answer is a choice
      return { choices, key: right.letter, detail: [right.text] };
    }
    case 'boolean': {
      const truth = TRUE_FALSE_CHOICES[question.answer === true ? 0 : 1];
      return { choices: lettered(TRUE_FALSE_CHOICES, truth), key: truth, detail: [] };
    }
    case 'text':
      return { choices: [], key: sanitize(String(question.answer)), detail: question.accept.map(sanitize) };
  }
}
