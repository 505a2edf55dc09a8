import { trimSpan } from './paragraphs.js';
import type { Span } from './types.js';

// Intl.Segmenter (ICU's sentence rules, built into Node) does the splitting; ICU cannot know
// English abbreviations, so a break right after one of these is undone.
const ABBREVIATION_BEFORE_BREAK =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Gen|Lt|Col|Capt|Sgt|Cpl|Gov|Sen|Rep|Sr|Jr|St|Mt|Ft|No|Nos|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]|(?:[A-Z]\.){1,3}[A-Z])\.$/;
/** Longer than any abbreviation above with the character before it, so `^` cannot match mid-word. */
const ABBREVIATION_TAIL = 12;

/**
 * The most text the segmenter is given at once. In V8 every step of a segmenter's iterator costs
 * time in proportion to the length of the whole string, so one paragraph of a megabyte would take
 * minutes; a window at a time keeps it linear.
 */
const WINDOW = 512;

let segmenter: Intl.Segmenter | undefined;

/**
 * Where ICU could end a sentence inside a line: at a "?" or "!" that is not the line's last, or at
 * a full stop that is neither the last nor followed by a lower-case letter, digit or comma ("3.5",
 * "e.g. the"). A line with none is one sentence, and the segmenter (the costliest step of reading
 * an article) is not needed.
 */
const INNER_BREAK =
  /[!?‼⁇。！？｡](?![\p{Pe}\p{Pf}"'’”]*\s*$)|[.…․﹒．](?![\p{Pe}\p{Pf}"'’”]*\s*$)(?![\p{Ll}\p{N},;:])/u;

/** Sentence spans within `span` of `text`, trimmed, in order. */
export function splitSentences(text: string, span: Span): Span[] {
  return [...sentenceSpans(text, span)];
}

/** The spans `splitSentences` gives, one at a time: a paragraph may hold 700,000 of them. */
export function* sentenceSpans(text: string, span: Span): Generator<Span> {
  // The sentence before the current piece, untrimmed: a piece after an abbreviation joins it.
  let open: Span | undefined;
  for (const line of lines(text, span)) {
    const body = text.slice(line.start, line.end);
    const pieces = INNER_BREAK.test(body) ? icuSentences(body) : [{ start: 0, end: body.length }];
    for (const piece of pieces) {
      const start = line.start + piece.start;
      const end = line.start + piece.end;
      if (open && endsInAbbreviation(text, open)) {
        open = { start: open.start, end };
        continue;
      }
      const trimmed = open && trimSpan(text, open);
      if (trimmed && trimmed.end > trimmed.start) yield trimmed;
      open = { start, end };
    }
  }
  const trimmed = open && trimSpan(text, open);
  if (trimmed && trimmed.end > trimmed.start) yield trimmed;
}

/**
 * The lines of a span, each with its line break. ICU always ends a sentence at a line break and
 * looks no further than one, so each line is split on its own: the lines of a long Markdown block
 * then mostly take the path without the segmenter.
 */
function* lines(text: string, span: Span): Generator<Span> {
  const LINE_END = /\r\n|[\n\r\u2028\u2029\u0085]/g;
  LINE_END.lastIndex = span.start;
  let start = span.start;
  for (let match = LINE_END.exec(text); match && match.index < span.end; match = LINE_END.exec(text)) {
    yield { start, end: match.index + match[0].length };
    start = match.index + match[0].length;
  }
  if (start < span.end) yield { start, end: span.end };
}

/** Only the end of a sentence is tested: merged sentences grow, and testing all of each is quadratic. */
function endsInAbbreviation(text: string, span: Span): boolean {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1]!)) end--;
  return ABBREVIATION_BEFORE_BREAK.test(text.slice(Math.max(span.start, end - ABBREVIATION_TAIL), end));
}

/**
 * ICU's sentences of `body`, as it finds them in the whole of it, given to the segmenter a window
 * at a time. A break is kept only when another break follows it in the same window: ICU decides a
 * break by looking ahead (". 12 apples" is no break before a lower-case word), and the window's
 * last break may be there only because the window ends. The next window starts at the last break
 * kept. A window with fewer than two breaks is doubled until it has them: a sentence can be long.
 */
export function* icuSentences(body: string, window = WINDOW): Generator<Span> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let from = 0;
  let size = window;
  while (from < body.length) {
    const end = Math.min(body.length, from + size);
    const last = end === body.length;
    const pending: Span[] = [];
    let kept = 0;
    for (const { index, segment } of segmenter.segment(body.slice(from, end))) {
      pending.push({ start: from + index, end: from + index + segment.length });
      if (!last && pending.length === 3) {
        yield pending.shift()!;
        kept++;
        // A doubled window has done its work once it has ended the long sentence.
        if (size > window) break;
      }
    }
    if (last) {
      yield* pending;
      return;
    }
    if (kept === 0) {
      size *= 2;
      continue;
    }
    from = pending[0]!.start;
    size = window;
  }
}
