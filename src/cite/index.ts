import bm25 from 'wink-bm25-text-search';
import { stripMarkdown } from '../articles/markdown.js';
import type { Span } from '../articles/types.js';
import type { BankArticle } from '../bank/types.js';
import { normalizeAnswer } from '../bank/normalize-answer.js';
import { QuoteResolver } from '../bank/resolve.js';
import { terms } from './tokens.js';

/** A citable sentence of one of the bank's articles, with the quote that `check` resolves to it. */
export interface Candidate extends Span {
  readonly index: number;
  readonly article: BankArticle;
  readonly paragraph: number;
  /** The sentence as a reader sees it, which is also its quote. */
  readonly quote: string;
  /** Set when the quote also stands in another citable paragraph. */
  readonly needsParagraph: boolean;
  /** The sentence normalised as answers are, with spaces around it, for whole-phrase search. */
  readonly normal: string;
  readonly terms: ReadonlySet<string>;
  /** Where the sentence stands among its article's citable sentences, from 0. */
  readonly position: number;
}

export interface SentenceIndex {
  readonly candidates: readonly Candidate[];
  /** Best-matching candidates for a text, best first, with their BM25 scores. */
  search(text: string, limit: number): { candidate: Candidate; score: number }[];
  /** How rare a term is among the sentences: 0 for a term in every one, about 1 for a term in one. */
  rarity(term: string): number;
  /** `terms`, quick for the text last searched for. */
  terms(text: string): string[];
  readonly labels: ArticleLabels;
}

/**
 * The terms of each article's title, outlet, and month and year of publication, by article id,
 * weighted by how few articles share them: how a question names an article.
 */
export type ArticleLabels = ReadonlyMap<
  string,
  { readonly terms: readonly string[]; readonly weights: readonly number[]; readonly total: number }
>;

function articleLabels(articles: readonly BankArticle[]): ArticleLabels {
  const labels = articles.map((a) => ({ id: a.id, terms: [...new Set(terms(articleLabel(a)))] }));
  const frequency = new Map<string, number>();
  for (const label of labels) for (const t of label.terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  return new Map(
    labels.map(({ id, terms }) => {
      const weights = terms.map((t) => Math.log(1 + labels.length / frequency.get(t)!));
      return [id, { terms, weights, total: weights.reduce((sum, w) => sum + w, 0) }];
    }),
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How a question may name an article: its title, its outlet, the month and year it appeared. */
function articleLabel(article: BankArticle): string {
  const date = article.published?.match(/^(\d{4})-(\d{2})/);
  const when = date ? `${MONTHS[Number(date[2]) - 1]} ${date[1]}` : '';
  return [article.title, article.outlet ?? '', when].join(' ');
}

/** `terms`, remembering its last text: the search engine and the ranker both read each question. */
function lastTermsOnce(): (text: string) => string[] {
  let lastText: string | undefined;
  let lastTerms: string[] = [];
  return (text) => {
    if (text !== lastText) {
      lastText = text;
      lastTerms = terms(text);
    }
    return lastTerms;
  };
}

// BM25's usual constants; the library refuses to consolidate fewer than three documents.
const BM25_PARAMS = { k1: 1.2, b: 0.75, k: 1 };
const MIN_DOCUMENTS = 3;

/**
 * Every citable sentence of the articles, each kept only when its quote resolves exactly as `check`
 * resolves it (with `paragraph:` where the same words stand twice), indexed for BM25 search by
 * wink-bm25-text-search.
 */
export function buildIndex(articles: readonly BankArticle[]): SentenceIndex {
  const candidates: Candidate[] = [];
  for (const article of articles) {
    const resolver = new QuoteResolver(article.article);
    const citable = new Set(article.article.paragraphs.filter((p) => p.citable).map((p) => p.number));
    let position = 0;
    for (const sentence of article.article.sentences) {
      if (!citable.has(sentence.paragraph)) continue;
      const quote = quoteOf(article, sentence.text);
      const place = placeOf(resolver, quote, sentence.paragraph);
      if (place === undefined) continue;
      const words = terms(quote);
      if (words.length === 0) continue;
      candidates.push({
        index: candidates.length,
        article,
        start: sentence.start,
        end: sentence.end,
        paragraph: sentence.paragraph,
        quote,
        needsParagraph: place === 'needs-paragraph',
        normal: ` ${normalizeAnswer(quote)} `,
        terms: new Set(words),
        position: position++,
      });
    }
  }

  const engine = bm25();
  const termsOf = lastTermsOnce();
  engine.defineConfig({ fldWeights: { body: 1 }, bm25Params: BM25_PARAMS });
  engine.definePrepTasks([termsOf]);
  for (const candidate of candidates) engine.addDoc({ body: candidate.quote }, candidate.index);
  for (let pad = candidates.length; pad < MIN_DOCUMENTS; pad++) engine.addDoc({ body: '' }, `pad-${pad}`);
  engine.consolidate();

  const documentFrequency = new Map<string, number>();
  for (const candidate of candidates)
    for (const term of candidate.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const total = Math.max(candidates.length, 1);
  const maxIdf = Math.log(1 + total);
  const rarities = new Map<string, number>();

  return {
    candidates,
    search(text, limit) {
      return engine
        .search(text, limit)
        .filter(([id]) => !id.startsWith('pad-'))
        .map(([id, score]) => ({ candidate: candidates[Number(id)]!, score }));
    },
    rarity(term) {
      let rarity = rarities.get(term);
      if (rarity === undefined) {
        rarity = Math.log(1 + total / ((documentFrequency.get(term) ?? 0) + 1)) / maxIdf;
        rarities.set(term, rarity);
      }
      return rarity;
    },
    terms: termsOf,
    labels: articleLabels(articles),
  };
}

/**
 * The sentence as quoted: in Markdown, the text a reader sees, without the markup; on one line,
 * since runs of white space match any others.
 */
const quoteOf = (article: BankArticle, sentence: string): string =>
  (article.article.format === 'markdown' ? stripMarkdown(sentence).text : sentence).replace(/\s+/g, ' ').trim();

/** Whether the quote resolves to this paragraph alone, only with `paragraph:`, or not at all. */
function placeOf(resolver: QuoteResolver, quote: string, paragraph: number): 'unique' | 'needs-paragraph' | undefined {
  const plain = resolver.resolve(quote);
  if (plain.ok) return plain.citation.paragraph === paragraph ? 'unique' : undefined;
  if (plain.kind !== 'ambiguous') return undefined;
  const pinned = resolver.resolve(quote, paragraph);
  return pinned.ok ? 'needs-paragraph' : undefined;
}
