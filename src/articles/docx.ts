import { unzipSync } from 'fflate';
import { DocumentUnreadableError, type DocumentText } from './pdf.js';

/** Uncompressed size past which a Word file is a zip bomb, not an article. */
const MAX_UNZIPPED = 200 * 1024 * 1024;
/** Elements of mammoth's HTML that end a paragraph; a line break (`<br>`) ends a line, which is one. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'br', 'blockquote', 'pre']);
const HEADER_PART = /^word\/(header|footer)\d*\.xml$/;
const NOT_A_TITLE = /^(untitled|document\d*)$|\.(docx?|pdf|html?|txt|odt)$/i;

/**
 * The text of a Word (.docx) file as an article, with mammoth (loaded only when one is read):
 * each paragraph, heading, list item and line a paragraph of its own. The title in the file's
 * properties, and the text of its page headers and footers, where outlets and dates stand, are
 * read apart.
 */
export async function readDocx(bytes: Uint8Array): Promise<DocumentText> {
  let parts: Record<string, Uint8Array>;
  try {
    let unzipped = 0;
    parts = unzipSync(bytes, {
      filter: (file) => {
        unzipped += file.originalSize;
        if (unzipped > MAX_UNZIPPED)
          throw new DocumentUnreadableError('the Word file unpacks to more than any article');
        return file.name === 'docProps/core.xml' || HEADER_PART.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof DocumentUnreadableError) throw error;
    throw new DocumentUnreadableError('the file is not a Word document (.docx)');
  }
  const [{ Parser }, mammothModule] = await Promise.all([import('htmlparser2'), import('mammoth')]);
  // A CommonJS package: bundled, its exports arrive on `default`.
  const mammoth = (mammothModule as { default?: typeof mammothModule }).default ?? mammothModule;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new DocumentUnreadableError('the file is not a Word document (.docx) that can be read');
  }
  const paragraphs: string[] = [];
  let text = '';
  const flush = () => {
    const paragraph = text.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    text = '';
  };
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (BLOCKS.has(name)) flush();
      },
      onclosetag: (name) => {
        if (BLOCKS.has(name)) flush();
      },
      ontext: (value) => void (text += value),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  if (paragraphs.length === 0) throw new DocumentUnreadableError('the Word document has no text');
  const xml = (name: string) => (parts[name] ? new TextDecoder().decode(parts[name]) : '');
  const title = xmlText(/<dc:title>([\s\S]*?)<\/dc:title>/.exec(xml('docProps/core.xml'))?.[1] ?? '');
  const furniture = Object.keys(parts)
    .filter((name) => HEADER_PART.test(name))
    .sort()
    .flatMap((name) => xml(name).split('</w:p>').map(paragraphText))
    .filter(Boolean);
  return {
    text: `${paragraphs.join('\n\n')}\n`,
    ...(title && !NOT_A_TITLE.test(title) ? { title } : {}),
    furniture: [...new Set(furniture)],
  };
}

/** The text of one WordprocessingML paragraph: its `<w:t>` runs, tabs as spaces. */
const paragraphText = (paragraph: string) =>
  xmlText([...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => m[1] ?? ' ').join(''));

const xmlText = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
