/** A PDF reduced to its article: paragraphs as a reader sees them, and what stood around them. */
export interface DocumentText {
  /** Paragraphs, one a line, separated by blank lines. */
  readonly text: string;
  /** The title the document's properties give, when it looks like one. */
  readonly title?: string;
  /** Running headers and footers left out of the text, once each: where an outlet or date may stand. */
  readonly furniture: readonly string[];
}

/** Why a PDF gives no article. */
export class DocumentUnreadableError extends Error {
  override readonly name = 'DocumentUnreadableError';
}

interface Line {
  text: string;
  readonly page: number;
  readonly x: number;
  xEnd: number;
  readonly y: number;
  readonly size: number;
}

/** Text beyond this is not an article; reading stops rather than fill memory. */
const MAX_TEXT = 5 * 1024 * 1024;
/** A page number alone, as footers print it: "3", "- 3 -", "Page 3", "3 of 12", "3/12". */
const PAGE_NUMBER = /^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** Titles that document properties carry but that name no article. */
const NOT_A_TITLE = /^(untitled|microsoft word\b|document\d*$)|\.(docx?|pdf|html?|txt|odt)$/i;

/**
 * The text of a PDF as an article, with Mozilla's pdf.js (loaded only when a PDF is read). pdf.js
 * gives positioned runs of text; lines are rebuilt from them, running headers, footers and page
 * numbers are set aside, and hard-wrapped lines are joined into the paragraphs they were, so that
 * a quote is a sentence as the reader sees it and not a line of the page.
 */
export async function readPdf(bytes: Uint8Array): Promise<DocumentText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // In Node pdf.js runs its worker in the same thread, from this module when it is given.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes), // pdf.js takes over the buffer it is given
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
    }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new DocumentUnreadableError('the PDF is protected by a password');
    throw new DocumentUnreadableError('the file is not a PDF that can be read');
  }
  try {
    const lines: Line[] = [];
    let size = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      for (const line of pageLines(content.items, number)) {
        size += line.text.length;
        if (size > MAX_TEXT) throw new DocumentUnreadableError('the PDF holds more text than any article');
        lines.push(line);
      }
      page.cleanup();
    }
    const { body, furniture } = setAsideFurniture(lines, document.numPages);
    const paragraphs = joinParagraphs(body);
    if (paragraphs.length === 0)
      throw new DocumentUnreadableError('the PDF has no text to read (a scan? only its image is there)');
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- pdf.js types its metadata as any; this says what is read
    const info = (await document.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' ? info.Title.replace(/\s+/g, ' ').trim() : '';
    return {
      text: `${paragraphs.join('\n\n')}\n`,
      ...(title && !NOT_A_TITLE.test(title) ? { title } : {}),
      furniture,
    };
  } finally {
    await document.destroy();
  }
}

interface TextRun {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
  readonly hasEOL?: boolean;
}

/** Runs of text → lines, in the order pdf.js gives them (the content's reading order). */
function pageLines(items: readonly unknown[], page: number): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of items as TextRun[]) {
    if (item.str === undefined || !item.transform) continue;
    const [, , , scaleY = 0, x = 0, y = 0] = item.transform;
    const size = Math.abs(item.height || scaleY) || 1;
    const width = item.width ?? 0;
    if (current && Math.abs(y - current.y) > size / 2) current = undefined;
    if (item.str.trim() !== '' || current) {
      if (!current) {
        current = { text: '', page, x, xEnd: x, y, size };
        lines.push(current);
      }
      // A gap wider than a third of the type's size is a space the PDF did not write.
      const gap = x - current.xEnd;
      if (current.text && gap > size / 3 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      current.xEnd = Math.max(current.xEnd, x + width);
    }
    if (item.hasEOL) current = undefined;
  }
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
  return lines.filter((line) => line.text !== '');
}

/**
 * Lines at the top or foot of a page that repeat, digits aside, on other pages (running headers
 * and footers), and page numbers, are left out of the text; the distinct ones are kept apart.
 */
function setAsideFurniture(lines: readonly Line[], pages: number): { body: Line[]; furniture: string[] } {
  const byPage = new Map<number, Line[]>();
  for (const line of lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#');
  const edges = new Set<Line>();
  const seen = new Map<string, number>();
  for (const pageLines of byPage.values()) {
    const byHeight = [...pageLines].sort((a, b) => b.y - a.y);
    const edge = new Set([...byHeight.slice(0, 2), ...byHeight.slice(-2)]);
    for (const line of edge) {
      edges.add(line);
      seen.set(shape(line.text), (seen.get(shape(line.text)) ?? 0) + 1);
    }
  }
  const furniture = new Set<string>();
  const isFurniture = (line: Line) => {
    if (!edges.has(line)) return false;
    if (PAGE_NUMBER.test(line.text)) return true;
    return pages > 1 && (seen.get(shape(line.text)) ?? 0) >= 2;
  };
  const body: Line[] = [];
  for (const line of lines) {
    if (!isFurniture(line)) body.push(line);
    else if (!PAGE_NUMBER.test(line.text)) furniture.add(line.text);
  }
  return { body, furniture: [...furniture] };
}

/**
 * Lines → paragraphs. A paragraph ends where the space above the next line is wider than the
 * text's line spacing, where the next line is indented, where the type changes size (a
 * headline), or where a line ending a sentence stops well short of the text's right edge. A
 * paragraph runs on over a page break when its last line is full.
 */
function joinParagraphs(lines: readonly Line[]): string[] {
  if (lines.length === 0) return [];
  // Line spacing in proportion to the type's size, so that a headline's lines space as the body's.
  const spacings: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (a.page === b.page && Math.abs(a.size - b.size) < 0.5 && a.y > b.y) spacings.push((a.y - b.y) / b.size);
  }
  const spacing = median(spacings) ?? 1.2;
  const left = median(lines.map((l) => l.x)) ?? 0;
  const right = Math.max(...lines.map((l) => l.xEnd));
  const width = Math.max(right - left, 1);
  const paragraphs: string[] = [];
  let open = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const before = lines[i - 1];
    const startsNew =
      !before ||
      Math.abs(line.size - before.size) >= 0.5 ||
      (line.page === before.page && ((before.y - line.y) / line.size > spacing * 1.3 || line.y > before.y)) ||
      (line.x - left > line.size && line.x - left < width / 3 && before.x - left <= line.size / 2) ||
      (/[.!?:"'”’)]$/.test(before.text) && right - before.xEnd > width * 0.1);
    if (startsNew && open) {
      paragraphs.push(open);
      open = '';
    }
    open = open ? joinLines(open, line.text) : line.text;
  }
  if (open) paragraphs.push(open);
  return paragraphs;
}

/**
 * Two wrapped lines as one. A line ending in a soft hyphen was hyphenated by the layout, and is
 * joined without it; a hard hyphen is kept ("well-" + "known"), since most layouts of articles do
 * not hyphenate, and one that does cannot be told from a compound broken at its hyphen.
 */
function joinLines(before: string, after: string): string {
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + after;
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before + after;
  return `${before} ${after}`;
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}
