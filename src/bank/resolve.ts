import type { Article, Paragraph, Span } from '../articles/types.js';
import { PARAGRAPH_KINDS } from '../articles/types.js';
import { fold, foldText, type Folded } from './fold.js';

export interface Citation extends Span {
  readonly paragraph: number;
}

export type QuoteFailure =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'ambiguous'; readonly paragraphs: readonly number[] }
  | { readonly kind: 'not-citable'; readonly paragraph: number; readonly label: string }
  | { readonly kind: 'spans-paragraphs'; readonly paragraphs: readonly number[] };

export type QuoteResult = { readonly ok: true; readonly citation: Citation } | ({ readonly ok: false } & QuoteFailure);

/** Resolves quotes against one article; folds the article once, however many quotes it is asked. */
export class QuoteResolver {
  private readonly folded: Folded;

  constructor(private readonly article: Article) {
    this.folded = fold(article.text);
  }

  /** `paragraph` picks one occurrence when the quote occurs in several citable paragraphs. */
  resolve(quote: string, paragraph?: number): QuoteResult {
    const needle = foldText(quote);
    if (needle === '') return { ok: false, kind: 'not-found' };
    const hits: { span: Span; first: Paragraph; last: Paragraph }[] = [];
    for (let at = this.folded.text.indexOf(needle); at >= 0; at = this.folded.text.indexOf(needle, at + 1)) {
      const start = this.folded.origin[at]!;
      const end = this.folded.origin[at + needle.length - 1]! + 1;
      hits.push({ span: { start, end }, first: this.paragraphAt(start), last: this.paragraphAt(end - 1) });
    }
    if (hits.length === 0) return { ok: false, kind: 'not-found' };
    const within = hits.filter((h) => h.first === h.last);
    if (within.length === 0) {
      const h = hits[0]!;
      return { ok: false, kind: 'spans-paragraphs', paragraphs: [h.first.number, h.last.number] };
    }
    const citable = within.filter((h) => h.first.citable && (paragraph === undefined || h.first.number === paragraph));
    if (citable.length === 0) {
      const h = within.find((w) => paragraph === undefined || w.first.number === paragraph);
      if (!h) return { ok: false, kind: 'not-found' };
      return { ok: false, kind: 'not-citable', paragraph: h.first.number, label: PARAGRAPH_KINDS[h.first.kind].label };
    }
    if (citable.length > 1) return { ok: false, kind: 'ambiguous', paragraphs: citable.map((h) => h.first.number) };
    const { span, first } = citable[0]!;
    return { ok: true, citation: { ...span, paragraph: first.number } };
  }

  private paragraphAt(offset: number): Paragraph {
    const paragraphs = this.article.paragraphs;
    let low = 0;
    let high = paragraphs.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (paragraphs[mid]!.start <= offset) low = mid;
      else high = mid - 1;
    }
    return paragraphs[low]!;
  }
}
