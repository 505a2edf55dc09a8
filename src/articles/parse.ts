import { classifyParagraphs } from './boilerplate.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { PARAGRAPH_KINDS, type Article, type ArticleFormat, type Paragraph, type Sentence } from './types.js';

/** Text of an article → numbered paragraphs and sentences with offsets, boilerplate marked. */
export function parseArticle(text: string, format: ArticleFormat): Article {
  const spans = splitParagraphs(text, format);
  const texts = spans.map((s) => text.slice(s.start, s.end));
  const { kinds, headline } = classifyParagraphs(texts.map(stripMarkdownHeading(format)));
  const paragraphs: Paragraph[] = spans.map((span, i) => {
    const kind = kinds[i] ?? 'body';
    return { ...span, number: i + 1, text: texts[i]!, kind, citable: PARAGRAPH_KINDS[kind].citable };
  });
  const sentences: Sentence[] = paragraphs.flatMap((p) =>
    splitSentences(text, p).map((s) => ({ ...s, paragraph: p.number, text: text.slice(s.start, s.end) })),
  );
  return headline === undefined
    ? { text, format, paragraphs, sentences }
    : { text, format, paragraphs, sentences, headline };
}

const stripMarkdownHeading = (format: ArticleFormat) => (text: string) =>
  format === 'markdown' ? text.replace(/^#{1,6}\s+/, '') : text;
