import { NO_NAME_TYPES, type NameTypes } from './language.js';
import { stripMarkdown, parseArticle, sentencesBefore, type ArticleFormat, type Sentence } from '../articles/index.js';
import { MAX_READ_PER_ARTICLE } from './defaults.js';
import type { Analyse, NumericEntity, Token } from './nlp.js';
import { findPhrases, learnNames, newNameBook, type Phrase } from './phrases.js';
import { resolveOpening, type Referent } from './context.js';
import { screenAnalysed, screenText } from './screen.js';

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
  /**
   * Length of what opens the sentence but no question needs: a dateline ("ARDENSBURG, Estmark — ")
   * or a word tying it to the one before ("But", "However,"). Prompts leave it out.
   */
  readonly lead: number;
  readonly tokens: readonly Token[];
  readonly entities: readonly NumericEntity[];
  phrases: readonly Phrase[];
  /**
   * Why the sentence cannot stand alone as a statement of fact (quoted speech, a pronoun for its
   * subject, a fragment), or undefined when it can. Kinds that restate a sentence pass such ones
   * over; others (who said what) look for them.
   */
  unfit: string | undefined;
  /**
   * For a sentence unfit only for its opening pronoun ("He told ..."): the name it stands for, from
   * the sentence before, when that is sure. Kinds that restate a sentence may use it.
   */
  referent: Referent | undefined;
  /**
   * Capitalised words the bank also writes capitalised inside a sentence: names. Any other capital
   * at the start of a sentence is only that ("Classes were suspended").
   */
  namesInText: ReadonlySet<string>;
  /** Lower-case words the bank writes inside a sentence: "shares" opening one is no name. */
  wordsInText: ReadonlySet<string>;
}

/** "But ", "However, ": a sentence leaning on the one before it. */
const CONNECTIVE =
  /^(?:But|And|Yet|However,?|Still,|Meanwhile,?|Instead,?|Also,?|Indeed,|Moreover,|Nonetheless,|Nevertheless,|Even so,)\s+(?=[\p{L}\p{N}])/u;

function leadLength(quote: string): number {
  const dateline = DATELINE.exec(quote)?.[0].length ?? 0;
  return dateline + (CONNECTIVE.exec(quote.slice(dateline))?.[0].length ?? 0);
}

/** The sentence from `start` (by default where its lead ends) to `end`, starting with a capital. */
export function sentenceText(s: WorkingSentence, start = s.lead, end = s.quote.length): string {
  const text = s.quote.slice(start, end);
  return start === s.lead && start > 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

const DATELINE = /^[A-Z][A-Z .'-]{2,}(?:, [\p{L} .'-]{2,30})?(?:, \d{1,2} \p{L}+ \d{4})? [—–-]{1,2} /u;

/** Articles → their citable sentences, each analysed once, with proper nouns typed across the bank. */
export function analyseArticles(
  articles: readonly SourceArticle[],
  analyse: Analyse,
  onAnalysed?: (done: number) => void,
  names: NameTypes = NO_NAME_TYPES,
): WorkingSentence[] {
  const sentences = articles.flatMap((article, i) => {
    const analysed = analyseArticle(article, analyse);
    onAnalysed?.(i + 1);
    return analysed;
  });
  // Two passes: a name typed by strong evidence anywhere ("Khalid Masood, 52,") types its bare
  // uses everywhere else ("Masood drove...").
  const book = newNameBook(names);
  for (const s of sentences) learnNames(findPhrases(s.tokens, s.entities, book), book);
  book.settled = true;
  const namesInText = new Set<string>();
  const wordsInText = new Set<string>();
  for (const s of sentences)
    for (const [i, t] of s.tokens.entries()) {
      // A sentence opens with a capital after its dateline too ("BEWDLEY, 9 February 2025 — More ...").
      const opening = i === 0 || t.start === s.lead;
      if (!opening && /^[A-Z]/.test(t.text)) namesInText.add(t.text);
      else if (!opening && /^\p{Ll}/u.test(t.text)) wordsInText.add(t.text);
    }
  for (const s of sentences) {
    s.phrases = findPhrases(s.tokens, s.entities, book);
    s.namesInText = namesInText;
    s.wordsInText = wordsInText;
    s.unfit = tooLongToAnalyse(s.quote) ? 'too long' : (screenText(s.quote) ?? screenAnalysed(s));
  }
  for (const [i, s] of sentences.entries()) {
    const before = sentences[i - 1];
    if (s.unfit === 'opens with a pronoun' && before?.article === s.article) s.referent = resolveOpening(s, before);
  }
  return sentences;
}

/**
 * Characters in the longest sentence the model reads. A question is made from 45 words at most;
 * an unbroken word of 100 KB took the model's tagger minutes.
 */
const MAX_ANALYSED = 1_000;
const tooLongToAnalyse = (quote: string) => quote.length > MAX_ANALYSED;

function analyseArticle(source: SourceArticle, analyse: Analyse): WorkingSentence[] {
  const article = parseArticle(source.text, source.format);
  const citable = new Set(article.paragraphs.filter((p) => p.citable).map((p) => p.number));
  const picked: Sentence[] = [];
  const quotes: string[] = [];
  const order: number[] = []; // each picked sentence's place among all citable ones
  // A title cut short ("In perhaps the day's least-surprising…") is the start of a sentence; a
  // whole one must be the whole sentence.
  const cut = source.title.endsWith('…');
  const titleStem = source.title.replace(/…$/, '');
  const isTitle = (quote: string) =>
    cut ? quote.startsWith(`${titleStem} `) : quote.replace(/[.!?]$/, '') === titleStem;
  let citableCount = 0;
  for (const sentence of sentencesBefore(article, MAX_READ_PER_ARTICLE)) {
    if (!citable.has(sentence.paragraph)) continue;
    const quote = (source.format === 'markdown' ? stripMarkdown(sentence.text).text : sentence.text)
      .replace(/\s+/g, ' ')
      .trim();
    if (quote.length === 0) continue;
    citableCount++;
    // An article without a headline line is titled by its first sentence: that sentence is then
    // the headline a quiz shows, and asking about it gives its answer away.
    if (isTitle(quote)) continue;
    picked.push(sentence);
    quotes.push(quote);
    order.push(citableCount - 1);
  }
  // One analysis per article, not per sentence: the model's set-up cost per call dominates short
  // texts. Blank lines keep the model from joining two sentences into one. A sentence too long to
  // ask about is not analysed at all: the model's tagger takes time in the square of a word's length.
  const starts: number[] = [];
  let joined = '';
  for (const quote of quotes) {
    starts.push(joined.length);
    if (!tooLongToAnalyse(quote)) joined += `${quote}\n\n`;
  }
  const { tokens, entities } = analyse(joined);
  const out: WorkingSentence[] = [];
  let t = 0;
  let e = 0;
  for (const [i, quote] of quotes.entries()) {
    const start = starts[i]!;
    const end = tooLongToAnalyse(quote) ? start : start + quote.length;
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
    out.push({
      article: source.id,
      index: out.length,
      position: citableCount > 1 ? order[i]! / (citableCount - 1) : 0,
      paragraph: picked[i]!.paragraph,
      quote,
      lead: leadLength(quote),
      tokens: own.map(shift),
      entities: ownEntities,
      phrases: [],
      unfit: undefined,
      referent: undefined,
      namesInText: new Set(),
      wordsInText: new Set(),
    });
  }
  return out;
}
