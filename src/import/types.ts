import type { Question } from '../bank/index.js';

/** A question read from another tool's file, before it has an id or sources. */
export type ImportedQuestion = Pick<Question, 'type' | 'prompt' | 'choices' | 'answer' | 'accept' | 'explanation'> & {
  /** Where the question starts in the file (1-based), when the format tells. */
  readonly line?: number;
};

/** A question of a kind citequiz does not have (an essay, a matching question), left out. */
export interface SkippedQuestion {
  /** The line, or the question's name, as a user finds it in the file. */
  readonly where: string;
  readonly reason: string;
}

export interface ParsedFile {
  readonly questions: readonly ImportedQuestion[];
  readonly skipped: readonly SkippedQuestion[];
}

/** A file to import: its bytes, and its text for the formats that are text. */
export interface QuestionFile {
  readonly bytes: Uint8Array;
  /** The bytes as UTF-8 text; an ImportSyntaxError for a binary file or one that is not UTF-8. */
  text(): string;
}

export function questionFile(bytes: Uint8Array): QuestionFile {
  let text: string | undefined;
  return {
    bytes,
    text() {
      if (text !== undefined) return text;
      if (bytes.includes(0)) throw new ImportSyntaxError('a binary file, not questions');
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new ImportSyntaxError('not UTF-8 text');
      }
      return text;
    },
  };
}

/** A file that is not what its format says: nothing of it is imported. */
export class ImportSyntaxError extends Error {
  override readonly name = 'ImportSyntaxError';
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

// The general feedback citequiz's own exports write: "Source: “Title” (Outlet), paragraph 4: “...”"
// and "Also in: ...". Read back, it is not the teacher's explanation; `cite` finds the sources again.
const CITATION_LINE = /^(?:Source|Also in): “[^\n]*$/gm;

/** Feedback as an explanation: citequiz's own source lines removed, blank left out. */
export function explanationOf(feedback: string | undefined): string | undefined {
  const text = feedback
    ?.replace(CITATION_LINE, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
  return text ? text : undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text an LMS stored as HTML, as a reader sees it: tags dropped, paragraphs and breaks as lines. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>\s*<p[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#')
        return String.fromCodePoint(
          name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
        );
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .trim();
}

/** A short answer as Moodle stores it: `\*` is a literal star, since `*` alone is its wildcard. */
export const moodleAnswerText = (text: string): string => text.replace(/\\\*/g, '*').trim();

/** The start of a prompt, to name a question in a message. */
export const promptStart = (prompt: string): string => {
  const flat = prompt.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 50 ? `${flat.slice(0, 47)}...` : flat}"`;
};
