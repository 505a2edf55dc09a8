import { posix } from 'node:path';
import { articleFormatOf, ArticleUnreadableError, decodeArticle, parseArticle } from '../articles/index.js';
import type { Diagnostic, DiagnosticCode } from '../errors.js';
import { parseBankFile, type ArticleEntry, type BankFile } from './schema.js';
import { checkQuestions, type At } from './questions.js';
import type { Bank, BankArticle } from './types.js';
import { parseYaml } from './yaml-source.js';
import { ALIAS_ALLOWANCE, expandedLength } from './yaml-size.js';

/**
 * Reads an article's bytes by its path relative to the bank folder; I/O stays with the caller,
 * which reports failures as ArticleReadError.
 */
export type ReadArticle = (relativePath: string) => Uint8Array;

/** Why an article file could not be read, as the caller found it. */
export const ARTICLE_READ_FAILURES = {
  missing: { code: 'article-missing', says: (file: string) => `article file not found: ${file}` },
  'not-a-file': { code: 'article-unreadable', says: (file: string) => `${file} is not a regular file` },
  'outside-bank': { code: 'article-outside-bank', says: (file: string) => `${file} leads outside the bank folder` },
  unreadable: { code: 'article-unreadable', says: (file: string) => `cannot read ${file}` },
} as const satisfies Record<string, { code: DiagnosticCode; says: (file: string) => string }>;

export class ArticleReadError extends Error {
  override readonly name = 'ArticleReadError';
  constructor(
    readonly reason: keyof typeof ARTICLE_READ_FAILURES,
    readonly detail?: string,
  ) {
    super(reason);
  }
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
  /** Articles the bank declares but that could not be read, by id, with why. */
  readonly unloaded?: ReadonlyMap<string, string>;
}

/**
 * bank.yaml text + a way to read articles → a resolved bank, or every problem found. Problems carry
 * the path of the offending value; `locateDiagnostics` turns paths into lines when there are any.
 */
export function loadBank(input: LoadInput): LoadResult {
  const source = parseYaml(input.yaml);
  if (!source.ok) {
    return {
      diagnostics: [
        { file: input.file, line: source.line, column: source.column, code: 'yaml-syntax', message: source.message },
      ],
    };
  }
  const limit = input.yaml.length + ALIAS_ALLOWANCE;
  if (expandedLength(source.data, limit) > limit) {
    return {
      diagnostics: [
        {
          file: input.file,
          code: 'bank-too-large',
          message: `its aliases (*name) repeat more text than a bank may hold: over ${millions(limit)} million characters once expanded, from a file of ${millions(input.yaml.length)} million; write the text out where it is needed, or alias less of it`,
        },
      ],
    };
  }
  const at: At = (code, path, message) => ({ file: input.file, code, message, path });
  if (typeof source.data !== 'object' || source.data === null || Array.isArray(source.data)) {
    return {
      diagnostics: [
        {
          ...at('schema', [], 'expected a bank: a mapping with title, articles and questions at the top level'),
          line: 1,
          column: 1,
        },
      ],
    };
  }
  const parsed = parseBankFile(source.data);
  const diagnostics: Diagnostic[] = parsed.issues.map((issue) => at('schema', issue.path, issue.message));
  if (!parsed.value) return { diagnostics };

  const unloaded = new Map<string, string>();
  const articles = loadArticles(parsed.value, input, at, diagnostics, unloaded);
  const questions = checkQuestions(parsed.value, articles, at, diagnostics, parsed.declaredArticles);
  const bank: Bank = { id: input.id, title: parsed.value.title, articles: [...articles.values()], questions };
  return { bank, diagnostics, ...(unloaded.size > 0 ? { unloaded } : {}) };
}

const millions = (characters: number) => (characters / 1e6).toFixed(1);

/** Fills in the line and column of every diagnostic that has a path but no line yet. */
export async function locateDiagnostics(yaml: string, diagnostics: readonly Diagnostic[]): Promise<Diagnostic[]> {
  const syntax = diagnostics.find((d) => d.code === 'yaml-syntax');
  if (syntax) return [await placeSyntaxError(yaml, syntax)];
  const pending = diagnostics.filter((d) => d.line === undefined && d.path !== undefined);
  if (pending.length === 0) return [...diagnostics];
  const { locatePaths } = await import('./yaml-locate.js');
  const places = locatePaths(
    yaml,
    pending.map((d) => d.path!),
  );
  const placeOf = new Map(pending.map((d, i) => [d, places[i]!]));
  return diagnostics.map((d) => ({ ...d, ...placeOf.get(d) }));
}

/** A syntax error at the line where it starts, when the `yaml` parser finds it earlier than js-yaml did. */
async function placeSyntaxError(yaml: string, found: Diagnostic): Promise<Diagnostic> {
  const { firstSyntaxError } = await import('./yaml-locate.js');
  const earlier = firstSyntaxError(yaml);
  if (!earlier || found.line === undefined || earlier.line >= found.line) return found;
  return {
    ...found,
    ...earlier,
    message: `${earlier.message} (YAML reads on to line ${found.line}: ${found.message})`,
  };
}

function loadArticles(
  file: BankFile,
  input: LoadInput,
  at: At,
  diagnostics: Diagnostic[],
  unloaded: Map<string, string>,
): Map<string, BankArticle> {
  const articles = new Map<string, BankArticle>();
  const seen = new Set<string>();
  file.articles.forEach((entry, index) => {
    if (!entry) return; // its schema problems are reported already
    const path = ['articles', index] as const;
    if (seen.has(entry.id)) {
      diagnostics.push(at('duplicate-id', [...path, 'id'], `article id "${entry.id}" is used twice`));
      return;
    }
    seen.add(entry.id);
    const relative = insideBank(entry.file);
    const loaded =
      relative === undefined
        ? {
            code: 'article-outside-bank' as const,
            error: `"${entry.file}" is outside the bank folder; article files must be inside it`,
          }
        : loadArticleFile(entry, relative, input);
    if ('error' in loaded) {
      diagnostics.push(at(loaded.code, [...path, 'file'], loaded.error));
      unloaded.set(entry.id, loaded.error);
      return;
    }
    articles.set(entry.id, loaded);
  });
  return articles;
}

function loadArticleFile(
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
    if (error instanceof ArticleUnreadableError)
      return { code: 'article-unreadable', error: `${shown}: ${error.message}` };
    if (error instanceof ArticleReadError) {
      const failure = ARTICLE_READ_FAILURES[error.reason];
      return { code: failure.code, error: failure.says(shown) + (error.detail ? ` (${error.detail})` : '') };
    }
    throw error;
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
