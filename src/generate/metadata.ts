import { classifyParagraphs } from '../articles/boilerplate.js';
import { stripMarkdown } from '../articles/markdown.js';
import { splitParagraphs } from '../articles/paragraphs.js';
import type { ArticleFormat } from '../articles/types.js';
import { MONTHS } from './english/words.js';

/** What an article says of itself: its headline, its outlet and the day it appeared. */
export interface ArticleFacts {
  readonly title?: string;
  readonly outlet?: string;
  readonly published?: string;
}

const MONTH = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** "Source: Reuters", "Published by The Courier", "© 2024 Lakeport Daily" */
const OUTLET_LINES = [
  /^(?:source|published by|from|via):\s*[/@]?\s*(.{2,60}?)\.?$/i,
  /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(.{2,60}?)\.?$/i,
  // "Independent (23 March 2017)"
  /^(\p{Lu}[\p{L} .&'-]{1,40}) \(\d{1,2} \p{L}+ \d{4}\)$/u,
];
/** How far into an article its date and outlet lines are looked for. */
const HEAD_PARAGRAPHS = 6;

/** Title, outlet and date, where the text states them (GUIDE §2: nothing is guessed). */
export function articleFacts(text: string, format: ArticleFormat): ArticleFacts {
  const spans = splitParagraphs(text, format);
  // Titles, outlets and dates stand at the top or the foot of an article.
  const ends =
    spans.length > 2 * HEAD_PARAGRAPHS ? [...spans.slice(0, HEAD_PARAGRAPHS), ...spans.slice(-HEAD_PARAGRAPHS)] : spans;
  const paragraphs = ends.map((span) => {
    const raw = text.slice(span.start, span.end);
    return (format === 'markdown' ? stripMarkdown(raw).text : raw).replace(/\s+/g, ' ').trim();
  });
  const { headline, kinds } = classifyParagraphs(paragraphs);
  const firstBody = paragraphs.find((_, i) => kinds[i] === 'body');
  const head = paragraphs.slice(0, HEAD_PARAGRAPHS);
  const outlet = [...head, ...paragraphs.slice(-HEAD_PARAGRAPHS)]
    .map((p) => OUTLET_LINES.map((re) => re.exec(p)?.[1]).find(Boolean))
    .find(Boolean);
  const published = head.map(findDate).find(Boolean);
  const title = headline ?? (firstBody ? openingWords(firstBody) : undefined);
  return { ...(title ? { title } : {}), ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) };
}

/** An article without a headline is named by its first sentence, shortened to a title's length. */
function openingWords(paragraph: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph;
  const words = sentence.replace(/[.!?]$/, '').split(' ');
  return words.length <= TITLE_WORDS ? words.join(' ') : `${words.slice(0, TITLE_WORDS).join(' ')}…`;
}
const TITLE_WORDS = 12;

/** The first full date in a line, as an ISO date, if it is a real day. */
export function findDate(line: string): string | undefined {
  let year: number, month: number, day: number;
  const iso = ISO_DATE.exec(line);
  const dmy = DAY_MONTH_YEAR.exec(line);
  const mdy = MONTH_DAY_YEAR.exec(line);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [year, month, day] = [Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1])];
  else if (mdy) [year, month, day] = [Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

const monthNumber = (name: string) =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
