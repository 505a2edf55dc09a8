import { simplify, type Kept } from './clause.js';
import { CONNECTIVES, type Connective } from './english/causes.js';
import type { Token } from './nlp.js';
import type { WorkingSentence } from './sentences.js';

// Cutting a clause out of a sentence where the tagger gives no parse: where a clause ends (not
// inside a list or an aside), which tokens a restatement keeps, where its verb is, its tense.

/** A dash between spaces, or other punctuation that ends a clause. */
export function endsClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (/^[;:()—–.!?]$/.test(t.text)) return true;
  if (t.text === '-') return t.start > (tokens[i - 1]?.end ?? -1);
  return t.text === ',' && !isListComma(tokens, i);
}

/**
 * "generators, masks and water containers", "Maggie Cheung, Emmanuelle Devos and Karin Viard": a
 * comma between items of a list goes on (a clause cut inside a list would say less than the
 * article, and so something false).
 */
function isListComma(tokens: readonly Token[], comma: number): boolean {
  for (let i = comma + 1; i < tokens.length && i <= comma + 14; i++) {
    const t = tokens[i]!;
    if (/^(and|or)$/.test(t.text)) return i > comma + 1 && /NOUN|PROPN|ADJ|DET|NUM/.test(tokens[i + 1]?.pos ?? '');
    if (!/^(NOUN|PROPN|ADJ|DET|NUM|SYM|PART|ADP)$/.test(t.pos) && !/^[,-]$/.test(t.text)) return false;
  }
  return false;
}

export type Tense = 'past' | 'present' | 'modal';

const MODALS = /^(will|would|could|can|may|might|should|must|shall)$/i;

/** The tense of a clause, read from its first verb: "was", "denied" → past; "will" → modal. */
export function clauseTense(tokens: readonly Token[], words: readonly number[]): Tense | undefined {
  // "Water leaking through its roof damaged ...": a participle after a noun is not the clause's verb.
  const at = words.findIndex(
    (i, n) =>
      /VERB|AUX/.test(tokens[i]!.pos) &&
      !(n > 0 && /ing$/.test(tokens[i]!.text) && /NOUN|PROPN/.test(tokens[words[n - 1]!]!.pos)),
  );
  const verb = tokens[words[at] ?? -1];
  if (!verb) return undefined;
  const text = verb.text.toLowerCase();
  const lemma = verb.lemma.toLowerCase();
  if (MODALS.test(text) || (/^(is|are|was|were)$/.test(text) && tokens[words[at + 1] ?? -1]?.text === 'to'))
    return 'modal';
  if (/^(was|were|had|did)$/.test(text)) return 'past';
  if (/^(is|are|has|have|does|do|am)$/.test(text)) return 'present';
  if (verb.pos !== 'VERB' || text.endsWith('ing')) return undefined;
  return text === lemma || text === `${lemma}s` || text === `${lemma}es` ? 'present' : 'past';
}

/** Of the kept tokens from `from` on, those up to the end of their clause (lists included). */
export function clauseFrom(tokens: readonly Token[], from: number, kept: Kept): number[] {
  const out: number[] = [];
  for (const i of kept) {
    if (i < from) continue;
    if (endsClause(tokens, i)) break;
    out.push(i);
  }
  return out;
}

/**
 * Drops asides between commas: ", where she was selected ...,", ", which ...,", and after a
 * name ", Germany's only stock-market listed football club," where the verb follows; and asides
 * between spaced dashes.
 */
export function withoutAsides(tokens: readonly Token[], kept: Kept): number[] {
  const out: number[] = [];
  const spacedDash = (j: number) => tokens[j]!.text === '-' && tokens[j]!.start > (tokens[j - 1]?.end ?? -1);
  for (let n = 0; n < kept.length; n++) {
    const i = kept[n]!;
    const next = tokens[kept[n + 1] ?? -1];
    // "Shares in Munich Re and Swiss Re - the world's two biggest reinsurers - both fell".
    if (spacedDash(i)) {
      const close = kept.findIndex((j, m) => m > n && spacedDash(j));
      if (close > 0 && close - n <= 12) {
        n = close;
        continue;
      }
    }
    if (tokens[i]!.text === ',' && next) {
      const close = kept.findIndex((j, m) => m > n && tokens[j]!.text === ',');
      // "rose 20.54 points, or 0.2%, to 10,847.66": the same change in other words.
      if (
        next.text === 'or' &&
        close > 0 &&
        close - n <= 5 &&
        kept.slice(n + 2, close).some((j) => /NUM/.test(tokens[j]!.pos))
      ) {
        n = close;
        continue;
      }
      const relative = /^(where|which|who|whose|when)$/i.test(next.text);
      if (relative && close < 0) return out; // the aside runs to the end: the clause ends before it
      const inner = close < 0 ? [] : kept.slice(n + 1, close).map((j) => tokens[j]!);
      const verbAfter = /VERB|AUX/.test(tokens[kept[close + 1] ?? -1]?.pos ?? '');
      const apposition =
        /NOUN|PROPN/.test(tokens[kept[n - 1] ?? -1]?.pos ?? '') &&
        inner.length > 0 &&
        inner.length <= 10 &&
        /^(DET|PROPN|ADJ|NOUN|NUM)$/.test(next.pos) &&
        !inner.some((t) => t.pos === 'AUX') &&
        verbAfter;
      if ((relative || apposition) && close > 0) {
        n = close;
        continue;
      }
    }
    out.push(i);
  }
  return out;
}

/** The connective of cause or purpose that starts at token `i`, if any. */
export function connectiveAt(tokens: readonly Token[], i: number): Connective | undefined {
  const candidates = BY_FIRST_WORD.get(tokens[i]?.text.toLowerCase() ?? '');
  return candidates?.find((c) => c.words.every((w, k) => k === 0 || tokens[i + k]?.text.toLowerCase() === w));
}

/** The connectives by their first word: every token of every sentence is looked up. */
const BY_FIRST_WORD = new Map<string, Connective[]>();
for (const c of CONNECTIVES) BY_FIRST_WORD.set(c.words[0]!, [...(BY_FIRST_WORD.get(c.words[0]!) ?? []), c]);

/**
 * Where the clause's verb is, in kept positions: the first verb or auxiliary, past a capitalised
 * word inside a name the tagger took for a verb ("Shares in American Express surged") and the
 * end of a compound ("The Leeds-based retailer").
 */
export function verbIndex(tokens: readonly Token[], kept: Kept): number {
  return kept.findIndex((i, n) => {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
    // "Leeds-based", "stock-market listed": part of a compound before the noun; "rising oil
    // prices": a participle before its noun.
    const hyphened = tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === t.start;
    const modifies =
      /ing$/.test(t.text) && /NOUN|ADJ/.test(tokens[i + 1]?.pos ?? '') && !/AUX|VERB/.test(tokens[i - 1]?.pos ?? '');
    return (n === 0 || !/^[A-Z]/.test(t.text)) && !hyphened && !(n > 0 && modifies);
  });
}

/**
 * The tokens of a sentence a restatement keeps: without its dateline or opening connective (its
 * lead), parentheses, opening adverbial, closing attribution and asides.
 */
export function keptWords(s: WorkingSentence): readonly number[] {
  let found = kept.get(s);
  if (!found)
    kept.set(
      s,
      (found = withoutAsides(
        s.tokens,
        simplify(s.tokens).kept.filter((i) => s.tokens[i]!.start >= s.lead),
      )),
    );
  return found;
}

/** Worked out once a sentence: every kind that restates sentences asks. */
const kept = new WeakMap<WorkingSentence, readonly number[]>();

/**
 * Whether a clause cut out of a sentence ends where its statement does: at the sentence's end, or
 * at a comma before a new clause (", and", ", which", ", sending"). Cut at any other comma or a
 * dash, it may end inside a list or an aside ("Other films include Police drama 36", "The ruling
 * meant the movie"), and say something the article does not.
 */
export function endsWhole(tokens: readonly Token[], kept: Kept, clause: readonly number[]): boolean {
  const last = clause.at(-1);
  if (last === undefined) return false;
  const end = kept[kept.indexOf(last) + 1];
  if (end === undefined || /^[.!?;]$/.test(tokens[end]!.text)) return true;
  if (tokens[end]!.text !== ',') return false;
  const next = tokens[kept[kept.indexOf(end) + 1] ?? -1];
  // A verb after the comma ("kidnapped in Iraq", "added a new wing") begins what the clause only
  // adds to: leaving it out keeps the clause true.
  return (
    next !== undefined &&
    (/^(CCONJ|SCONJ|VERB)$/.test(next.pos) ||
      /^(which|who|whose|where|when|while|with|including|according|but|although|though)$/i.test(next.text))
  );
}

/** The first token past the sentence's dateline and opening "But" or "However,". */
export const firstWord = (s: WorkingSentence) =>
  Math.max(
    0,
    s.tokens.findIndex((t) => t.start >= s.lead),
  );

/**
 * A sentence's first clause, as kept: from its first word past what is left of an opener ("In the
 * short-term, however, travel companies ...") to where the clause ends; empty if nothing is left.
 */
export function firstClause(s: WorkingSentence): number[] {
  const kept = keptWords(s);
  let from = 0;
  while (/^(ADV|PUNCT)$/.test(s.tokens[kept[from] ?? -1]?.pos ?? '')) from++;
  const start = kept[from];
  return start === undefined ? [] : clauseFrom(s.tokens, start, kept);
}
