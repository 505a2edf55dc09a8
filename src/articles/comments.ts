import type { ParagraphKind } from './types.js';

const COMMENTS_HEADING =
  /^(?:readers'? comments|your comments|comments|have your say|your views|what you think|join the (?:debate|conversation)|(?:show|view|read) (?:all )?comments|comments \(\d+\))\s*:?$/i;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)\b/;
/** Readers' comments are short; a paragraph longer than this is the article's. */
const MAX_COMMENT = 600;

/** "Have your say", "Your views", "Comments": the heading of a section of readers' comments. */
export const isCommentsHeading = (text: string) => COMMENTS_HEADING.test(text);

/** True when the paragraph speaks in the first person outside quotation marks, as readers do. */
const speaksForItself = (text: string) => FIRST_PERSON.test(unquoted(text));

/**
 * The text less what it quotes. A straight quote mark opens a quotation after a space and closes
 * one before a space or a stop; a quotation runs to its close, or to the next opening mark or the
 * end of the paragraph, as news quotes of several sentences or paragraphs often do.
 */
function unquoted(text: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + 1] ?? ' ';
    if (c === '“' || (c === '"' && /[\s([—–-]/.test(before))) quoted = true;
    else if (c === '”' || (c === '"' && /[\s.,;:!?)\]—–-]/.test(after))) quoted = false;
    else if (!quoted) out += c;
  }
  return out;
}

/**
 * Marks readers' comments that news pages append to an article, which lines alone do not show:
 * everything after a comments heading; the paragraphs of comments signed "Name, Place" (the
 * signature lines are already marked); and an unsigned run at the end in the first person, when
 * the article before it is not (a reporter quotes people; a reader writes "I think").
 */
export function markReaderComments(texts: readonly string[], kinds: ParagraphKind[]): void {
  const mark = (from: number, to: number) => {
    for (let i = Math.max(from, 0); i < to; i++) if (kinds[i] === 'body') kinds[i] = 'comment';
  };
  const heading = texts.findIndex((text, i) => kinds[i] === 'comment' && isCommentsHeading(text));
  if (heading >= 0) mark(heading + 1, texts.length);

  const signatures = kinds.flatMap((kind, i) => (kind === 'comment' && !isCommentsHeading(texts[i]!) ? [i] : []));
  // One "Name, Place" line may be anything; two or more sign comments, each one paragraph or more.
  if (signatures.length >= 2) mark(signatures[0]! - 1, signatures.at(-1)!);

  const body = kinds.flatMap((kind, i) => (kind === 'body' ? [i] : []));
  const voiced = body.map((i) => texts[i]!.length <= MAX_COMMENT && speaksForItself(texts[i]!));
  const total = voiced.filter(Boolean).length;
  let start: number | undefined;
  let inRun = 0;
  for (let k = body.length - 1; k >= 3; k--) {
    if (texts[body[k]!]!.length > MAX_COMMENT) break;
    if (voiced[k]) inRun++;
    const run = body.length - k;
    const before = total - inRun;
    if (voiced[k] && inRun >= 2 && inRun >= 0.6 * run && before <= 0.2 * k) start = k;
  }
  if (start !== undefined) mark(body[start]!, texts.length);
}
