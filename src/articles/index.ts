// What src/articles offers the rest of the program: an article file's bytes in, its paragraphs
// and sentences (with offsets, and which of them can be cited) out. The PDF and Word readers load
// their libraries on first use, so importing this never loads them.
export type { Article, ArticleFormat, Paragraph, ParagraphKind, Sentence, Span } from './types.js';
export { PARAGRAPH_KINDS, SENTENCE_END } from './types.js';
export { parseArticle, sentencesAround, sentencesBefore } from './parse.js';
export {
  ArticleUnreadableError,
  MAX_ARTICLE_BYTES,
  UNREADABLE_REASONS,
  articleFormatOf,
  decodeArticle,
  decodeText,
  type UnreadableReason,
} from './decode.js';
export { DocumentUnreadableError, readPdf, type DocumentText } from './pdf.js';
export { readDocx } from './docx.js';
export { composeOrigins, mapSpan, stripMarkdown, type Mapped } from './markdown.js';
export { classifyParagraphs } from './boilerplate.js';
export { splitParagraphs, trimSpan } from './paragraphs.js';
export { findDamage, type Damage } from './damage.js';
