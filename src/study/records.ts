// The history file's records: one JSON object per line, each carrying the format version, so a
// line from a newer citequiz is recognised and skipped rather than misread.

export const HISTORY_VERSION = 1;

export type SessionMode = 'quiz' | 'review';

/** A question as a session asked it: the content hash ties answers to this wording of it. */
export interface SessionItem {
  readonly question: string;
  readonly hash: string;
  /** Choices in the order shown, so a resumed quiz shows them the same way. */
  readonly choices: readonly string[];
}

export interface StartRecord {
  readonly v: typeof HISTORY_VERSION;
  readonly kind: 'start';
  readonly session: string;
  /** ISO time. */
  readonly at: string;
  readonly mode: SessionMode;
  readonly seed?: string;
  readonly exam?: boolean;
  readonly items: readonly SessionItem[];
}

export interface AnswerRecord {
  readonly v: typeof HISTORY_VERSION;
  readonly kind: 'answer';
  readonly session: string;
  readonly at: string;
  readonly question: string;
  readonly hash: string;
  /** null: left blank. */
  readonly given: string | null;
  readonly correct: boolean;
  /** Turned down by the grader and counted right by the student ("I was right"). */
  readonly overridden?: true;
}

/** A session that ran to its end, or that the student chose not to resume. */
export interface EndRecord {
  readonly v: typeof HISTORY_VERSION;
  readonly kind: 'end';
  readonly session: string;
  readonly at: string;
  readonly reason: 'finished' | 'abandoned';
}

export type HistoryRecord = StartRecord | AnswerRecord | EndRecord;

/** One whole line, newline included: what a single append writes. */
export const encodeRecord = (record: HistoryRecord): string => `${JSON.stringify(record)}\n`;

/**
 * The record on a line, or undefined for anything else: half a line left by a killed process,
 * garbage, or another version. Checked by hand rather than with a schema library: this runs for
 * every one of possibly hundreds of thousands of lines.
 */
export function parseRecord(line: string): HistoryRecord | undefined {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const r = data as Record<string, unknown>;
  if (
    r.v !== HISTORY_VERSION ||
    typeof r.session !== 'string' ||
    typeof r.at !== 'string' ||
    Number.isNaN(Date.parse(r.at))
  )
    return undefined;
  switch (r.kind) {
    case 'answer':
      return typeof r.question === 'string' &&
        typeof r.hash === 'string' &&
        (typeof r.given === 'string' || r.given === null) &&
        typeof r.correct === 'boolean' &&
        (r.overridden === undefined || r.overridden === true)
        ? (data as AnswerRecord)
        : undefined;
    case 'start':
      return (r.mode === 'quiz' || r.mode === 'review') && Array.isArray(r.items) && r.items.every(isItem)
        ? (data as StartRecord)
        : undefined;
    case 'end':
      return r.reason === 'finished' || r.reason === 'abandoned' ? (data as EndRecord) : undefined;
    default:
      return undefined;
  }
}

function isItem(item: unknown): item is SessionItem {
  if (typeof item !== 'object' || item === null) return false;
  const i = item as Record<string, unknown>;
  return (
    typeof i.question === 'string' &&
    typeof i.hash === 'string' &&
    Array.isArray(i.choices) &&
    i.choices.every((c) => typeof c === 'string')
  );
}
