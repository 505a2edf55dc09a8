import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/articles/parse.js';
import { boundedHtml, MAX_HTML_DEPTH } from '../../src/generate/html-bounded.js';
import { READABILITY_MAX_ELEMENTS, readHtmlArticle } from '../../src/generate/html.js';

/** How deep the elements of balanced HTML nest. */
function depthOf(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, close] of html.matchAll(/<(\/?)(?!br\b|meta\b|img\b)[a-z][a-z0-9]*[^>]*>/g)) {
    depth += close ? -1 : 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

const page = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const sentence = (n: number) =>
  `Paragraph ${n} of the report says that the council met again on a wet evening to argue about the bridge.`;

describe('boundedHtml', () => {
  it.each([
    ['<p>one<b>bold<p>two', '<p>one<b>bold</b></p><p>two</p>'],
    ['<ul><li>a<li>b</ul>', '<ul><li>a</li><li>b</li></ul>'],
    ['<table><tr><td>x<td>y<tr><td>z</table>', '<table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>'],
    ['<ul><li>a<ul><li>b</ul></ul>', '<ul><li>a<ul><li>b</li></ul></li></ul>'],
    ['<a href="/x">one<a href="/y">two</a>', '<a href="/x">one</a><a href="/y">two</a>'],
    ['<p>3 &lt; 4 &amp; <span title="a>b">done</span>', '<p>3 &lt; 4 &amp; <span title="a>b">done</span></p>'],
    ['<div>kept<script>if (a<b) x="<div>"</script><style>p{}</style><svg><path d="x"/></svg></div>', '<div>kept</div>'],
    ['<p>a</span></p></p>b', '<p>a</p>b'],
  ])('closes %s where a browser would', (html, expected) => {
    expect(boundedHtml(html).html).toBe(expected);
  });

  it('keeps JSON-LD, where pages name their publisher and date', () => {
    const jsonLd = '<script type="application/ld+json">{"datePublished":"2024-01-02"}</script>';
    expect(boundedHtml(jsonLd).html).toBe(jsonLd);
  });

  it('nests nothing deeper than its limit, keeping the text of what it drops', () => {
    const { html } = boundedHtml(`${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}`);
    expect(depthOf(html)).toBe(MAX_HTML_DEPTH);
    expect(html).toContain('deep text');
    expect(html.length).toBeLessThan(2000);
  });
});

describe('readHtmlArticle on hostile pages', () => {
  it('reads 20 KB of unclosed <p><b><i><a> as the paragraphs a browser shows', async () => {
    const body = Array.from({ length: 200 }, (_, n) => `<p><b><i><a href="/n${n}">${sentence(n)}`).join('');
    expect(body.length).toBeGreaterThan(19_000);
    const article = await readHtmlArticle(page(`<article>${body}`));
    const paragraphs = article!.text.trim().split('\n\n');
    expect(paragraphs).toContain(sentence(0));
    expect(paragraphs).toContain(sentence(199));
  });

  it('reads the text inside 100,000 nested <div>s without running out of stack', async () => {
    const html = page(
      `${'<div>'.repeat(100_000)}<p>${sentence(1)}</p><p>${sentence(2)}</p>${'</div>'.repeat(100_000)}`,
    );
    const article = await readHtmlArticle(html);
    expect(article!.text).toContain(sentence(1));
  });

  it('reads a page too large for Readability without it, leaving out navigation and comments', async () => {
    const filler = '<span></span>'.repeat(READABILITY_MAX_ELEMENTS);
    const html = page(
      `<nav><ul><li>Home</li><li>Sport</li></ul></nav><h1>Bridge to close</h1>${filler}` +
        `<p>${sentence(1)}</p><div class="comments"><p>I think this is wrong.</p></div><p>${sentence(2)}</p>`,
      '<title>Bridge to close | The Courier</title><meta property="article:published_time" content="2024-03-05">',
    );
    const article = await readHtmlArticle(html);
    expect(article).toMatchObject({ title: 'Bridge to close', outlet: 'The Courier', published: '2024-03-05' });
    expect(article!.text.trim().split('\n\n')).toEqual(['Bridge to close', sentence(1), sentence(2)]);
  });
});

describe('readHtmlArticle metadata', () => {
  const story = [1, 2, 3, 4, 5].map((n) => `<p>${sentence(n)}</p>`).join('');

  it('takes the outlet from the <title> when no tag names it, and only a marked time as the date', async () => {
    const article = await readHtmlArticle(
      page(
        `<article><h1>Bridge to close for repairs</h1><p>The film, shown on <time datetime="2003-05-12">12 May 2003</time>, was a hit.</p>${story}</article>`,
        '<title>Bridge to close for repairs - The Courier</title>',
      ),
    );
    expect(article).toMatchObject({ title: 'Bridge to close for repairs', outlet: 'The Courier' });
    expect(article!.published).toBeUndefined();
  });

  it('takes the date of a <time> beside the byline', async () => {
    const article = await readHtmlArticle(
      page(
        `<header><h1>Bridge to close</h1><time datetime="2024-03-05T10:00:00Z">5 March</time></header><article>${story}</article>`,
      ),
    );
    expect(article!.published).toBe('2024-03-05');
  });

  it.each([
    ['a bare name from the author tag', '<meta name="author" content="Jane Smith">', ''],
    ['two names in the byline element', '', '<p class="byline">By Jane Smith and John Doe, The Courier</p>'],
  ])('never makes a byline citable: %s', async (_, head, byline) => {
    const article = await readHtmlArticle(page(`<article><h1>Bridge to close</h1>${byline}${story}</article>`, head));
    const parsed = parseArticle(article!.text, 'text');
    const bylines = parsed.paragraphs.filter((p) => /Jane Smith/.test(p.text));
    expect(bylines.length).toBeGreaterThan(0);
    for (const paragraph of bylines) expect(paragraph).toMatchObject({ kind: 'byline', citable: false });
  });
});
