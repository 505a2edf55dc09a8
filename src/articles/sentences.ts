import { trimSpan } from './paragraphs.js';
import type { Span } from './types.js';

// Intl.Segmenter (ICU's sentence rules, built into Node) does the splitting; ICU cannot know
// English abbreviations, so a break right after one of these is undone.
const ABBREVIATION_BEFORE_BREAK =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Gen|Lt|Col|Capt|Sgt|Cpl|Gov|Sen|Rep|Sr|Jr|St|Mt|Ft|No|Nos|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]|(?:[A-Z]\.){1,3}[A-Z])\.\s*$/;

let segmenter: Intl.Segmenter | undefined;

/**
 * Where ICU could end a sentence inside a paragraph: at a "?" or "!" that is not the paragraph's
 * last, at a full stop that is neither the last nor followed by a lower-case letter, digit or comma
 * ("3.5", "e.g. the"), or at a line break. A paragraph with none is one sentence, and the segmenter (the costliest step of reading
 * an article) is not needed.
 */
const INNER_BREAK =
  /[!?‼⁇。！？｡](?![\p{Pe}\p{Pf}"'’”]*\s*$)|[.…․﹒．](?![\p{Pe}\p{Pf}"'’”]*\s*$)(?![\p{Ll}\p{N},;:])|[\n\r\u2028\u2029\u0085]/u;

/** Sentence spans within `span` of `text`, trimmed, in order. */
export function splitSentences(text: string, span: Span): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const body = text.slice(span.start, span.end);
  if (!INNER_BREAK.test(body)) {
    const whole = trimSpan(text, span);
    return whole.end > whole.start ? [whole] : [];
  }
  const spans: Span[] = [];
  for (const { segment, index } of segmenter.segment(body)) {
    const start = span.start + index;
    const end = start + segment.length;
    const previous = spans.at(-1);
    if (previous && ABBREVIATION_BEFORE_BREAK.test(text.slice(previous.start, previous.end))) {
      spans[spans.length - 1] = { start: previous.start, end };
    } else {
      spans.push({ start, end });
    }
  }
  return spans.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}
