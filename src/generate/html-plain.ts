import { Parser } from 'htmlparser2';

/** Blocks whose text is a paragraph of its own. */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'blockquote', 'pre', 'figcaption', 'td']);
/** Other elements whose edges part text: a <div>'s text is not run into the next one's. */
const BREAKS = new Set(['div', 'section', 'article', 'main', 'br', 'tr', 'table', 'ul', 'ol', 'dl', 'dd', 'dt']);
/** What is not the article: navigation, forms, asides, footers and readers' comments. */
const NOT_ARTICLE = new Set(['nav', 'aside', 'form', 'footer', 'select', 'button', 'noscript', 'title', 'head']);
const NOT_ARTICLE_ROLE = /^(navigation|complementary|banner|contentinfo)$/;
const COMMENTS = /comment/i;
/** Enough <meta> and <time> tags for any real page's facts; a page with more gets no more memory. */
const MAX_HEAD_TAGS = 500;

export interface PlainPage {
  readonly blocks: readonly string[];
  /** The text of the page's first <h1>. */
  readonly heading?: string;
  /** The page's <title>. */
  readonly title?: string;
  /** The page's <meta> and <time> tags only: small enough for a DOM. */
  readonly head: string;
}

/**
 * A page read without a DOM, for pages too large for Readability: its blocks of text, less what
 * is plainly not the article. `html` must come from `boundedHtml`, balanced and shallow, so that
 * the parser's stack operations stay cheap and the whole stays linear in the page's size.
 */
export function plainPage(html: string): PlainPage {
  const blocks: string[] = [];
  const head: string[] = [];
  let text: string[] = [];
  let excluded = 0; // open elements that are not the article, this one included
  const stack: boolean[] = []; // per open element: whether it is excluded
  let heading: string | undefined;
  let title: string | undefined;
  let inside: 'h1' | 'title' | undefined;
  let caught = '';
  const flush = () => {
    const block = text.join('').replace(/\s+/g, ' ').trim();
    if (block) blocks.push(block);
    text = [];
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if ((name === 'meta' || name === 'time') && head.length < MAX_HEAD_TAGS)
          head.push(`<${name}${attributesHtml(attributes)}></${name}>`);
        const notArticle =
          NOT_ARTICLE.has(name) ||
          NOT_ARTICLE_ROLE.test(attributes.role ?? '') ||
          COMMENTS.test(`${attributes.class ?? ''} ${attributes.id ?? ''}`);
        if (name === 'br') return void text.push('\n');
        stack.push(notArticle);
        if (notArticle) excluded++;
        if (BLOCKS.has(name) || BREAKS.has(name)) flush();
        if ((name === 'h1' && heading === undefined) || (name === 'title' && title === undefined)) inside = name;
      },
      ontext(value) {
        if (excluded === 0) text.push(value);
        if (inside) caught += value;
      },
      onclosetag(name) {
        if (name === 'br') return;
        if (stack.pop()) excluded--;
        if (BLOCKS.has(name) || BREAKS.has(name)) flush();
        if (name === inside) {
          const found = caught.replace(/\s+/g, ' ').trim();
          if (inside === 'h1') heading = found;
          else title = found;
          inside = undefined;
          caught = '';
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return {
    blocks,
    ...(heading ? { heading } : {}),
    ...(title ? { title } : {}),
    head: `<html><head>${head.join('')}</head></html>`,
  };
}

const attributesHtml = (attributes: Record<string, string>) =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
