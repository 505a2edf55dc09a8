// Sentences built by hand, token by token, so that a generator rule is tested on exactly the
// analysis it reads, without loading the NLP model (whose tags may change with its version).
import type { Pos, Token } from '../../src/generate/nlp.js';
import type { AnswerKind, Phrase } from '../../src/generate/phrases.js';
import type { WorkingSentence } from '../../src/generate/sentences.js';

const NO_SPACE_BEFORE = /^[,.;:!?%)]$/;

/**
 * "Northline/PROPN Power/PROPN denied/VERB/deny the/DET claims/NOUN ./PUNCT" → tokens with the
 * offsets a sentence written that way has. The lemma defaults to the word in lower case.
 */
export function tokens(spec: string): Token[] {
  const out: Token[] = [];
  let offset = 0;
  for (const word of spec.trim().split(/\s+/)) {
    const [text = '', pos = '', lemma] = word.split('/');
    if (out.length > 0 && !NO_SPACE_BEFORE.test(text)) offset++;
    out.push({ text, pos: pos as Pos, lemma: lemma ?? text.toLowerCase(), start: offset, end: offset + text.length });
    offset += text.length;
  }
  return out;
}

const textOf = (list: readonly Token[], first: number, last: number) =>
  list
    .slice(first, last + 1)
    .map((t, i) => (i > 0 && NO_SPACE_BEFORE.test(t.text) ? t.text : `${i > 0 ? ' ' : ''}${t.text}`))
    .join('');

/** A typed phrase over tokens [first, last]; a count may name its noun's span. */
export function phrase(
  list: readonly Token[],
  kind: AnswerKind,
  [first, last]: readonly [number, number],
  extra: { value?: number; noun?: readonly [number, number]; strong?: boolean } = {},
): Phrase {
  const { noun, ...rest } = extra;
  return {
    kind,
    first,
    last,
    text: textOf(list, first, last),
    ...(noun ? { noun: { first: noun[0], last: noun[1], text: textOf(list, noun[0], noun[1]) } } : {}),
    ...rest,
  };
}

/** A citable sentence of `article` as the generator analyses one: standing alone, no lead. */
export function sentence(
  article: string,
  list: readonly Token[],
  phrases: readonly Phrase[],
  index = 0,
): WorkingSentence {
  return {
    article,
    index,
    position: 0,
    paragraph: index + 1,
    quote: textOf(list, 0, list.length - 1),
    lead: 0,
    tokens: list,
    entities: [],
    phrases,
    unfit: undefined,
    referent: undefined,
    namesInText: new Set(),
    wordsInText: new Set(),
  };
}
