import { isCommentsHeading, markReaderComments } from './comments.js';
import { SENTENCE_END, type ParagraphKind } from './types.js';

interface Context {
  /** This paragraph normalised with `sameLine`. */
  readonly normal: string;
  /** Texts of the paragraphs before this one, normalised with `sameLine`. */
  readonly earlier: ReadonlySet<string>;
  /** The article's headline, when one was found above this paragraph. */
  readonly headline: string | undefined;
}

interface Rule {
  readonly kind: Exclude<ParagraphKind, 'body'>;
  readonly test: (text: string, context: Context) => boolean;
}

const PHOTO_AGENCIES = 'Reuters|AP|AFP|Getty(?: Images)?|EPA|PA(?: Wire)?|Shutterstock|Bloomberg|Alamy|iStock';
/** Whether the text has at most `most` words, counted no further than that: a line may be megabytes. */
function fewWords(text: string, most: number): boolean {
  const word = /\S+/g;
  for (let seen = 0; word.exec(text);) if (++seen > most) return false;
  return true;
}
const hasLetters = (text: string) => /[A-Za-z0-9\u00C0-\u024F\u0370-\uFFFF]/.test(text);
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// Latin letters spelled out rather than \p{L}: Unicode property classes take milliseconds each to
// compile, and every command classifies lines before it can show anything.
const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const NAME = `[${UPPER}][${LETTER}.'-]*`;
const AGENCY_CREDIT = new RegExp(`(?:^|[\\s.(])${NAME}(?: ${NAME}){0,3}\\s*/\\s*(?:${PHOTO_AGENCIES})\\)?\\.?$`);
const OUTLET_AND_DATE = new RegExp(`^[${LETTER}0-9 .&'’-]{2,40}\\s*\\(\\d{1,2} (${MONTHS}) \\d{4}\\)$`, 'i');
const NAMES = `${NAME}(?:\\s+${NAME}){0,3}`;
// "By Jane Smith", "By Jane Smith and John Doe, Political Correspondents | The Courier"
const BYLINE = new RegExp(
  `^(?:[Bb]y|[Ww]ritten by|[Ww]ords by)\\s+${NAMES}(?:(?:\\s*,\\s*|\\s+(?:and|&)\\s+)${NAMES}){0,3}(\\s*[,|–—-].{0,80})?$`,
);
// A reader's comment's signature ("Mike, Leeds, UK").
const SIGNATURE = new RegExp(`^${NAMES}, ${NAMES}(?:, ${NAMES})?$`);
const SOURCE_LINE = new RegExp(`^([${LETTER} ]{1,20}/)?(source|sources|via)\\s*:`, 'i');
// A sentence closed by a bare name with no full stop: "... released via Amaq. Michael S. Smith II".
const CLOSING_NAME = new RegExp(`[.!?]\\s+(?:${NAME}\\s+){1,3}[${UPPER}][${LETTER}'-]*$`);
// "The Courier | Monday 3 March 2024": a page's header or footer, its outlet beside the date.
const HEADER_DATE = new RegExp(
  `\\b(\\d{1,2} (${MONTHS})|(${MONTHS}) \\d{1,2},?) \\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  'i',
);
const DATE_ONLY = new RegExp(`^((updated|published)\\s*:?\\s*)?\\d{1,2} (${MONTHS}) \\d{4}$`, 'i');

/** Lines compare equal when they differ only in case, spacing and trailing punctuation. */
// Only runs that are not already one space are replaced: a megabyte line of words would otherwise
// be rebuilt from hundreds of thousands of pieces.
const sameLine = (text: string) => withoutTrailing(text.toLowerCase().replace(/\s{2,}|[^\S ]/g, ' ')).trim();

const TRAILING = new Set([' ', '.', '|', ':', '–', '—', '-']);

/**
 * The text without its trailing spaces, stops, bars, colons and dashes. A loop, not a regex:
 * /[...]+$/ tries again from every character of a long run that does not end the line, so
 * "a" + 200,000 dashes + "b" took seconds.
 */
function withoutTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * What marks a line as not part of the article's body, first match wins. Each rule is a shape seen
 * on news pages pasted as text: subscription prompts, comment forms, tag lists, bylines, photo
 * credits, "Source:" trailers, repeated headlines.
 */
const RULES: readonly Rule[] = [
  { kind: 'separator', test: (text) => !hasLetters(text) },
  {
    kind: 'subscription',
    test: (text) =>
      /^(get|start|try|claim) (your|a|our) (unlimited|free|full|digital)\b.*\b(trial|access|subscription)\b/i.test(
        text,
      ) ||
      /^(subscribe|sign up)( now| today)?\b.{0,80}$/i.test(text) ||
      (text.length < 300 && /\bsign up for (our|the) newsletter\b/i.test(text)),
  },
  {
    // "Listen to the full interview on Sport on Five and the BBC Sport website from 1900 GMT."
    kind: 'promotion',
    test: (text) =>
      text.length <= 200 &&
      /^(listen|watch|tune in|catch up|follow us|hear)\b/i.test(text) &&
      /\b(GMT|BST|website|radio|podcast|iplayer|online|live|channel|twitter|facebook|app)\b/i.test(text),
  },
  {
    kind: 'comment-form',
    test: (text) =>
      /^leave a (reply|comment)\.?$/i.test(text) ||
      /^your email address will not be published\b/i.test(text) ||
      /^required fields are marked\b/i.test(text) ||
      /^(post|submit) (a )?comment\.?$/i.test(text) ||
      /^\d+ comments?$/i.test(text),
  },
  { kind: 'tags', test: (text) => /^(tags|tagged|categories|category|filed under|topics)\s*:/i.test(text) },
  {
    kind: 'byline',
    test: (text) => /^posted (by|on)\b/i.test(text) || (text.length <= 200 && BYLINE.test(text)),
  },
  {
    kind: 'comment',
    // A signature is never the first line: "Apple, Google Face New Rules" may be a headline.
    test: (text, c) => text.length <= 80 && (isCommentsHeading(text) || (c.earlier.size > 0 && SIGNATURE.test(text))),
  },
  { kind: 'source', test: (text) => SOURCE_LINE.test(text) },
  {
    kind: 'related-link',
    test: (text) => /^(read more|related|see also|recommended|more on this story)\s*:/i.test(text),
  },
  {
    kind: 'credit',
    test: (text) =>
      (text.includes('/') && AGENCY_CREDIT.test(text)) ||
      /^(photo|image|picture|photograph)s?( credit)?\s*:/i.test(text),
  },
  {
    kind: 'caption',
    test: (text) => !SENTENCE_END.test(text) && CLOSING_NAME.test(text),
  },
  {
    kind: 'dateline',
    test: (text) =>
      /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(text) ||
      OUTLET_AND_DATE.test(text) ||
      DATE_ONLY.test(text) ||
      (text.length <= 100 && /^[^.!?]+[|•·][^.!?]+$/.test(text) && HEADER_DATE.test(text)),
  },
  { kind: 'repeat', test: (_text, c) => c.earlier.has(c.normal) },
  {
    kind: 'repeat',
    // "Headline | Section" footers that close many pages.
    test: (text, c) => c.headline !== undefined && text.includes('|') && c.normal.startsWith(sameLine(c.headline)),
  },
  {
    kind: 'headline',
    // The first line with words, when it is short and not a sentence.
    test: (text, c) => c.headline === undefined && fewWords(text, 25) && !SENTENCE_END.test(text),
  },
];

/** Classifies each paragraph; returns the kinds in order and the headline, if any. */
export function classifyParagraphs(texts: readonly string[]): { kinds: ParagraphKind[]; headline?: string } {
  const kinds: ParagraphKind[] = [];
  const earlier = new Set<string>();
  let headline: string | undefined;
  let sawBody = false;
  for (const text of texts) {
    const normal = sameLine(text);
    const context: Context = { normal, earlier, headline };
    let kind: ParagraphKind = RULES.find((rule) => rule.test(text, context))?.kind ?? 'body';
    // Only a line before the body can be the headline; later short lines are subheadings (body).
    if (kind === 'headline' && sawBody) kind = 'body';
    if (kind === 'headline') headline = text;
    if (kind === 'body') sawBody = true;
    kinds.push(kind);
    earlier.add(normal);
  }
  markCaptionLabels(texts, kinds);
  markReaderComments(texts, kinds);
  return headline === undefined ? { kinds } : { kinds, headline };
}

/** A short label line ("London Attack Tribute") directly above a credit or caption belongs to it. */
function markCaptionLabels(texts: readonly string[], kinds: ParagraphKind[]): void {
  for (let i = 0; i + 1 < texts.length; i++) {
    const next = kinds[i + 1];
    const text = texts[i]!;
    if (
      (next === 'credit' || next === 'caption') &&
      kinds[i] === 'body' &&
      fewWords(text, 6) &&
      !SENTENCE_END.test(text)
    ) {
      kinds[i] = 'caption';
    }
  }
}
