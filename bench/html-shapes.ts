// Hostile and ordinary HTML pages of about `bytes` bytes, for `npm run bench`.
const paragraph = (n: number) =>
  `<p>Paragraph ${n} says that the council met on Tuesday to approve the plan, said the mayor, Jane Smith.</p>`;
const repeat = (bytes: number, unit: (n: number) => string) => {
  const parts: string[] = [];
  for (let n = 0, size = 0; size < bytes; n++) {
    const part = unit(n);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
};

export const HTML_SHAPES: Readonly<Record<string, (bytes: number) => string>> = {
  // An ordinary article page: a head, navigation, an article of paragraphs, comments.
  article: (bytes) =>
    `<!doctype html><html><head><title>Council approves plan | The Courier</title><meta property="og:site_name" content="The Courier"></head><body><nav><a href="/">Home</a></nav><article><h1>Council approves plan</h1>${repeat(bytes, paragraph)}</article><section class="comments"><p>First!</p></section></body></html>`,
  // Issue 15: 9.5 KB of these took 54 s, 19 KB overflowed the stack.
  'unclosed <p><b><i><a>': (bytes) => `<html><body>${repeat(bytes, (n) => `<p><b><i><a href="/${n}">text ${n} `)}`,
  // Issue 15: 100,000 of these (1.1 MB) took 223 s, then overflowed the stack.
  'nested <div>': (bytes) => {
    const depth = Math.floor(bytes / 11);
    return `<html><body>${'<div>'.repeat(depth)}<p>${paragraph(0)}</p>${'</div>'.repeat(depth)}</body></html>`;
  },
  'nested tables': (bytes) => `<html><body>${repeat(bytes, (n) => `<table><tr><td>cell ${n}`)}`,
  'one paragraph': (bytes) => `<html><body><article><h1>Title</h1><p>${'word '.repeat(bytes / 5)}</p></article>`,
};
