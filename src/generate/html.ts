import { findDate } from './metadata.js';

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
 * Mozilla's Readability (Firefox's reader view) finds the article in a page, leaving navigation,
 * scripts, cookie banners and comments behind; linkedom gives it a DOM without a browser. Both are
 * loaded only when a page is read.
 */
export async function readHtmlArticle(html: string): Promise<PageArticle | undefined> {
  const [{ parseHTML }, readability] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  // A CommonJS package: bundled, its exports arrive on `default`.
  const { Readability } = (readability as { default?: typeof readability }).default ?? readability;
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  if (!parsed?.content) return undefined;
  const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const blocks: string[] = [];
  for (const element of body.querySelectorAll(BLOCKS)) {
    // A block inside another block (a <p> in a <li>) is read with its parent.
    if (element.parentElement?.closest(BLOCKS)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
  }
  if (blocks.length === 0) return undefined;
  const title = parsed.title?.replace(/\s+/g, ' ').trim() || undefined;
  const byline = parsed.byline?.replace(/\s+/g, ' ').trim();
  const head = [title, byline].filter((line): line is string => Boolean(line) && !blocks.includes(line!));
  const outlet = meta('meta[property="og:site_name"]') ?? parsed.siteName?.trim();
  const published = findDate(meta('meta[property="article:published_time"]') ?? time ?? parsed.publishedTime ?? '');
  return {
    text: `${[...head, ...blocks].join('\n\n')}\n`,
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published } : {}),
  };
}
