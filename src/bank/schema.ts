import * as v from 'valibot';
import { printsBlank } from '../text/sanitize.js';
import { closestId } from './near-match.js';
import { QUESTION_TYPES } from './question-types.js';

// valibot rather than zod: the same declarative schemas at a fraction of the start-up cost, which
// matters because every command loads a bank before it does anything else.

export const SKILLS = [
  'detail',
  'vocabulary',
  'inference',
  'main-idea',
  'cause-effect',
  'attribution',
  'figures',
  'cross-article',
] as const;
export type Skill = (typeof SKILLS)[number];

/** An estimate of how hard a question is, which `generate` writes and a teacher may change. */
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/**
 * YAML reads `86` as a number; a bank author means the text "86". A check rather than v.union:
 * unions are the slowest thing valibot does, and nearly every field is text.
 */
const text = v.pipe(
  v.custom<string | number>((value) => typeof value === 'string' || typeof value === 'number', 'expected text'),
  v.transform((value) => String(value).trim()),
  // Text of control characters alone is empty wherever it is shown: on screen, on paper, in an LMS.
  v.check((value) => !printsBlank(value), 'must not be empty'),
);

const slug = v.pipe(
  text,
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected letters, digits, dots, dashes or underscores, with no spaces'),
);

const SourceSchema = v.strictObject({
  article: slug,
  quote: text,
  /** Which paragraph, when the quote occurs in more than one. */
  paragraph: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date that is on the calendar: 2017-02-30 has the shape of a date but is not one. */
function isCalendarDate(date: string): boolean {
  if (!DATE_SHAPE.test(date)) return false;
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
}

const ArticleEntrySchema = v.strictObject({
  id: slug,
  file: text,
  title: text,
  outlet: v.optional(text),
  published: v.optional(
    v.pipe(
      text,
      // One check with two messages: valibot runs every check of a pipe, and "2017-13-45" is one problem.
      v.check(isCalendarDate, (issue) =>
        DATE_SHAPE.test(issue.input) ? 'is not a date on the calendar' : 'expected an ISO date such as 2017-03-23',
      ),
    ),
  ),
});

const QuestionSchema = v.strictObject({
  id: slug,
  type: v.picklist(QUESTION_TYPES, `expected one of: ${QUESTION_TYPES.join(', ')}`),
  prompt: text,
  choices: v.optional(v.array(text)),
  answer: v.union([v.boolean(), text], 'expected the answer: a choice, true or false, or text'),
  accept: v.optional(v.array(text)),
  explanation: v.optional(text),
  skill: v.picklist(SKILLS, `expected one of: ${SKILLS.join(', ')}`),
  difficulty: v.optional(v.picklist(DIFFICULTIES, `expected one of: ${DIFFICULTIES.join(', ')}`)),
  /** Left out of a question whose sources `citequiz cite` is to find; `check` reports it until then. */
  sources: v.optional(
    v.pipe(
      v.array(SourceSchema),
      v.minLength(1, 'every question needs at least one source; leave "sources" out for `citequiz cite` to find them'),
    ),
  ),
  /** A draft's mark: `cite` was not sure of its sources. `check` reports it until a person removes it. */
  'needs-review': v.optional(v.boolean()),
});

export type ArticleEntry = v.InferOutput<typeof ArticleEntrySchema>;
export type QuestionEntry = v.InferOutput<typeof QuestionSchema>;

/**
 * bank.yaml as checked against the schema. An entry that failed is a hole, so that the others keep
 * their index (and so their line in diagnostics) and are still checked further.
 */
export interface BankFile {
  readonly title: string;
  readonly articles: readonly (ArticleEntry | undefined)[];
  readonly questions: readonly (QuestionEntry | undefined)[];
}

export interface SchemaIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The top level alone: each entry is checked on its own, so one bad entry hides no other problem. */
const TopLevelSchema = v.strictObject({
  title: text,
  articles: v.pipe(v.array(v.unknown()), v.minLength(1, 'a bank needs at least one article')),
  questions: v.array(v.unknown()),
});

export interface ParsedBankFile {
  /** The entries that passed, when the top level did: checked further, so that every problem shows in one run. */
  readonly value?: BankFile;
  readonly issues: readonly SchemaIssue[];
  /** Every article id written in the bank, including those of entries that failed: a source citing one is not "unknown". */
  readonly declaredArticles: readonly string[];
}

export function parseBankFile(data: unknown): ParsedBankFile {
  const top = v.safeParse(TopLevelSchema, data);
  if (!top.success) return { issues: top.issues.map(schemaIssue), declaredArticles: [] };
  const issues: SchemaIssue[] = [];
  const entries = <T>(schema: v.GenericSchema<unknown, T>, list: readonly unknown[], key: string) =>
    list.map((entry, index): T | undefined => {
      const result = v.safeParse(schema, entry);
      if (result.success) return result.output;
      for (const issue of result.issues) {
        const found = schemaIssue(issue);
        issues.push({ path: [key, index, ...found.path], message: describeIssue(issue, [key, index]) });
      }
      return undefined;
    });
  const articles = entries(ArticleEntrySchema, top.output.articles, 'articles');
  const questions = entries(QuestionSchema, top.output.questions, 'questions');
  const declaredArticles = top.output.articles.flatMap((entry) => {
    const id = (entry as { id?: unknown } | null)?.id;
    return typeof id === 'string' || typeof id === 'number' ? [String(id).trim()] : [];
  });
  return { value: { title: top.output.title, articles, questions }, issues, declaredArticles };
}

const schemaIssue = (issue: v.BaseIssue<unknown>): SchemaIssue => ({
  path: (issue.path ?? []).map((item) => item.key as string | number),
  message: describeIssue(issue),
});

/** What valibot calls a type, as a bank author would say it. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  Object: 'a mapping of fields',
  Array: 'a list',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
};

function describeIssue(issue: v.BaseIssue<unknown>, prefix: readonly (string | number)[] = []): string {
  const path = [...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)];
  const key = path.at(-1);
  const parent = path.at(-2);
  const subject =
    key === undefined ? 'bank.yaml' : typeof key === 'number' ? `entry ${key + 1} of "${String(parent)}"` : `"${key}"`;
  // valibot reports a missing key and an unexpected one as strict_object issues about the key.
  if (issue.type === 'strict_object' && issue.expected === 'never') return `unknown field ${subject}`;
  if (issue.type === 'strict_object' && issue.received === 'undefined') return `${subject} is required`;
  const expected = TYPE_NAMES[issue.expected ?? ''];
  if (expected) return `${subject} should be ${expected}, not ${issue.received}`;
  if (issue.type === 'picklist' && typeof issue.input === 'string') {
    // "detial" for "detail": the list of choices is long; the one meant is worth naming.
    const meant = closestId(
      issue.input,
      [...(issue.expected ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1]!),
    );
    if (meant !== undefined) return `${subject}: ${issue.message}; did you mean "${meant}"?`;
  }
  return `${subject}: ${issue.message}`;
}
