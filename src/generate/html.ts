import { findDate, outletFromTitle } from './metadata.js';

/** An HTML page reduced to its article: the text quotes point into, and what the page says of it. */
export interface PageArticle {
  /** Headline, byline and paragraphs, one per block, separated by blank lines. */
  readonly text: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly published?: string;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';
/**
 * Readability's work grows with the number of elements, about 0.2 ms each here: past this many a
 * page is not an article page but a dump or an attack, and is read without it (see `plainBlocks`).
 */
export const READABILITY_MAX_ELEMENTS = 10_000;
/** Where pages state their outlet, and the day they were published, most trusted first. */
const OUTLET_META = ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]'];
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="publication_date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
];
/** A <time> the page marks as the publication date; any other may be a date in the story. */
const PUBLISHED_TIME = 'time[itemprop="datePublished"], time[pubdate]';

type Document = ReturnType<(typeof import('linkedom'))['parseHTML']>['document'];
type Element = NonNullable<ReturnType<Document['querySelector']>>;

/**
 * Mozilla's Readability (Firefox's reader view) finds the article in a page, leaving navigation,
 * scripts, cookie banners and comments behind; linkedom gives it a DOM without a browser. Both are
 * loaded only when a page is read. The page is first made balanced and shallow (`boundedHtml`),
 * which keeps all of this linear in the page's size.
 */
export async function readHtmlArticle(html: string): Promise<PageArticle | undefined> {
  const [{ parseHTML }, readability, { boundedHtml }, { plainPage }] = await Promise.all([
    import('linkedom'),
    import('@mozilla/readability'),
    import('./html-bounded.js'),
    import('./html-plain.js'),
  ]);
  // A CommonJS package: bundled, its exports arrive on `default`.
  const { Readability } = (readability as { default?: typeof readability }).default ?? readability;
  const bounded = boundedHtml(html);
  let page: ReturnType<typeof pageFacts>;
  let blocks: readonly string[];
  let title: string | undefined;
  let byline: string | undefined;
  let siteName: string | undefined;
  let publishedTime: string | undefined;
  if (bounded.elements <= READABILITY_MAX_ELEMENTS) {
    const { document } = parseHTML(bounded.html);
    page = pageFacts(document);
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    if (!parsed?.content) return undefined;
    const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    blocks = blockTexts(body.querySelectorAll(BLOCKS));
    title = oneLine(parsed.title);
    byline = oneLine(parsed.byline);
    siteName = oneLine(parsed.siteName);
    publishedTime = parsed.publishedTime ?? undefined;
  } else {
    const plain = plainPage(bounded.html);
    page = { ...pageFacts(parseHTML(plain.head).document), ...(plain.title ? { title: plain.title } : {}) };
    blocks = plain.blocks;
    title = plain.heading ?? page.title;
  }
  if (blocks.length === 0) return undefined;
  const head = [title, bylineLine(byline)].filter((line): line is string => Boolean(line) && !blocks.includes(line!));
  const outlet = page.outlet ?? siteName ?? (title && page.title ? outletFromTitle(page.title, title) : undefined);
  const published = page.published ?? findDate(publishedTime ?? '');
  return {
    text: `${[...head, ...blocks].join('\n\n')}\n`,
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published } : {}),
  };
}

/** What the page's head and marked-up dates say: its <title>, outlet and publication date. */
function pageFacts(document: Document): { title?: string; outlet?: string; published?: string } {
  const attribute = (selector: string, name: string) => {
    const value = document.querySelector(selector)?.getAttribute(name)?.trim();
    // A publisher given as a link (a social media page) names no outlet a student can read.
    return value && !/^https?:/i.test(value) ? value : undefined;
  };
  const outlet = OUTLET_META.map((selector) => attribute(selector, 'content')).find(Boolean);
  const published =
    DATE_META.map((selector) => findDate(attribute(selector, 'content') ?? '')).find(Boolean) ??
    findDate(attribute(PUBLISHED_TIME, 'datetime') ?? '') ??
    headerTime(document);
  const title = oneLine(document.querySelector('title')?.textContent);
  return { ...(title ? { title } : {}), ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) };
}

/** The first <time> outside the article's paragraphs: in a header, by the byline. */
function headerTime(document: Document): string | undefined {
  for (const time of document.querySelectorAll('time[datetime]')) {
    if (time.closest('p, li, blockquote, td')) continue;
    return findDate(time.getAttribute('datetime') ?? '');
  }
  return undefined;
}

/** The text of each block, a block inside another (a <p> in a <li>) read with its parent. */
function blockTexts(elements: Iterable<Element>): string[] {
  const blocks: string[] = [];
  for (const element of elements) {
    if (element.parentElement?.closest(BLOCKS)) continue;
    const text = oneLine(element.textContent);
    if (text) blocks.push(text);
  }
  return blocks;
}

/**
 * A byline as a line of its own that reads as one ("By Jane Smith"), so that it is recognised as
 * boilerplate and never cited. Readability often gives the bare name, from the page's author tag.
 */
function bylineLine(byline: string | undefined): string | undefined {
  if (!byline || /^https?:/i.test(byline)) return undefined;
  // Only a name is made a byline: "Updated 5 March 2024" or a sentence stays as it is.
  const isName = /^\p{Lu}/u.test(byline) && !/\d/.test(byline) && byline.split(' ').length <= 8;
  return /^(by|written by|words by)\b/i.test(byline) || !isName ? byline : `By ${byline}`;
}

const oneLine = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() || undefined;
