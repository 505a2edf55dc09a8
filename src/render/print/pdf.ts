// Loaded only by `citequiz print --format pdf` (a dynamic import): pdfkit and fontkit are too big
// for every start-up of the quiz.
import { create, type Font } from 'fontkit';
import type { PrintDocument, PrintJob } from '../../print/index.js';
import type { FontStyle, PdfFontFiles } from './fonts.js';
import { pdfLayout, type Block, type PdfPages, type Piece, type Run } from './pdf-blocks.js';
import { PAPERS, type Paper } from './paper.js';

export interface PdfLayout {
  readonly paper: Paper;
}

const MARGIN = 54; // 3/4 inch: fits A4 and Letter alike
const LINE_GAP = 1.5;
const FOOTER_SIZE = 8;
const FONT_STYLES = ['regular', 'bold', 'italic', 'fallback'] as const satisfies readonly FontStyle[];
/**
 * The longest stretch without a space that goes to pdfkit whole. pdfkit splits a word wider than
 * the line by measuring what is left of it for every line it fills, and keeps each measure: a
 * 100 KB word took 83 s and ran out of memory. Longer stretches get a zero-width space (a break
 * opportunity, no glyph) after every so many characters.
 */
const LONGEST_WORD = 100;
const LONG_WORD = new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'gu');

/** The text with a break opportunity in every over-long word, never inside a pair of surrogates. */
export function breakLongWords(text: string): string {
  return text.replace(LONG_WORD, (word) => {
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- by code point on purpose: no break inside a surrogate pair
    const characters = [...word];
    const pieces: string[] = [];
    for (let i = 0; i < characters.length; i += LONGEST_WORD)
      pieces.push(characters.slice(i, i + LONGEST_WORD).join(''));
    return pieces.join('\u200b');
  });
}

/** Latin letters, accents and general punctuation, all of which DejaVu Serif has: no need to look further. */
const SERIF_COVERS = /^[\u0000-\u024f\u2000-\u206f\u20ac]*$/;

/**
 * A renderer that parses the fonts once and shares them between documents: parsing DejaVu costs
 * more than laying out a whole quiz, and a class set is dozens of documents.
 */
export async function pdfRenderer(
  files: PdfFontFiles,
  layout: PdfLayout,
): Promise<(document: PrintDocument, job: PrintJob) => Promise<Uint8Array>> {
  // pdfkit's types describe its CommonJS build; Node loads its ES module build, whose default export is the class.
  const { default: PDFDocument } = (await import('pdfkit')) as unknown as {
    default: new (options: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;
  };
  const fonts: Record<FontStyle, Font> = {
    regular: withoutOpenTypeLayout(create(files.regular)),
    bold: withoutOpenTypeLayout(create(files.bold)),
    italic: withoutOpenTypeLayout(create(files.italic)),
    fallback: create(files.fallback), // keeps OpenType layout: Arabic and other scripts need it to join letters
  };
  const shared: Shared = {
    fonts,
    words: {
      regular: new WordLayouts(),
      bold: new WordLayouts(),
      italic: new WordLayouts(),
      fallback: new WordLayouts(),
    },
    heights: new Map(),
  };
  return (document, job) => {
    for (const font of Object.values(fonts)) forgetUnmappedGlyphs(font);
    const pages = pdfLayout(document, job);
    return renderPdf(new PDFDocument(documentOptions(layout, fonts, pages)), pages, shared);
  };
}

/**
 * Shaping a word with DejaVu's OpenType tables (hundreds of lookups for dozens of scripts) costs
 * more than everything else about printing a quiz in Latin script. Without them fontkit still
 * kerns from the font's kern table and places accents by their Unicode properties; what is lost is
 * the fi and fl ligatures. Text is put in composed form (NFC) before it is drawn, so accented
 * letters are single glyphs.
 */
function withoutOpenTypeLayout(font: Font): Font {
  const tables = (font as unknown as { directory: { tables: Record<string, unknown> } }).directory.tables;
  delete tables.GSUB;
  delete tables.GPOS;
  return font;
}

/** What the documents of one print run share, so that each costs only its own drawing. */
interface Shared {
  readonly fonts: Record<FontStyle, Font>;
  readonly words: Record<FontStyle, WordLayouts>;
  /** Measured heights of pieces of text, by font, size, indent and text. */
  readonly heights: Map<string, number>;
}

/**
 * fontkit caches each glyph with the characters it was first reached from. Embedding a subset
 * reaches the parts of composite glyphs ("u" inside "ü") from none, so in the next document that
 * shares the font, "u" would have no text behind it and vanish from copied or extracted text.
 * Before each document, glyphs cached without characters are forgotten, as with a font of its own.
 */
function forgetUnmappedGlyphs(font: Font): void {
  const glyphs = (font as unknown as { _glyphs: Record<number, { codePoints: readonly number[] }> })._glyphs;
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- pdfkit's glyph cache is keyed by glyph id
  for (const id in glyphs) if (glyphs[id]!.codePoints.length === 0) delete glyphs[id];
}

/**
 * Word layouts kept at most, per face: the cache is emptied when it is full. Versions of a quiz
 * share their few hundred words; an article of megabytes has hundreds of thousands, and keeping
 * every one's glyphs took more memory than laying it out again costs time.
 */
const MAX_WORD_LAYOUTS = 20_000;

/**
 * Shaped words for one font. A block's words are kept while it is measured and drawn (pdfkit
 * shapes each word four times over), and past it only once the word has been met in another block:
 * an article's numbers and names, most used once, otherwise filled the cache and then, emptied
 * from it, the heap (180 MB of dead layouts for a 5 MB article).
 */
class WordLayouts {
  private readonly kept = new Map<string, unknown>();
  private block = new Map<string, unknown>();
  private readonly met = new Set<string>();

  layout(word: string, shape: (word: string) => unknown): unknown {
    let run = this.kept.get(word) ?? this.block.get(word);
    if (run !== undefined) return run;
    run = shape(word);
    if (!this.met.has(word)) this.block.set(word, run);
    else {
      if (this.kept.size >= MAX_WORD_LAYOUTS) this.kept.clear();
      this.kept.set(word, run);
    }
    return run;
  }

  /** The block is placed: its words are met, their layouts left behind. */
  endBlock(): void {
    if (this.met.size >= 2 * MAX_WORD_LAYOUTS) this.met.clear();
    for (const word of this.block.keys()) this.met.add(word);
    this.block = new Map();
  }
}

/**
 * Reaches into pdfkit for two things its options do not offer. Shaping a word (kerning, ligatures)
 * is most of the work of a page and every version of a quiz has the same words, so documents
 * share a word cache per font, which pdfkit's own (an object it never empties) gives way to (it
 * copies a cached word before changing its spacing). And the default font, passed as a parsed
 * font, is not cached under the name it is registered by, so each switch back to it would parse
 * it again: it is cached here.
 */
function shareWordLayouts(doc: PDFKit.PDFDocument, words: Record<FontStyle, WordLayouts>): void {
  type PdfFont = { layoutRun(text: string): unknown; layoutCached(text: string): unknown };
  const internals = doc as unknown as { _font: PdfFont; _fontFamilies: Record<string, unknown> };
  for (const style of FONT_STYLES) {
    doc.font(style);
    const font = internals._font;
    internals._fontFamilies[style] = font;
    font.layoutCached = (text) => words[style].layout(text, (word) => font.layoutRun(word));
  }
}

/**
 * pdfkit keeps every page until the footers are drawn (they need the page count), each as the
 * thousands of small buffers its text was written in: a 5 MB article took 780 MB. When the next
 * page starts, what is on a page so far is written out, compressed, as a content stream of its
 * own; what is drawn on it later (its footer) goes into a second, which PDF reads as following on.
 */
function writeFinishedPages(doc: PDFKit.PDFDocument): void {
  type Ref = { end(): void };
  type Page = { content: Ref; dictionary: { data: { Contents: Ref | Ref[] } } };
  const pdf = doc as unknown as { page: Page; ref(): Ref };
  let previous = pdf.page;
  doc.on('pageAdded', () => {
    const body = previous.content;
    body.end();
    previous.content = pdf.ref();
    previous.dictionary.data.Contents = [body, previous.content];
    previous = pdf.page;
  });
}

function documentOptions(
  layout: PdfLayout,
  fonts: Record<FontStyle, Font>,
  pages: PdfPages,
): PDFKit.PDFDocumentOptions {
  return {
    size: PAPERS[layout.paper].pdfkit,
    margin: MARGIN,
    bufferPages: true,
    // pdfkit types accept only paths and bytes; its code also takes a parsed fontkit font.
    font: fonts.regular as unknown as string,
    info: { Title: pages.heading, Creator: 'citequiz' },
  };
}

async function renderPdf(
  doc: PDFKit.PDFDocument,
  { sections, footers }: PdfPages,
  shared: Shared,
): Promise<Uint8Array> {
  for (const style of FONT_STYLES) doc.registerFont(style, shared.fonts[style] as unknown as string);
  shareWordLayouts(doc, shared.words);
  const chunks: Buffer[] = [];
  // zlib gives each page's compressed text as a view of a 16 KB buffer, which keeping it keeps
  // whole: 16 KB a page, 35 MB for a 5 MB article. Such a chunk is kept as a copy of its own.
  doc.on('data', (chunk: Buffer) =>
    chunks.push(chunk.byteLength < chunk.buffer.byteLength / 2 ? Buffer.from(chunk) : chunk),
  );
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // The document streams its chunks only once the event loop has turned; until then it would keep
  // every one of them itself.
  await new Promise((resolve) => setImmediate(resolve));

  /** The footer of every page, by the section it belongs to. */
  const pageFooters: string[] = [];
  writeFinishedPages(doc);
  sections.forEach((section, index) => {
    if (index > 0) doc.addPage();
    for (const block of section) {
      placeBlock(doc, block, shared);
      for (const style of FONT_STYLES) shared.words[style].endBlock();
    }
    const { count } = doc.bufferedPageRange();
    while (pageFooters.length < count) pageFooters.push(footers[index]!);
  });
  drawFooters(doc, pageFooters);
  for (const style of FONT_STYLES) shared.words[style].endBlock();
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** Starts a new page first when the block would not fit on this one (unless it cannot fit on any). */
function placeBlock(doc: PDFKit.PDFDocument, block: Block, shared: Shared): void {
  const bottom = doc.page.height - doc.page.margins.bottom;
  const heights = block.map((piece) => measure(doc, piece, shared.heights));
  const height = heights.reduce((sum, h) => sum + h, 0);
  if (doc.y + height > bottom && doc.y > doc.page.margins.top) doc.addPage();
  block.forEach((piece, i) => draw(doc, piece, shared.fonts, heights[i]!));
}

const widthFor = (doc: PDFKit.PDFDocument, indent: number) =>
  doc.page.width - doc.page.margins.left - doc.page.margins.right - indent;

/** Room kept at the right of a line for its trailer (the marks). */
const TRAILER_WIDTH = 56;
/** Room for a grid cell's label (its question number). */
const CELL_LABEL_WIDTH = 26;

const textWidth = (doc: PDFKit.PDFDocument, piece: Extract<Piece, { kind: 'text' }>) =>
  widthFor(doc, piece.indent) - (piece.trailer === undefined ? 0 : TRAILER_WIDTH);
const cellWidth = (doc: PDFKit.PDFDocument, piece: Extract<Piece, { kind: 'cells' }>) =>
  widthFor(doc, 0) / piece.columns;

/** Heights kept at most: far more than the pieces of a class set of quizzes. */
const MAX_HEIGHTS = 10_000;

/** Versions repeat the same prompts and choices, so each is measured once per print run. */
function measure(doc: PDFKit.PDFDocument, piece: Piece, heights: Map<string, number>): number {
  if (piece.kind === 'cells') {
    doc.font('regular').fontSize(piece.size);
    const width = cellWidth(doc, piece) - CELL_LABEL_WIDTH - 6;
    return (
      Math.max(...piece.cells.map((cell) => doc.heightOfString(cell.text || ' ', { width, lineGap: LINE_GAP }))) + 4
    );
  }
  if (piece.kind !== 'text') return piece.height;
  // Mixed runs are measured in the widest face they use, so the estimate errs towards more lines.
  const font = piece.runs.some((r) => r.font === 'bold') ? 'bold' : (piece.runs[0]?.font ?? 'regular');
  const joined =
    breakLongWords(
      piece.runs
        .map((r) => r.text)
        .join('')
        .normalize('NFC'),
    ) || ' ';
  const width = textWidth(doc, piece);
  const key = `${font}\u0000${piece.size}\u0000${width}\u0000${joined}`;
  let height = heights.get(key);
  if (height === undefined) {
    doc.font(font).fontSize(piece.size);
    height = doc.heightOfString(joined, { width, lineGap: LINE_GAP });
    // An article's paragraphs are measured once each, and would keep all its text here.
    if (heights.size >= MAX_HEIGHTS) heights.clear();
    heights.set(key, height);
  }
  return height + piece.gap;
}

function draw(doc: PDFKit.PDFDocument, piece: Piece, fonts: Record<FontStyle, Font>, height: number): void {
  const y = doc.y;
  if (piece.kind === 'space') {
    doc.y = y + piece.height;
    return;
  }
  if (piece.kind === 'cells') {
    const width = cellWidth(doc, piece);
    piece.cells.forEach((cell, i) => {
      const x = doc.page.margins.left + i * width;
      doc
        .font('bold')
        .fontSize(piece.size)
        .text(cell.label, x, y, { width: CELL_LABEL_WIDTH, align: 'right', lineBreak: false });
      drawRuns(doc, [{ text: cell.text, font: 'regular' }], fonts, x + CELL_LABEL_WIDTH + 6, y, {
        width: width - CELL_LABEL_WIDTH - 6,
        lineGap: LINE_GAP,
      });
    });
    doc.x = doc.page.margins.left;
    doc.y = y + height;
    return;
  }
  const x = doc.page.margins.left + piece.indent;
  if (piece.kind === 'rule') {
    doc
      .moveTo(x, y + piece.height - 4)
      .lineTo(x + widthFor(doc, piece.indent), y + piece.height - 4)
      .lineWidth(0.6)
      .stroke();
    doc.y = y + piece.height;
    return;
  }
  if (piece.hang !== undefined)
    doc.font('bold').fontSize(piece.size).text(piece.hang, doc.page.margins.left, y, { lineBreak: false });
  if (piece.trailer !== undefined)
    doc
      .font('regular')
      .fontSize(piece.size)
      .text(piece.trailer, doc.page.width - doc.page.margins.right - TRAILER_WIDTH, y, {
        width: TRAILER_WIDTH,
        align: 'right',
        lineBreak: false,
      });
  doc.fontSize(piece.size);
  drawRuns(doc, piece.runs, fonts, x, y, { width: textWidth(doc, piece), lineGap: LINE_GAP });
  doc.x = doc.page.margins.left;
  doc.y += piece.gap;
}

/** Runs of text in their faces, one after another, wrapped within `width` from (x, y). */
function drawRuns(
  doc: PDFKit.PDFDocument,
  runs: readonly Run[],
  fonts: Record<FontStyle, Font>,
  x: number,
  y: number,
  options: { width: number; lineGap: number },
): void {
  const faced = runs.flatMap((run) => withFallback(run, fonts)).filter((r) => r.text !== '');
  faced.forEach((run, i) => {
    doc.font(run.font);
    const last = i === faced.length - 1;
    if (i === 0) doc.text(run.text, x, y, { ...options, continued: !last });
    else doc.text(run.text, { continued: !last });
  });
}

/**
 * Splits a run where its typeface lacks a character (symbols such as ✓, Arabic, Hebrew) and sets
 * those stretches in DejaVu Sans, which has far more of them, so they print instead of empty boxes.
 */
function withFallback(run: Run, fonts: Record<FontStyle, Font>): Run[] {
  const composed = breakLongWords(run.text.normalize('NFC'));
  if (SERIF_COVERS.test(composed)) return [{ font: run.font, text: composed }];
  const out: Run[] = [];
  for (const char of composed) {
    const point = char.codePointAt(0)!;
    const lacking =
      !/\s/.test(char) && !fonts[run.font].hasGlyphForCodePoint(point) && fonts.fallback.hasGlyphForCodePoint(point);
    const font = lacking ? 'fallback' : run.font;
    const last = out.at(-1);
    if (last?.font === font) out[out.length - 1] = { font, text: last.text + char };
    else out.push({ font, text: char });
  }
  return out;
}

/** "Title — Version A · page 1 of 2" on every page, so loose pages find their set. */
function drawFooters(doc: PDFKit.PDFDocument, pageFooters: readonly string[]): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    const footer = pageFooters[i - start]!;
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    doc
      .font('regular')
      .fontSize(FOOTER_SIZE)
      .text(
        `${footer} · page ${i - start + 1} of ${count}`,
        doc.page.margins.left,
        doc.page.height - bottom / 2 - FOOTER_SIZE,
        {
          width: widthFor(doc, 0),
          align: 'center',
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = bottom;
  }
}
