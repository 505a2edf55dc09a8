import { Tokenizer } from 'htmlparser2';

/**
 * Deepest nesting of elements kept. Real news pages nest 20 to 60 deep (Chromium stops at 512);
 * past this, tags are dropped and their text kept, so that nothing downstream — the DOM, Mozilla's
 * Readability, our block reader — meets a tree deep enough to overflow the stack or to cost more
 * than linear time.
 */
export const MAX_HTML_DEPTH = 64;

// Elements that never hold content, as the HTML parser of linkedom (htmlparser2) knows them.
const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
// Opening one of these closes an open <p> (HTML's "close a p element in button scope").
const CLOSES_P = new Set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul li dd dt listing plaintext xmp'.split(
    ' ',
  ),
);
// A <p>, <li> or cell is looked for only up to the nearest of these: a new table starts afresh.
const SCOPE = new Set('applet caption html table td th marquee object template button'.split(' '));
// Elements whose content is raw text, not markup.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
// Left out whole, content and all: never article text, and the first two can be most of a page.
// A script of JSON-LD stays, as Readability reads the page's publisher and date from it.
const LEFT_OUT = new Set(['script', 'style', 'svg', 'template']);
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;
// Where a dropped tag stood, a line break keeps its text apart from its neighbours'.
const BLOCK = new Set([...CLOSES_P, 'br', 'td', 'th', 'tr', 'caption', 'blockquote']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * What a new element closes, in order: the innermost open element of each list, unless one of
 * its bounds (or a scope boundary) is open inside it. A new row closes the open cell, then the
 * open row; a new list item the open item of its own list, not of an outer one.
 */
const CELLS = ['td', 'th'];
const SECTIONS = ['thead', 'tbody', 'tfoot'];
type Closes = readonly (readonly [names: readonly string[], bounds: readonly string[]])[];
const CLOSES: ReadonlyMap<string, Closes> = new Map<string, Closes>([
  ['li', [[['li'], ['ul', 'ol']]]],
  ['dd', [[['dd', 'dt'], ['dl']]]],
  ['dt', [[['dd', 'dt'], ['dl']]]],
  ['td', [[CELLS, ['tr']]]],
  ['th', [[CELLS, ['tr']]]],
  [
    'tr',
    [
      [CELLS, ['table']],
      [['tr'], SECTIONS],
    ],
  ],
  ...SECTIONS.map(
    (name) =>
      [
        name,
        [
          [CELLS, ['table']],
          [['tr'], ['table']],
          [SECTIONS, ['table']],
        ],
      ] as const,
  ),
  ['option', [[['option'], ['select', 'datalist']]]],
  ['a', [[['a'], []]]],
  ['nobr', [[['nobr'], []]]],
]);

export interface BoundedHtml {
  readonly html: string;
  /** Elements written out, a measure of the work the DOM and Readability face. */
  readonly elements: number;
}

/**
 * The page as balanced HTML nested at most `maxDepth` deep, in one pass, in time linear in its
 * size. Browsers close what a page leaves open (a new <p> ends the one before, a new <li> the
 * item before), but the HTML parser linkedom uses does so only for the innermost element: 9.5 KB
 * of unclosed `<p><b><i><a>` becomes a tree thousands deep, on which the parser, the DOM and
 * Readability each take time quadratic in its depth, then overflow the stack. So the page is
 * re-tokenised here — with the tokenizer that parser uses, so both see the same tags — and written
 * out with every element closed where a browser would close it and none deeper than `maxDepth`.
 * Text, attributes and entities are copied as they stand; comments are left out.
 */
export function boundedHtml(html: string, maxDepth = MAX_HTML_DEPTH): BoundedHtml {
  // Joined a few thousand pieces at a time: a 5 MB page of small tags is millions of pieces, and
  // a list of them all took 120 MB.
  const written: string[] = [];
  let pieces: string[] = [];
  let lastPiece = '';
  const write = (piece: string) => {
    pieces.push(piece);
    lastPiece = piece;
    if (pieces.length < 4096) return;
    written.push(pieces.join(''));
    pieces = [];
  };
  const stack: string[] = [];
  /** Where each open element stands on the stack, per name, innermost last. */
  const at = new Map<string, number[]>();
  /** Open tags dropped for depth, per name: their end tags are dropped too. */
  const dropped = new Map<string, number>();
  let droppedOpen = 0;
  let foreign = 0; // open <svg> and <math>, where `<x/>` closes itself
  let tagStart = 0;
  let tagName = '';
  let elements = 0;
  /** An element being left out with its content, and how many of its name are open inside it. */
  let skipping: { name: string; open: number } | undefined;

  const last = (name: string) => at.get(name)?.at(-1) ?? -1;
  const lastOf = (names: Iterable<string>) => {
    let index = -1;
    for (const name of names) index = Math.max(index, last(name));
    return index;
  };
  const push = (name: string) => {
    const positions = at.get(name);
    if (positions) positions.push(stack.length);
    else at.set(name, [stack.length]);
    stack.push(name);
    if (name === 'svg' || name === 'math') foreign++;
  };
  const popTo = (index: number) => {
    while (stack.length > index) {
      const name = stack.pop()!;
      at.get(name)!.pop();
      if (name === 'svg' || name === 'math') foreign--;
      write(`</${name}>`);
    }
  };
  /** Closes the innermost of `names` unless one of `bounds` (or a scope boundary) is inside it. */
  const closeOpen = (names: readonly string[], bounds: readonly string[]) => {
    const index = lastOf(names);
    if (index < 0 || index <= lastOf(bounds)) return;
    for (const boundary of SCOPE) if (!names.includes(boundary) && last(boundary) > index) return;
    popTo(index);
  };

  const open = (name: string, selfClosing: boolean, end: number) => {
    // Below a dropped tag, what is open is not known: nothing is closed on its account.
    if (droppedOpen === 0) {
      if (CLOSES_P.has(name)) closeOpen(['p'], []);
      if (HEADINGS.has(name) && HEADINGS.has(stack.at(-1) ?? '')) popTo(stack.length - 1);
      for (const [names, bounds] of CLOSES.get(name) ?? []) closeOpen(names, bounds);
    }
    const tag = html.slice(tagStart, end + 1);
    const isVoid = VOID.has(name) || (selfClosing && foreign > 0);
    if (isVoid) {
      write(tag);
      elements++;
    } else if ((LEFT_OUT.has(name) && !JSON_LD.test(tag)) || (stack.length >= maxDepth && RAW_TEXT.has(name))) {
      skipping = { name, open: 1 };
    } else if (stack.length >= maxDepth) {
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      droppedOpen++;
      if (BLOCK.has(name) && lastPiece !== '\n') write('\n');
    } else {
      write(tag);
      push(name);
      elements++;
    }
  };
  /** Inside a left-out element, only its own name's tags count, to find where it ends. */
  const skipped = (name: string, change: number) => {
    if (!skipping) return false;
    if (name === skipping.name) skipping.open += change;
    if (skipping.open === 0) skipping = undefined;
    return true;
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        tagStart = start - 1;
        tagName = html.slice(start, end).toLowerCase();
      },
      onattribname() {},
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onopentagend(end) {
        if (!skipped(tagName, VOID.has(tagName) ? 0 : 1)) open(tagName, false, end);
      },
      onselfclosingtag(end) {
        const opens = !VOID.has(tagName) && foreign === 0 && skipping?.name !== 'svg';
        if (!skipped(tagName, opens ? 1 : 0)) open(tagName, true, end);
      },
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if (skipped(name, -1)) return;
        const wasDropped = dropped.get(name) ?? 0;
        if (wasDropped > 0) {
          dropped.set(name, wasDropped - 1);
          droppedOpen--;
          if (BLOCK.has(name) && lastPiece !== '\n') write('\n');
        } else if (VOID.has(name)) {
          if (name === 'br') write('<br>');
        } else {
          const index = last(name);
          if (index >= 0) popTo(index);
        }
      },
      ontext(start, end) {
        if (!skipping) write(html.slice(start, end));
      },
      ontextentity() {},
      oncdata() {},
      oncomment() {},
      ondeclaration(start, end) {
        if (!skipping) write(`<!${html.slice(start, end)}>`);
      },
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  popTo(0);
  written.push(pieces.join(''));
  return { html: written.join(''), elements };
}
