import { parse as parseYaml } from 'yaml';
import { classifyParagraphs, stripMarkdown, splitParagraphs, type ArticleFormat } from '../articles/index.js';
import { MONTHS, WEEKDAYS } from './english/words.js';
import { collapseSpaces } from '../text/spaces.js';

/** What an article says of itself: its headline, its outlet and the day it appeared. */
export interface ArticleFacts {
  readonly title?: string;
  readonly outlet?: string;
  readonly published?: string;
}

const MONTH = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')}|sept)\\.?`;
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
/** Longer than this, a line is prose, not a header, footer or byline. */
const MAX_FACT_LINE = 160;

/** Parts of a header or footer line: "The Lakeport Daily | Monday 3 March 2024". */
const PARTS = /\s+[|•·–—-]\s+|\s*[|•·]\s*/;
/** Words that name a job or a desk, not an outlet: "By Jane Smith, Science Correspondent". */
const ROLE =
  /\b(correspondent|reporter|editor|writer|columnist|contributor|staff|analyst|producer|journalist|desk|bureau|chief|senior|political|business|science|health|technology|sports?|news agency|agencies|in [A-Z])\b/i;
/** Section names that head pages beside the date, and are not the outlet. */
const SECTIONS = new Set(
  'news world uk us business sport sports politics opinion comment culture science technology tech health home local national international features'.split(
    ' ',
  ),
);
const WEEKDAY = `(?:${WEEKDAYS.join('|')}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?`;
/** What may stand beside a date in a line that is only a date: a weekday, a time, a time zone. */
const DATE_FURNITURE = new RegExp(
  `\\b${WEEKDAY}\\b|\\b\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?|\\b[ap]\\.?m\\.?(?!\\w)|\\b(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT)\\b|\\b(?:on|at)\\b|[,.;:()]`,
  'gi',
);
/** Lines that say what their date is. */
const PUBLISHED_LABEL = /^(?:first\s+)?(?:published|posted|date|dated|filed)\b\s*(?:on|at)?\s*:?/i;
const UPDATED_LABEL = /^(?:last\s+)?(?:updated|modified)\b\s*(?:on|at)?\s*:?/i;
const BYLINE_START = /^(?:by|written by|words by)\s+/i;
/** A wire-style dateline opening the story: "LEEDS, 18 May 2025 — The museum reopened ...". */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L} .'’-]{0,30})?,\s*([^—–]{6,40}?)\s*(?:—|–|--)\s/u;

/**
 * Title, outlet and date, where the text states them (nothing is guessed): Markdown front matter,
 * lines such as "Source: Reuters", "By Jane Smith, The Courier", "The Courier | 3 March 2024" and
 * "Published 3 March 2024" at the top or foot of the article, and `extraLines` (a PDF's running
 * headers and footers). A date in a sentence ("the film, released on 4 May 2001, ...") is not the
 * article's date: only a line that is a date, or says it is one, gives it.
 */
export function articleFacts(text: string, format: ArticleFormat, extraLines: readonly string[] = []): ArticleFacts {
  const { matter, body } = splitFrontMatter(text);
  const spans = splitParagraphs(body, format);
  // Titles, outlets and dates stand at the top or the foot of an article.
  const ends =
    spans.length > 2 * HEAD_PARAGRAPHS ? [...spans.slice(0, HEAD_PARAGRAPHS), ...spans.slice(-HEAD_PARAGRAPHS)] : spans;
  const paragraphs = ends.map((span) => {
    const raw = body.slice(span.start, span.end);
    return collapseSpaces(format === 'markdown' ? stripMarkdown(raw).text : raw).trim();
  });
  const { headline, kinds } = classifyParagraphs(paragraphs);
  const firstBody = paragraphs.find((_, i) => kinds[i] === 'body');
  const lines = [...paragraphs, ...extraLines.map((line) => line.replace(/\s+/g, ' ').trim())].filter(
    (line) => line.length <= MAX_FACT_LINE,
  );
  const fromLines = factsFromLines(lines);
  const title = matter.title ?? headline ?? (firstBody ? openingWords(firstBody) : undefined);
  const outlet = matter.outlet ?? fromLines.outlet;
  const published = matter.published ?? fromLines.published ?? datelineDate(paragraphs.slice(0, HEAD_PARAGRAPHS));
  return { ...(title ? { title } : {}), ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) };
}

/** Outlet and date from header, footer and byline lines, the most explicit kind of line first. */
export function factsFromLines(lines: readonly string[]): Omit<ArticleFacts, 'title'> {
  const first = <T>(find: (line: string) => T | undefined) => lines.map(find).find((v) => v !== undefined);
  const outlet =
    first((line) => OUTLET_LINES.map((re) => re.exec(line)?.[1]).find(Boolean)) ??
    first(outletFromByline) ??
    first(outletBesideDate);
  const published =
    first((line) => (PUBLISHED_LABEL.test(line) ? findDate(line) : undefined)) ??
    first(dateLine) ??
    first((line) => (BYLINE_START.test(line) ? datePart(line.split(/\s*,\s*/)) : undefined)) ??
    first((line) => (UPDATED_LABEL.test(line) ? findDate(line) : undefined));
  return { ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) };
}

/** The date of a dateline that opens one of the first paragraphs, as a wire story dates itself. */
function datelineDate(paragraphs: readonly string[]): string | undefined {
  for (const paragraph of paragraphs) {
    const date = DATELINE.exec(paragraph.slice(0, 120))?.[1];
    if (date && isDateOnly(date)) return findDate(date);
  }
  return undefined;
}

/** "By Jane Smith, The Courier", "By Jane Smith | Reuters", "By Jane Smith for The Courier". */
function outletFromByline(line: string): string | undefined {
  if (!BYLINE_START.test(line)) return undefined;
  const rest = line.replace(BYLINE_START, '');
  const [names = '', ...after] = rest.split(/\s*[,|]\s*|\s+[–—-]\s+/);
  const parts = [...(/\s+for\s+/i.test(names) ? [names.split(/\s+for\s+/i).at(-1)!] : []), ...after];
  return parts.map((part) => part.replace(/\.$/, '').trim()).find(isOutletName);
}

/** "The Courier | 3 March 2024", "3 March 2024 - The Courier": the part beside the date. */
function outletBesideDate(line: string): string | undefined {
  const parts = line.split(PARTS);
  if (parts.length < 2 || !datePart(parts)) return undefined;
  const others = parts.filter((part) => !isDateOnly(part) && !/^page \d+/i.test(part));
  return others.length === 1 && isOutletName(others[0]!) ? others[0] : undefined;
}

const isOutletName = (part: string) =>
  part.length >= 2 &&
  part.length <= 50 &&
  part.split(' ').length <= 6 &&
  /^(the\s+)?\p{Lu}/u.test(part) &&
  !/[.!?]$/.test(part) &&
  !ROLE.test(part) &&
  !SECTIONS.has(part.toLowerCase()) &&
  !findDate(part) &&
  !/\d{3,}/.test(part);

/** A line that is a date, alone or beside an outlet or section name: "Monday 3 March 2024". */
function dateLine(line: string): string | undefined {
  // "Independent (23 March 2017)": a date in brackets is a part of its own.
  const parts = line
    .replace(/\(([^()]*)\)/g, ' | $1 ')
    .trim()
    .split(PARTS)
    .filter(Boolean);
  const date = datePart(parts);
  if (!date) return undefined;
  // Beside the date, only short names: never a sentence that happens to hold one.
  return parts.every((part) => isDateOnly(part) || (part.split(' ').length <= 6 && !/[.!?]$/.test(part)))
    ? date
    : undefined;
}

const datePart = (parts: readonly string[]) => parts.filter(isDateOnly).map(findDate).find(Boolean);

/** True when the text is a date and nothing else but a weekday, a time or "Published". */
function isDateOnly(text: string): boolean {
  const match = dateMatch(text);
  if (!match) return false;
  const rest = (text.slice(0, match.index) + ' ' + text.slice(match.index + match.length))
    .replace(PUBLISHED_LABEL, '')
    .replace(UPDATED_LABEL, '')
    .replace(DATE_FURNITURE, ' ');
  return rest.trim() === '';
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
  return dateMatch(line)?.iso;
}

function dateMatch(line: string): { iso: string; index: number; length: number } | undefined {
  let year: number, month: number, day: number;
  const iso = ISO_DATE.exec(line);
  const dmy = DAY_MONTH_YEAR.exec(line);
  const mdy = MONTH_DAY_YEAR.exec(line);
  const match = iso ?? dmy ?? mdy;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [year, month, day] = [Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1])];
  else if (mdy) [year, month, day] = [Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { iso: date.toISOString().slice(0, 10), index: match!.index, length: match![0].length };
}

const monthNumber = (name: string) =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;

/** "Headline | Outlet" or "Outlet - Headline": the outlet, when the rest is the article's title. */
export function outletFromTitle(pageTitle: string, articleTitle: string): string | undefined {
  const parts = pageTitle.split(/\s+[|–—:·-]\s+|\s*\|\s*|:\s+/);
  if (parts.length < 2) return undefined;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const candidate = same(parts[0]!, articleTitle)
    ? parts.at(-1)!
    : same(parts.at(-1)!, articleTitle)
      ? parts[0]!
      : undefined;
  return candidate && isOutletName(candidate) ? candidate : undefined;
}

/** What Markdown front matter says; `body` is the text after it. */
export interface FrontMatter {
  readonly matter: ArticleFacts;
  readonly body: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]{0,8000}?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const TITLE_KEYS = ['title', 'headline'];
const OUTLET_KEYS = ['outlet', 'source', 'publication', 'publisher', 'site', 'site_name', 'sitename', 'newspaper'];
const DATE_KEYS = ['published', 'date', 'publication_date', 'published_at', 'date_published', 'pubdate'];

/** Markdown front matter (`---` YAML `---`) split from the text; none when it is not valid YAML. */
export function splitFrontMatter(text: string): FrontMatter {
  const found = FRONT_MATTER.exec(text);
  if (!found) return { matter: {}, body: text };
  let data: unknown;
  try {
    data = parseYaml(found[1]!);
  } catch {
    return { matter: {}, body: text };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { matter: {}, body: text };
  const fields = new Map(
    Object.entries(data as Record<string, unknown>).map(([key, value]) => [key.toLowerCase(), value]),
  );
  const field = (keys: readonly string[]) => {
    const value = keys.map((key) => fields.get(key)).find((v) => typeof v === 'string' || v instanceof Date);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() || undefined : undefined;
  };
  const title = field(TITLE_KEYS);
  const outlet = field(OUTLET_KEYS);
  const published = findDate(field(DATE_KEYS) ?? '');
  return {
    matter: { ...(title ? { title } : {}), ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) },
    body: text.slice(found[0].length),
  };
}
