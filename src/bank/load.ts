import { posix } from 'node:path';
import { articleFormatOf, ArticleUnreadableError, decodeArticle } from '../articles/decode.js';
import { parseArticle } from '../articles/parse.js';
import type { Diagnostic, DiagnosticCode } from '../errors.js';
import { parseBankFile, type ArticleEntry, type BankFile } from './schema.js';
import { checkQuestions, type At } from './questions.js';
import type { Bank, BankArticle } from './types.js';
import { parseYamlSource, type YamlPath } from './yaml-source.js';

/** Reads an article's bytes by its path relative to the bank folder; I/O stays with the caller. */
export type ReadArticle = (relativePath: string) => Uint8Array;

/** Thrown by a ReadArticle for a path that leads outside the bank (e.g. through a symlink). */
export class OutsideBankError extends Error {
  override readonly name = 'OutsideBankError';
}

export interface LoadInput {
  readonly id: string;
  /** Shown in diagnostics, e.g. `questions/london-attacks-2017/bank.yaml`. */
  readonly file: string;
  readonly yaml: string;
  readonly readArticle: ReadArticle;
  /** Shown in article diagnostics: the bank folder as the user named it. */
  readonly dir: string;
}

export interface LoadResult {
  /** Present when the bank could be built; with diagnostics it is not safe to quiz on. */
  readonly bank?: Bank;
  readonly diagnostics: readonly Diagnostic[];
}

/** bank.yaml text + a way to read articles → a resolved bank, or every problem with file:line. */
export function loadBank(input: LoadInput): LoadResult {
  const source = parseYamlSource(input.yaml);
  const at = (code: DiagnosticCode, path: YamlPath, message: string): Diagnostic => ({
    file: input.file,
    ...source.locate(path),
    code,
    message,
  });
  if (source.errors.length > 0) {
    return {
      diagnostics: source.errors.map((e) => ({ file: input.file, line: e.line, column: e.column, code: 'yaml-syntax', message: e.message })),
    };
  }
  if (typeof source.data !== 'object' || source.data === null || Array.isArray(source.data)) {
    return { diagnostics: [at('schema', [], 'expected a bank: a mapping with title, articles and questions at the top level')] };
  }
  const parsed = parseBankFile(source.data);
  if (!parsed.ok) return { diagnostics: parsed.issues.map((issue) => at('schema', issue.path, issue.message)) };

  const diagnostics: Diagnostic[] = [];
  const articles = loadArticles(parsed.value, input, at, diagnostics);
  const questions = checkQuestions(parsed.value, articles, at, diagnostics);
  const bank: Bank = { id: input.id, title: parsed.value.title, articles: [...articles.values()], questions };
  return { bank, diagnostics };
}

function loadArticles(file: BankFile, input: LoadInput, at: At, diagnostics: Diagnostic[]): Map<string, BankArticle> {
  const articles = new Map<string, BankArticle>();
  file.articles.forEach((entry, index) => {
    const path = ['articles', index] as const;
    if (articles.has(entry.id)) {
      diagnostics.push(at('duplicate-id', [...path, 'id'], `article id "${entry.id}" is used twice`));
      return;
    }
    const relative = insideBank(entry.file);
    if (relative === undefined) {
      diagnostics.push(at('article-outside-bank', [...path, 'file'], `"${entry.file}" is outside the bank folder; article files must be inside it`));
      return;
    }
    const loaded = readArticle(entry, relative, input);
    if ('error' in loaded) {
      diagnostics.push(at(loaded.code, [...path, 'file'], loaded.error));
      return;
    }
    articles.set(entry.id, loaded);
  });
  return articles;
}

function readArticle(
  entry: ArticleEntry,
  relative: string,
  input: LoadInput,
): BankArticle | { error: string; code: DiagnosticCode } {
  const shown = posix.join(input.dir, relative);
  try {
    const format = articleFormatOf(relative);
    const text = decodeArticle(input.readArticle(relative), format);
    return { ...entry, article: parseArticle(text, format) };
  } catch (error) {
    if (error instanceof ArticleUnreadableError) return { code: 'article-unreadable', error: `${shown}: ${error.message}` };
    if (error instanceof OutsideBankError) return { code: 'article-outside-bank', error: `${shown} leads outside the bank folder` };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { code: 'article-missing', error: `article file not found: ${shown}` };
    if (code === 'EISDIR') return { code: 'article-unreadable', error: `${shown} is a folder, not a file` };
    return { code: 'article-unreadable', error: `cannot read ${shown}: ${(error as Error).message}` };
  }
}

/** The path relative to the bank folder, or undefined when it is absolute or climbs out. */
export function insideBank(file: string): string | undefined {
  const unified = file.replace(/\\/g, '/');
  if (unified.startsWith('/') || /^[A-Za-z]:/.test(unified)) return undefined;
  const normal = posix.normalize(unified);
  if (normal === '..' || normal.startsWith('../') || normal === '.') return undefined;
  return normal;
}

