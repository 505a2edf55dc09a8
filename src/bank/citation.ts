// A citation as every part of citequiz shows it: a question's source resolved to its article's
// title and outlet, the paragraph number `citequiz read` shows, and the whole sentence a reader
// finds there, with the answer (or else the quote) marked in it. The quiz's feedback and report,
// `stats`, print and export all take their sources from here.
import { mapSpan, stripMarkdown } from '../articles/markdown.js';
import { sentencesAround } from '../articles/parse.js';
import type { Span } from '../articles/types.js';
import { fold } from './fold.js';
import { findArticle } from './lookup.js';
import type { Bank, Question, Source } from './types.js';
import { findOnWordEdges } from './word-edges.js';

export interface Citation {
  /** The article's id, as `citequiz read` takes it. */
  readonly article: string;
  readonly title: string;
  readonly outlet?: string;
  readonly paragraph: number;
  readonly quote: string;
  /** The whole sentence(s) the quote stands in, as a reader sees them (no Markdown markup). */
  readonly sentence: string;
  /** The part of `sentence` to mark: the answer where the sentence states it, else the quote. */
  readonly mark: Span;
}

/** The article whose sentence answers the question: its first source's. */
export const answeringArticle = (question: Question): string | undefined => question.sources[0]?.article;

/** Every source of the question: the one that answers it first, then where else it is supported. */
export const citeQuestion = (bank: Bank, question: Question): Citation[] =>
  question.sources.map((source) => citeSource(bank, question, source));

function citeSource(bank: Bank, question: Question, source: Source): Citation {
  const entry = findArticle(bank, source.article);
  const around = sentencesAround(entry.article, source.paragraph, source);
  let sentence = around.text;
  let quoteMark: Span = { start: source.start - around.start, end: source.end - around.start };
  if (entry.article.format === 'markdown') {
    const plain = stripMarkdown(sentence);
    quoteMark = mapSpan(plain, quoteMark);
    sentence = plain.text;
  }
  return {
    article: entry.id,
    title: entry.title,
    ...(entry.outlet === undefined ? {} : { outlet: entry.outlet }),
    paragraph: source.paragraph,
    quote: source.quote,
    sentence,
    mark: answerSpan(question, sentence) ?? quoteMark,
  };
}

/** The sentence split around its mark, for renderers that set the marked part apart. */
export function markedParts({ sentence, mark }: Citation): { before: string; marked: string; after: string } {
  return {
    before: sentence.slice(0, mark.start),
    marked: sentence.slice(mark.start, mark.end),
    after: sentence.slice(mark.end),
  };
}

/** Where the sentence states the answer (or an accepted alias), ignoring case and typography. */
function answerSpan(question: Question, sentence: string): Span | undefined {
  if (typeof question.answer === 'boolean') return undefined;
  const folded = fold(sentence);
  const haystack = folded.text.toLowerCase();
  for (const candidate of [question.answer, ...question.accept]) {
    const needle = fold(candidate).text.toLowerCase();
    if (needle.length < 2) continue;
    for (const at of findOnWordEdges(haystack, needle)) {
      return { start: folded.origin[at]!, end: folded.origin[at + needle.length - 1]! + 1 };
    }
  }
  return undefined;
}
