import { stripMarkdown } from '../articles/markdown.js';
import { parseArticle } from '../articles/parse.js';
import type { ArticleFormat } from '../articles/types.js';
import type { Analyse, NumericEntity, Token } from './nlp.js';
import { findPhrases, learnNames, newNameBook, type Phrase } from './phrases.js';

/** An article as the generator receives it: the text that quotes will point into. */
export interface SourceArticle {
  readonly id: string;
  readonly title: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly text: string;
  readonly format: ArticleFormat;
}

/** A citable sentence, analysed: the material every transformation works on. */
export interface WorkingSentence {
  readonly article: string;
  /** Position among the article's citable sentences, from 0. */
  readonly index: number;
  /** 0 for the first citable sentence of the article, approaching 1 for the last. */
  readonly position: number;
  readonly paragraph: number;
  /** The sentence as a reader sees it (white space collapsed, Markdown removed): the quote. */
  readonly quote: string;
  /** Length of a dateline that opens the sentence ("ARDENSBURG, Estmark — "): prompts leave it out. */
  readonly lead: number;
  readonly tokens: readonly Token[];
  readonly entities: readonly NumericEntity[];
  phrases: readonly Phrase[];
}

const DATELINE = /^[A-Z][A-Z .'-]{2,}(?:, [\p{L} .'-]{2,30})?(?:, \d{1,2} \p{L}+ \d{4})? [—–-]{1,2} /u;

/** Articles → their citable sentences, each analysed once, with proper nouns typed across the bank. */
export function analyseArticles(articles: readonly SourceArticle[], analyse: Analyse): WorkingSentence[] {
  const sentences = articles.flatMap((article) => analyseArticle(article, analyse));
  // Two passes: a name typed by strong evidence anywhere ("Khalid Masood, 52,") types its bare
  // uses everywhere else ("Masood drove...").
  const book = newNameBook();
  for (const s of sentences) learnNames(findPhrases(s.tokens, s.entities, book), book);
  book.settled = true;
  for (const s of sentences) s.phrases = findPhrases(s.tokens, s.entities, book);
  return sentences;
}

function analyseArticle(source: SourceArticle, analyse: Analyse): WorkingSentence[] {
  const article = parseArticle(source.text, source.format);
  const citable = new Set(article.paragraphs.filter((p) => p.citable).map((p) => p.number));
  const picked = article.sentences.filter((s) => citable.has(s.paragraph));
  const quotes = picked.map((s) => (source.format === 'markdown' ? stripMarkdown(s.text).text : s.text).replace(/\s+/g, ' ').trim());
  // One analysis per article, not per sentence: the model's set-up cost per call dominates short
  // texts. Blank lines keep the model from joining two sentences into one.
  const starts: number[] = [];
  let joined = '';
  for (const quote of quotes) {
    starts.push(joined.length);
    joined += `${quote}\n\n`;
  }
  const { tokens, entities } = analyse(joined);
  const out: WorkingSentence[] = [];
  let t = 0;
  let e = 0;
  for (const [i, quote] of quotes.entries()) {
    const start = starts[i]!;
    const end = start + quote.length;
    const firstToken = t;
    while (t < tokens.length && tokens[t]!.start < end) t++;
    const own = tokens.slice(firstToken, t).filter((tok) => tok.pos !== 'SPACE');
    const shift = (tok: Token): Token => ({ ...tok, start: tok.start - start, end: tok.end - start });
    const index = new Map<number, number>();
    let k = 0;
    for (let j = firstToken; j < t; j++) if (tokens[j]!.pos !== 'SPACE') index.set(j, k++);
    const ownEntities: NumericEntity[] = [];
    while (e < entities.length && entities[e]!.first < t) {
      const entity = entities[e++]!;
      const first = index.get(entity.first);
      const last = index.get(entity.last);
      if (first !== undefined && last !== undefined) ownEntities.push({ type: entity.type, first, last });
    }
    if (quote.length === 0) continue;
    out.push({
      article: source.id,
      index: out.length,
      position: quotes.length > 1 ? i / (quotes.length - 1) : 0,
      paragraph: picked[i]!.paragraph,
      quote,
      lead: DATELINE.exec(quote)?.[0].length ?? 0,
      tokens: own.map(shift),
      entities: ownEntities,
      phrases: [],
    });
  }
  return out;
}
