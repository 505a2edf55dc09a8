import { CHOICE_LETTERS, QUESTION_TYPE_RULES, TRUE_FALSE_CHOICES, type QuestionType } from '../bank/question-types.js';
import { citeQuestion, markedParts } from '../bank/citation.js';
import type { Bank, Question } from '../bank/types.js';
import { CitequizError } from '../errors.js';
import { seededRandom, shuffle, type Random } from '../quiz/random.js';
import { sanitize } from '../render/sanitize.js';
import { MAX_VERSIONS } from './options.js';
import { packetArticles, type PacketArticle } from './packet.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

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

export interface Version {
  readonly letter: string;
  readonly questions: readonly PrintedQuestion[];
}

export interface PrintJob {
  readonly title: string;
  readonly seed?: string;
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
  const { seed, questions: chosen = bank.questions } = selection;
  const versions = Array.from({ length: selection.versions }, (_, index) => {
    const letter = versionLetter(index);
    const random = seed === undefined ? undefined : seededRandom(`${seed}:${letter}`);
    const order = random ? shuffle(chosen, random) : chosen;
    return { letter, questions: order.map((question, index) => printQuestion(bank, question, index + 1, random)) };
  });
  return {
    // One line: a title is a heading and a footer, and a line break would split either.
    title: sanitize(selection.title ?? bank.title)
      .replace(/\s+/g, ' ')
      .trim(),
    ...(seed === undefined ? {} : { seed }),
    versions,
    articles: packetArticles(bank, chosen),
  };
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
