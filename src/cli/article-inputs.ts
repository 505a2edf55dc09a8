import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join, resolve, sep } from 'node:path';
import {
  ArticleUnreadableError,
  decodeArticle,
  decodeText,
  MAX_ARTICLE_BYTES,
  DocumentUnreadableError,
  type DocumentText,
  type ArticleFormat,
} from '../articles/index.js';
import { CitequizError } from '../errors.js';
import { readHtmlArticle } from '../generate/html.js';
import { articleFacts, outletFromTitle, splitFrontMatter, type ArticleFacts } from '../generate/metadata.js';
import type { SourceArticle } from '../generate/index.js';
import { sanitize } from '../text/sanitize.js';
import { FileError, readPlainFile } from './files.js';

type Reader = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

/** How each kind of input file is read. PDF and Word files are containers, larger than their text. */
const INPUT_FORMATS: Readonly<Record<string, Reader>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};
export const INPUT_EXTENSIONS = Object.keys(INPUT_FORMATS);
const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** Files often taken for articles that cannot be read, and what to do with them. */
const SAVE_AS: Readonly<Record<string, string>> = {
  '.doc': 'an old Word file: save it as .docx or PDF',
  '.odt': 'save it as .docx or PDF',
  '.rtf': 'save it as .docx, PDF or plain text',
  '.pages': 'export it as .docx or PDF',
};
const NOT_AN_ARTICLE = `not an article file (${INPUT_EXTENSIONS.join(', ')})`;

const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  missing: 'no such file or folder',
  'not-a-file': 'not a regular file',
  unreadable: 'cannot be read',
};
/** Hidden entries named in a folder's warning before the rest are counted. */
const HIDDEN_NAMED = 5;

export interface InputArticle extends SourceArticle {
  /** The file name it will have in the bank's articles/ folder. */
  readonly fileName: string;
  /** Where it came from, as the user named it. */
  readonly path: string;
}

/**
 * Files named on the command line, folders opened (recursively), sorted. A path that does not
 * exist is an error; every file passed over is named with the reason. Each file and folder is
 * visited once by its real path, so a symlink loop ends and a file named twice is one article;
 * a link inside a folder that leads out of it is not followed, as a bank's loader refuses one.
 */
export function listInputFiles(inputs: readonly string[], cwd: string, warn: (message: string) => void): string[] {
  const missing = inputs.filter((input) => !exists(resolve(cwd, input)));
  if (missing.length > 0)
    throw new CitequizError('not-found', `${FILE_PROBLEMS.missing}: ${missing.map(sanitize).join(', ')}`);
  const files = new Map<string, string>(); // real path → the path as the user will see it
  const seenFolders = new Set<string>();
  const skip = (path: string, why: string) => warn(`skipping ${sanitize(path)}: ${why}`);

  const visitFolder = (path: string, real: string, root: { real: string; shown: string }, named: boolean) => {
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(real, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      skip(path, FILE_PROBLEMS.unreadable!);
      return;
    }
    // A bank found inside a folder of articles (an earlier --out) is not more articles.
    if (!named && entries.some((entry) => entry.name === 'bank.yaml')) {
      skip(path, 'it is a bank folder');
      return;
    }
    const hidden = entries.filter((entry) => entry.name.startsWith('.')).map((entry) => entry.name);
    if (hidden.length > 0) {
      const more = hidden.length > HIDDEN_NAMED ? ` and ${hidden.length - HIDDEN_NAMED} more` : '';
      warn(
        `skipping hidden entries in ${sanitize(path)}: ${hidden.slice(0, HIDDEN_NAMED).map(sanitize).join(', ')}${more}`,
      );
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = join(path, entry.name);
      let childReal: string;
      try {
        childReal = realpathSync(join(real, entry.name));
      } catch {
        skip(child, 'a link to nothing');
        continue;
      }
      if (childReal !== root.real && !childReal.startsWith(root.real + sep)) {
        skip(child, `a link to outside ${root.shown}, not followed`);
        continue;
      }
      visit(child, childReal, root, false);
    }
  };

  const visit = (path: string, real: string, root: { real: string; shown: string }, named: boolean) => {
    let stats;
    try {
      stats = statSync(real);
    } catch {
      skip(path, FILE_PROBLEMS.unreadable!);
      return;
    }
    if (stats.isDirectory()) {
      visitFolder(path, real, root, named);
      return;
    }
    const extension = extname(path).toLowerCase();
    if (!stats.isFile()) skip(path, FILE_PROBLEMS['not-a-file']!);
    else if (!INPUT_FORMATS[extension]) skip(path, SAVE_AS[extension] ?? NOT_AN_ARTICLE);
    else if (!files.has(real)) files.set(real, path);
  };

  for (const input of inputs) {
    const real = realpathSync(resolve(cwd, input));
    visit(input, real, { real, shown: sanitize(input) }, true);
  }
  return [...files.values()].sort();
}

export const exists = (path: string) => {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
};

/** Reads one input file into an article, or throws an Error whose message says why it cannot be one. */
export async function readInputArticle(path: string, cwd: string, id: string): Promise<InputArticle> {
  const reader = INPUT_FORMATS[extname(path).toLowerCase()]!;
  const document = reader === 'pdf' || reader === 'docx';
  let read: { text: string; format: ArticleFormat; facts: ArticleFacts };
  const limit = document ? MAX_DOCUMENT_BYTES : MAX_ARTICLE_BYTES;
  try {
    read = await readerFor[reader](readPlainFile(resolve(cwd, path), limit));
  } catch (error) {
    if (error instanceof FileError && error.problem === 'too-large')
      throw new Error(`larger than ${limit / 1024 / 1024} MiB`);
    if (error instanceof FileError) throw new Error(FILE_PROBLEMS[error.problem] ?? error.message);
    if (error instanceof ArticleUnreadableError || error instanceof DocumentUnreadableError)
      throw new Error(error.message);
    throw error;
  }
  const { text, format, facts } = read;
  // What is written into the bank is read back by `check` as text: it must pass as one.
  if (document && new TextEncoder().encode(text).length > MAX_ARTICLE_BYTES)
    throw new Error(`its text is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`);
  const fallbackTitle = basename(path, extname(path)).replace(/[-_]+/g, ' ').trim() || 'Untitled article';
  return {
    id,
    path,
    fileName: `${id}.${format === 'markdown' ? 'md' : 'txt'}`,
    text,
    format,
    ...stated(facts),
    title: facts.title ?? fallbackTitle,
  };
}

type Read = { text: string; format: ArticleFormat; facts: ArticleFacts };

const readerFor: Readonly<Record<Reader, (bytes: Uint8Array) => Promise<Read>>> = {
  // Text and Markdown are read as `check` will read them in the bank.
  text: (bytes) => {
    const text = decodeArticle(bytes, 'text');
    return Promise.resolve({ text, format: 'text', facts: articleFacts(text, 'text') });
  },
  // Front matter says what the article is; the bank says it in bank.yaml, and keeps the article.
  markdown: (bytes) => {
    const text = decodeArticle(bytes, 'markdown');
    return Promise.resolve({
      text: splitFrontMatter(text).body,
      format: 'markdown',
      facts: articleFacts(text, 'markdown'),
    });
  },
  html: async (bytes) => {
    const page = await readHtmlArticle(decodeText(bytes));
    if (!page) throw new Error('no article text found in the page');
    // What the page's tags say comes first; then lines of the text, such as a byline with the outlet.
    return { text: page.text, format: 'text', facts: { ...articleFacts(page.text, 'text'), ...stated(page) } };
  },
  // Loaded on use: pdf.js and mammoth are large, and most articles are neither.
  pdf: async (bytes) => fromDocument(await (await import('../articles/pdf.js')).readPdf(bytes)),
  docx: async (bytes) => fromDocument(await (await import('../articles/docx.js')).readDocx(bytes)),
};

/** A document's facts: its text's, then its running headers', then its properties'. */
function fromDocument(document: DocumentText): Read {
  const found = articleFacts(document.text, 'text', document.furniture);
  const title = found.title ?? document.title;
  const outlet = found.outlet ?? (document.title && title ? outletFromTitle(document.title, title) : undefined);
  return {
    text: document.text,
    format: 'text',
    facts: { ...found, ...stated({ title, outlet }) },
  };
}

/** The facts given, without those left undefined, which would hide others in a spread. */
const stated = ({ title, outlet, published }: ArticleFacts): ArticleFacts => ({
  ...(title ? { title } : {}),
  ...(outlet ? { outlet } : {}),
  ...(published ? { published } : {}),
});

/** A bank id from a file name: "Cup Final (2024).txt" → "cup-final-2024"; unique within the bank. */
export function articleId(path: string, taken: Set<string>): string {
  const base =
    basename(path, extname(path))
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'article';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
