import { classifyParagraphs } from './boilerplate.js';
import { stripMarkdown } from './markdown.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { PARAGRAPH_KINDS, type Article, type ArticleFormat, type Paragraph, type Sentence, type Span } from './types.js';

/** Text of an article → numbered paragraphs and sentences with offsets, boilerplate marked. */
export function parseArticle(text: string, format: ArticleFormat): Article {
  const spans = splitParagraphs(text, format);
  const texts = spans.map((s) => text.slice(s.start, s.end));
  // Boilerplate is recognised by what a reader sees: "**Source:** x" is a source line.
  const { kinds } = classifyParagraphs(format === 'markdown' ? texts.map((t) => stripMarkdown(t).text) : texts);
  const paragraphs: Paragraph[] = spans.map((span, i) => {
    const kind = kinds[i] ?? 'body';
    return { ...span, number: i + 1, text: texts[i]!, kind, citable: PARAGRAPH_KINDS[kind].citable };
  });
  let sentences: Sentence[] | undefined;
  return {
    text,
    format,
    paragraphs,
    // Split on first use: checking a bank never needs sentences, and a bank of fifty articles
    // would otherwise spend a fifth of `check` in the sentence segmenter.
    get sentences() {
      sentences ??= paragraphs.flatMap((p) =>
        splitSentences(text, p).map((s) => ({ ...s, paragraph: p.number, text: text.slice(s.start, s.end) })),
      );
      return sentences;
    },
  };
}

/** The whole sentence or sentences that a span of a paragraph lies in. */
export function sentencesAround(article: Article, paragraph: number, span: Span): Span & { text: string } {
  const overlapping = article.sentences.filter((s) => s.paragraph === paragraph && s.start < span.end && s.end > span.start);
  const start = Math.min(span.start, ...overlapping.map((s) => s.start));
  const end = Math.max(span.end, ...overlapping.map((s) => s.end));
  return { start, end, text: article.text.slice(start, end) };
}
