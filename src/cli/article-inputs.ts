import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { ArticleUnreadableError, decodeArticle, decodeText, MAX_ARTICLE_BYTES } from '../articles/decode.js';
import type { ArticleFormat } from '../articles/types.js';
import { readHtmlArticle } from '../generate/html.js';
import { articleFacts } from '../generate/metadata.js';
import type { SourceArticle } from '../generate/sentences.js';
import { sanitize } from '../render/sanitize.js';
import { FileError, readPlainFile } from './files.js';

/** How each kind of input file is read: as it is, or an HTML page reduced to its article. */
const INPUT_FORMATS: Readonly<Record<string, { format: ArticleFormat; html: boolean; extension: string }>> = {
  '.txt': { format: 'text', html: false, extension: 'txt' },
  '.text': { format: 'text', html: false, extension: 'txt' },
  '.md': { format: 'markdown', html: false, extension: 'md' },
  '.markdown': { format: 'markdown', html: false, extension: 'md' },
  '.html': { format: 'text', html: true, extension: 'txt' },
  '.htm': { format: 'text', html: true, extension: 'txt' },
};
export const INPUT_EXTENSIONS = Object.keys(INPUT_FORMATS);

const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  missing: 'no such file or folder',
  'not-a-file': 'not a regular file',
  'too-large': `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`,
  unreadable: 'cannot be read',
};

export interface InputArticle extends SourceArticle {
  /** The file name it will have in the bank's articles/ folder. */
  readonly fileName: string;
  /** Where it came from, as the user named it. */
  readonly path: string;
}

/**
 * Files named on the command line, folders opened (recursively, hidden entries skipped), sorted.
 * Each file and folder is visited once by its real path, so a symlink loop ends and a file named
 * twice is one article.
 */
export function listInputFiles(inputs: readonly string[], cwd: string, warn: (message: string) => void): string[] {
  const files = new Map<string, string>(); // real path → the path as the user will see it
  const seenFolders = new Set<string>();
  const visit = (path: string, named: boolean) => {
    let real: string;
    let isFolder: boolean;
    try {
      real = realpathSync(resolve(cwd, path));
      isFolder = statSync(real).isDirectory();
    } catch {
      warn(`skipping ${sanitize(path)}: ${FILE_PROBLEMS.missing}`);
      return;
    }
    if (isFolder) {
      if (seenFolders.has(real)) return;
      seenFolders.add(real);
      let entries: string[];
      try {
        entries = readdirSync(real).sort();
      } catch {
        warn(`skipping ${sanitize(path)}: ${FILE_PROBLEMS.unreadable}`);
        return;
      }
      // A bank found inside a folder of articles (an earlier --out) is not more articles.
      if (!named && entries.includes('bank.yaml')) {
        warn(`skipping ${sanitize(path)}: it is a bank folder`);
        return;
      }
      for (const entry of entries) if (!entry.startsWith('.')) visit(join(path, entry), false);
    } else if (INPUT_FORMATS[extname(path).toLowerCase()]) {
      if (!files.has(real)) files.set(real, path);
    } else if (named) warn(`skipping ${sanitize(path)}: only ${INPUT_EXTENSIONS.join(', ')} files are articles`);
  };
  for (const input of inputs) visit(input, true);
  return [...files.values()].sort();
}

/** Reads one input file into an article, or throws a message saying why it cannot be one. */
export async function readInputArticle(path: string, cwd: string, id: string): Promise<InputArticle> {
  const kind = INPUT_FORMATS[extname(path).toLowerCase()]!;
  let text: string;
  try {
    const bytes = readPlainFile(resolve(cwd, path), MAX_ARTICLE_BYTES);
    // Text and Markdown are read as `check` will read them in the bank, HTML as a page.
    text = kind.html ? decodeText(bytes) : decodeArticle(bytes, kind.format);
  } catch (error) {
    if (error instanceof FileError) throw new Error(FILE_PROBLEMS[error.problem] ?? error.message);
    if (error instanceof ArticleUnreadableError) throw new Error(error.message);
    throw error;
  }
  const fallbackTitle = basename(path, extname(path)).replace(/[-_]+/g, ' ').trim() || 'Untitled article';
  if (kind.html) {
    const page = await readHtmlArticle(text);
    if (!page) throw new Error('no article text found in the page');
    return {
      id,
      path,
      fileName: `${id}.${kind.extension}`,
      text: page.text,
      format: 'text',
      title: page.title ?? fallbackTitle,
      ...facts(page),
    };
  }
  const found = articleFacts(text, kind.format);
  return {
    id,
    path,
    fileName: `${id}.${kind.extension}`,
    text,
    format: kind.format,
    title: found.title ?? fallbackTitle,
    ...facts(found),
  };
}

const facts = (f: { outlet?: string; published?: string }) => ({
  ...(f.outlet ? { outlet: f.outlet } : {}),
  ...(f.published ? { published: f.published } : {}),
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
