import {
  composeOrigins,
  stripMarkdown,
  type Mapped,
  type Article,
  type Paragraph,
  type ParagraphKind,
  type Span,
} from '../articles/index.js';
import { fold, foldText } from './fold.js';
import { onWordEdges } from './word-edges.js';

export interface Citation extends Span {
  readonly paragraph: number;
}

export type QuoteFailure =
  | { readonly kind: 'not-found' }
  /** A `paragraph` was given, but the quote stands in these other paragraphs. */
  | { readonly kind: 'elsewhere'; readonly paragraphs: readonly number[] }
  | { readonly kind: 'ambiguous'; readonly paragraphs: readonly number[]; readonly count: number }
  | { readonly kind: 'not-citable'; readonly paragraph: number; readonly paragraphKind: ParagraphKind }
  | { readonly kind: 'spans-paragraphs'; readonly paragraphs: readonly number[] };

export type QuoteResult = { readonly ok: true; readonly citation: Citation } | ({ readonly ok: false } & QuoteFailure);

interface Hit {
  readonly span: Span;
  readonly paragraph: Paragraph;
}

/**
 * Resolves quotes against one article. The article is folded once (and for Markdown, stripped of
 * inline markup) however many quotes it is asked about.
 */
export class QuoteResolver {
  private readonly searchable: Mapped;
  private readonly markdown: boolean;

  constructor(private readonly article: Article) {
    this.markdown = article.format === 'markdown';
    if (this.markdown) {
      const plain = stripMarkdown(article.text);
      this.searchable = composeOrigins(fold(plain.text), plain);
    } else {
      this.searchable = fold(article.text);
    }
  }

  /** `paragraph` picks one occurrence when the quote occurs in several citable paragraphs. */
  resolve(quote: string, paragraph?: number): QuoteResult {
    const needle = foldText(this.markdown ? stripMarkdown(quote).text : quote);
    if (needle === '') return { ok: false, kind: 'not-found' };
    const { hits, crossing } = this.find(needle);
    if (hits.length === 0) {
      return crossing
        ? { ok: false, kind: 'spans-paragraphs', paragraphs: crossing }
        : { ok: false, kind: 'not-found' };
    }
    const citable = hits.filter((h) => h.paragraph.citable);
    if (citable.length === 0)
      return {
        ok: false,
        kind: 'not-citable',
        paragraph: hits[0]!.paragraph.number,
        paragraphKind: hits[0]!.paragraph.kind,
      };
    const chosen = paragraph === undefined ? citable : citable.filter((h) => h.paragraph.number === paragraph);
    if (chosen.length === 0) return { ok: false, kind: 'elsewhere', paragraphs: numbers(citable) };
    if (chosen.length > 1) return { ok: false, kind: 'ambiguous', paragraphs: numbers(chosen), count: chosen.length };
    const { span, paragraph: found } = chosen[0]!;
    return { ok: true, citation: { ...span, paragraph: found.number } };
  }

  /** Whole-word occurrences within one paragraph, and the paragraphs of one that runs across two. */
  private find(needle: string): { hits: Hit[]; crossing?: number[] } {
    const { text, origin } = this.searchable;
    const hits: Hit[] = [];
    let crossing: number[] | undefined;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      // "ridge open" is not a quote from "bridge opened": a quote starts and ends on word edges.
      // (A plain loop rather than findOnWordEdges: this runs for every quote of a bank.)
      if (!onWordEdges(text, at, needle.length)) continue;
      const span = { start: origin[at]!, end: origin[at + needle.length - 1]! + 1 };
      const first = this.paragraphAt(span.start);
      const last = this.paragraphAt(span.end - 1);
      if (first === last) hits.push({ span, paragraph: first });
      else crossing ??= [first.number, last.number];
    }
    return crossing ? { hits, crossing } : { hits };
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

const numbers = (hits: readonly Hit[]) => [...new Set(hits.map((h) => h.paragraph.number))];
