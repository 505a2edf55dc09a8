import bm25 from 'wink-bm25-text-search';
import { stripMarkdown, type Span } from '../articles/index.js';
import { type BankArticle, normalizeAnswer, QuoteResolver } from '../bank/index.js';
import { MONTH_NAMES } from '../text/months.js';
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
  /** Best-matching candidates for a text's terms, best first, with their BM25 scores. */
  search(terms: readonly string[], limit: number): { candidate: Candidate; score: number }[];
  /** How rare a term is among the sentences: 0 for a term in every one, about 1 for a term in one. */
  rarity(term: string): number;
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

/** How a question may name an article: its title, its outlet, the month and year it appeared. */
function articleLabel(article: BankArticle): string {
  const date = article.published?.match(/^(\d{4})-(\d{2})/);
  const when = date ? `${MONTH_NAMES[Number(date[2]) - 1]} ${date[1]}` : '';
  return [article.title, article.outlet ?? '', when].join(' ');
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
  const documents: string[] = [];
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
      documents.push(words.join(' '));
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

  // Sentences and searches are given as their terms, already made: split on spaces, nothing more.
  const engine = bm25();
  engine.defineConfig({ fldWeights: { body: 1 }, bm25Params: BM25_PARAMS });
  engine.definePrepTasks([(text) => (text === '' ? [] : text.split(' '))]);
  documents.forEach((document, i) => engine.addDoc({ body: document }, i));
  for (let pad = candidates.length; pad < MIN_DOCUMENTS; pad++) engine.addDoc({ body: '' }, `pad-${pad}`);
  engine.consolidate();

  const documentFrequency = new Map<string, number>();
  for (const candidate of candidates)
    for (const term of candidate.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const total = Math.max(candidates.length, 1);
  const maxIdf = Math.log(1 + total);
  const rarities = new Map<string, number>();
  const scorer = weightsScorer(engine, candidates.length);

  return {
    candidates,
    search(terms, limit) {
      return scorer(terms, limit).map(({ index, score }) => ({ candidate: candidates[index]!, score }));
    },
    rarity(term) {
      let rarity = rarities.get(term);
      if (rarity === undefined) {
        rarity = Math.log(1 + total / ((documentFrequency.get(term) ?? 0) + 1)) / maxIdf;
        rarities.set(term, rarity);
      }
      return rarity;
    },
    labels: articleLabels(articles),
  };
}

/**
 * The sentence as quoted: in Markdown, the text a reader sees, without the markup; on one line,
 * since runs of white space match any others.
 */
const quoteOf = (article: BankArticle, sentence: string): string =>
  (article.article.format === 'markdown' ? stripMarkdown(sentence).text : sentence).replace(/\s+/g, ' ').trim();

/**
 * BM25 search over the weights wink-bm25-text-search computed. Its own search() sums them through
 * objects keyed by strings and sorts every sentence that matched, which took 10 s for 10,000
 * questions over the 5,000 sentences of 50 longer texts; the same sums over arrays, with only the
 * best kept, take a fraction of that. The scores are the library's.
 */
function weightsScorer(
  engine: ReturnType<typeof bm25>,
  count: number,
): (terms: readonly string[], limit: number) => { index: number; score: number }[] {
  const numbers = engine.getTokens();
  const docs = engine.getDocs();
  const lists = new Map<number, { docs: number[]; weights: number[] }>();
  for (let doc = 0; doc < count; doc++) {
    for (const [term, weight] of Object.entries(docs[doc]!.freq)) {
      let list = lists.get(Number(term));
      if (!list) lists.set(Number(term), (list = { docs: [], weights: [] }));
      list.docs.push(doc);
      list.weights.push(weight);
    }
  }
  const postings = new Map(
    [...lists].map(([term, list]) => [
      term,
      { docs: Int32Array.from(list.docs), weights: Float64Array.from(list.weights) },
    ]),
  );
  const scores = new Float64Array(count);
  const seen = new Uint8Array(count);
  return (terms, limit) => {
    const touched: number[] = [];
    // Every occurrence of a term adds its weight, as the library's search does.
    for (const term of terms) {
      const number = numbers[term];
      const list = number === undefined ? undefined : postings.get(number);
      if (!list) continue;
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i]!;
        if (!seen[doc]) {
          seen[doc] = 1;
          touched.push(doc);
        }
        scores[doc] = scores[doc]! + list.weights[i]!;
      }
    }
    const best = touched
      .map((index) => ({ index, score: scores[index]! }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, limit);
    for (const doc of touched) {
      scores[doc] = 0;
      seen[doc] = 0;
    }
    return best;
  };
}

/** Whether the quote resolves to this paragraph alone, only with `paragraph:`, or not at all. */
function placeOf(resolver: QuoteResolver, quote: string, paragraph: number): 'unique' | 'needs-paragraph' | undefined {
  const plain = resolver.resolve(quote);
  if (plain.ok) return plain.citation.paragraph === paragraph ? 'unique' : undefined;
  if (plain.kind !== 'ambiguous') return undefined;
  const pinned = resolver.resolve(quote, paragraph);
  return pinned.ok ? 'needs-paragraph' : undefined;
}
