/** A half-open range [start, end) of UTF-16 offsets into `Article.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Why a paragraph is or is not part of the article's body. Non-body lines stay in the text (quotes
 * and offsets must remain true to the file) but can never be cited.
 */
export const PARAGRAPH_KINDS = {
  body: { citable: true, label: 'body' },
  headline: { citable: false, label: 'headline' },
  repeat: { citable: false, label: 'repeated line' },
  byline: { citable: false, label: 'byline' },
  dateline: { citable: false, label: 'dateline' },
  caption: { citable: false, label: 'caption' },
  credit: { citable: false, label: 'photo credit' },
  subscription: { citable: false, label: 'subscription prompt' },
  promotion: { citable: false, label: 'programme or follow prompt' },
  'comment-form': { citable: false, label: 'comment form' },
  comment: { citable: false, label: "reader's comment" },
  tags: { citable: false, label: 'tag list' },
  'related-link': { citable: false, label: 'related link' },
  source: { citable: false, label: 'source line' },
  separator: { citable: false, label: 'separator' },
} as const satisfies Record<string, { citable: boolean; label: string }>;
export type ParagraphKind = keyof typeof PARAGRAPH_KINDS;

export interface Paragraph extends Span {
  /** 1-based, in reading order, counting every paragraph: the number `citequiz read` shows. */
  readonly number: number;
  readonly text: string;
  readonly kind: ParagraphKind;
  readonly citable: boolean;
}

export interface Sentence extends Span {
  readonly paragraph: number;
  readonly text: string;
}

export type ArticleFormat = 'text' | 'markdown';

/** How a line or sentence ends when it ends a sentence: a stop, or closing quotes and brackets. */
export const SENTENCE_END = /[.!?:;"'”’)\]]$/;

export interface Article {
  /** The decoded file with any byte-order mark removed; every offset points into this string. */
  readonly text: string;
  readonly format: ArticleFormat;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}
