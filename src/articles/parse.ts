import { classifyParagraphs } from './boilerplate.js';
import { stripMarkdown } from './markdown.js';
import { splitParagraphs } from './paragraphs.js';
import { sentenceSpans, splitSentences } from './sentences.js';
import {
  PARAGRAPH_KINDS,
  type Article,
  type ArticleFormat,
  type Paragraph,
  type Sentence,
  type Span,
} from './types.js';

/** Text of an article → numbered paragraphs and sentences with offsets, boilerplate marked. */
export function parseArticle(text: string, format: ArticleFormat): Article {
  const spans = splitParagraphs(text, format);
  const texts = spans.map((s) => text.slice(s.start, s.end));
  // Boilerplate is recognised by what a reader sees: "**Source:** x" is a source line.
  const { kinds } = classifyParagraphs(format === 'markdown' ? texts.map((t) => stripMarkdown(t).text) : texts);
  // Written out, not spread: see `splitAll`.
  const paragraphs: Paragraph[] = spans.map(({ start, end }, i) => {
    const kind = kinds[i] ?? 'body';
    return { start, end, number: i + 1, text: texts[i]!, kind, citable: PARAGRAPH_KINDS[kind].citable };
  });
  let sentences: Sentence[] | undefined;
  return {
    text,
    format,
    paragraphs,
    // Split on first use: checking a bank never needs sentences, and a bank of fifty articles
    // would otherwise spend a fifth of `check` in the sentence segmenter.
    get sentences() {
      sentences ??= splitAll(text, paragraphs);
      return sentences;
    },
  };
}

/**
 * Every sentence of the article, built into one list: an article of 700,000 short sentences took
 * 300 MB when each paragraph's were mapped and then flattened, and V8 gives each object built by
 * `{ ...span, more }` a hidden class of its own.
 */
function splitAll(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const p of paragraphs) addSentences(sentences, text, p, splitSentences(text, p));
  return sentences;
}

function addSentences(to: Sentence[], text: string, paragraph: Paragraph, spans: readonly Span[]): void {
  for (const { start, end } of spans)
    to.push({ start, end, paragraph: paragraph.number, text: text.slice(start, end) });
}

/**
 * The sentences of the article's first `length` characters, for a reader that stops there: a
 * sentence the end runs through is left out. The rest of the article is not split.
 */
export function sentencesBefore(article: Article, length: number): readonly Sentence[] {
  if (article.text.length <= length) return article.sentences;
  const sentences: Sentence[] = [];
  for (const p of article.paragraphs) {
    if (p.start >= length) break;
    const cut = p.end > length;
    const spans = splitSentences(article.text, cut ? { start: p.start, end: length } : p);
    if (cut) spans.pop();
    addSentences(sentences, article.text, p, spans);
  }
  return sentences;
}

/** Where each sentence of an article stands, in text order: three numbers a sentence. */
interface SentenceBounds {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly paragraphs: Int32Array;
}

const boundsOf = new WeakMap<Article, SentenceBounds>();

/**
 * The article's sentence bounds, worked out on first use. Finding the sentence a quote stands in
 * needs no more: an article of 800,000 short lines took 100 MB as a list of sentences.
 */
function sentenceBounds(article: Article): SentenceBounds {
  let found = boundsOf.get(article);
  if (found) return found;
  let starts = new Int32Array(1024);
  let ends = new Int32Array(1024);
  let paragraphs = new Int32Array(1024);
  let count = 0;
  for (const p of article.paragraphs)
    for (const { start, end } of sentenceSpans(article.text, p)) {
      if (count === starts.length) {
        starts = grown(starts);
        ends = grown(ends);
        paragraphs = grown(paragraphs);
      }
      starts[count] = start;
      ends[count] = end;
      paragraphs[count++] = p.number;
    }
  found = { count, starts, ends, paragraphs };
  boundsOf.set(article, found);
  return found;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const more = new Int32Array(array.length * 2);
  more.set(array);
  return more;
}

/** The whole sentence or sentences that a span of a paragraph lies in. */
export function sentencesAround(article: Article, paragraph: number, span: Span): Span & { text: string } {
  const { count, starts, ends, paragraphs } = sentenceBounds(article);
  // Sentences are in text order: a binary search finds the first that ends after the span starts,
  // so exporting a bank of thousands of questions does not scan every sentence for each source.
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! <= span.start) low = middle + 1;
    else high = middle;
  }
  let { start, end } = span;
  for (let i = low; i < count && starts[i]! < span.end; i++) {
    if (paragraphs[i] !== paragraph) continue;
    start = Math.min(start, starts[i]!);
    end = Math.max(end, ends[i]!);
  }
  return { start, end, text: article.text.slice(start, end) };
}
