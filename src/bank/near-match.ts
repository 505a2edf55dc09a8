// Hints for a bank author: which id was meant, which sentence a quote that is not found was taken
// from. Linear in the article: every failed quote looks once at each sentence.
import { closest, distance } from 'fastest-levenshtein';
import { stripMarkdown, type Article } from '../articles/index.js';
import { foldText } from './fold.js';

/** The id a misspelt one most likely meant: a few letters off, never a guess from nothing. */
export function closestId(id: string, ids: readonly string[]): string | undefined {
  if (ids.length === 0) return undefined;
  const best = closest(id, [...ids]);
  return distance(id, best) <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

const words = (text: string) =>
  new Set(
    foldText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
/** Half the quote's words in one sentence: the author was quoting that sentence. */
const ENOUGH_IN_COMMON = 0.5;
const SHOWN_LENGTH = 160;

/** The citable sentence sharing most words with `quote`, when it shares enough to be the one meant. */
export function closestSentence(article: Article, quote: string): { paragraph: number; text: string } | undefined {
  const wanted = words(quote);
  if (wanted.size === 0) return undefined;
  const citable = new Set(article.paragraphs.filter((p) => p.citable).map((p) => p.number));
  let best: { paragraph: number; text: string; score: number } | undefined;
  for (const sentence of article.sentences) {
    if (!citable.has(sentence.paragraph)) continue;
    const found = words(sentence.text);
    let shared = 0;
    for (const word of wanted) if (found.has(word)) shared++;
    const score = shared / wanted.size;
    if (score > (best?.score ?? 0)) best = { paragraph: sentence.paragraph, text: sentence.text, score };
  }
  if (!best || best.score < ENOUGH_IN_COMMON) return undefined;
  const shown = (article.format === 'markdown' ? stripMarkdown(best.text).text : best.text).replace(/\s+/g, ' ').trim();
  return {
    paragraph: best.paragraph,
    text: shown.length > SHOWN_LENGTH ? `${shown.slice(0, SHOWN_LENGTH - 3)}...` : shown,
  };
}
