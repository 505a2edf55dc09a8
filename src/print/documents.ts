import type { PrintJob, Version } from './job.js';

/** One file of a print run, before it is rendered in a format. */
export type PrintDocument =
  | { readonly kind: 'quiz'; readonly version: Version }
  /** A grid of every answer on one page first; then, with `sources`, each answer with where it is written. */
  | { readonly kind: 'key'; readonly version: Version; readonly sources: boolean }
  | { readonly kind: 'teacher'; readonly versions: readonly Version[] }
  | { readonly kind: 'articles' };

/** What each version's answer key holds: the grid alone, or the grid and then the sources. */
export const KEY_KINDS = ['grid', 'full'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

export interface PrintParts {
  /** Answer keys, one file per version (default: full), or none. */
  readonly key: KeyKind | false;
  readonly articles: boolean;
  readonly teacher: boolean;
}

export interface NamedDocument {
  /** The file name without its extension: quiz-A, key-A, articles, teacher. */
  readonly name: string;
  readonly document: PrintDocument;
}

/**
 * What a print run writes. A quiz and its key are separate files so that a class set can be printed
 * without the answers; the teacher's copy holds every version, each starting on a new page.
 */
export function printDocuments(job: PrintJob, parts: PrintParts): NamedDocument[] {
  return [
    ...job.versions.map((version) => ({
      name: `quiz-${version.letter}`,
      document: { kind: 'quiz', version } as const,
    })),
    ...(parts.key
      ? job.versions.map((version) => ({
          name: `key-${version.letter}`,
          document: { kind: 'key', version, sources: parts.key === 'full' } as const,
        }))
      : []),
    ...(parts.teacher ? [{ name: 'teacher', document: { kind: 'teacher', versions: job.versions } as const }] : []),
    ...(parts.articles ? [{ name: 'articles', document: { kind: 'articles' } as const }] : []),
  ];
}
