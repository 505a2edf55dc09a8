/** Where in a file a problem is; `line` and `column` are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** One problem found in a bank, shown as `file:line: message` by `check`. */
export interface Diagnostic extends SourceLocation {
  readonly code: DiagnosticCode;
  readonly message: string;
  /** Where in bank.yaml's data, e.g. ["questions", 3, "sources", 0, "quote"]; lines are found from it. */
  readonly path?: readonly (string | number)[];
  /** A warning is worth fixing but does not make the bank unsound; anything else is an error. */
  readonly severity?: 'warning';
}

export const DIAGNOSTIC_CODES = [
  'yaml-syntax',
  'bank-too-large', // aliases that expand to more text than a bank may hold
  'schema',
  'duplicate-id',
  'article-missing',
  'article-outside-bank',
  'article-unreadable',
  'unknown-article',
  'quote-not-found',
  'quote-ambiguous',
  'quote-not-citable',
  'quote-spans-paragraphs',
  'answer-not-in-choices',
  'duplicate-choice',
  'choice-count',
  'answer-type',
  'no-sources',
  'needs-review',
  'article-damage', // a warning: signs of scraping damage in an article's text
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/**
 * Every failure a user can cause has a code; `src/cli/program.ts` maps codes to exit codes, and
 * `src/cli/main.ts` ends the process with them.
 */
export const ERROR_CODES = [
  'usage', // bad flags or arguments
  'no-tty', // a prompt was needed but stdin is not a terminal
  'interrupted', // Ctrl+C
  'bank-not-found',
  'bank-invalid', // carries diagnostics
  'not-found', // an article or question id that the bank does not have
  'answers-invalid', // the --answers file
  'output-exists', // refusing to overwrite without --force
  'no-articles', // generate found nothing it could read
  'no-questions', // generate could make no question of what it read
  'history', // the study history cannot be read or written
  'output', // an --out file that cannot be written: a folder, or in a missing folder
  'import-invalid', // a file given to `import` that is not what its format says
  'unexportable', // questions an export format cannot carry faithfully
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class CitequizError extends Error {
  override readonly name = 'CitequizError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
  }
}

export const isCitequizError = (error: unknown): error is CitequizError => error instanceof CitequizError;
