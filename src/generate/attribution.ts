import type { Token } from './nlp.js';
import type { Quoting } from './quotation.js';
import type { WorkingSentence } from './sentences.js';
import { isNameWord, nameEndingAt, typeMention, type Mention } from './speakers.js';
import { BEFORE_VERB, PARTICLE_VERBS, REPORTING_VERBS, ROLE_WORDS } from './english/speech.js';
import { isMark } from './quotation.js';

// Who an attribution names, and with which verb: "Mr Ebbers, 63, has always insisted", '"...,"
// said David Naude, economist at Deutsche Bank', "he added".

const PRONOUN_SPEAKERS = new Set(['he', 'she', 'it', 'they']);
const BOUNDARY = /^([,:;—–-]|["“”]|but|and|while|whereas|although|though|yet)$/i;
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);

/**
 * A reporting verb at token i: its lemma, and where what it reports begins ("called for"). Right
 * after a quotation the tagger's word class is not needed: '"...," points out Steve Cram'.
 */
export function reportingVerb(
  tokens: readonly Token[],
  i: number,
  afterQuote = false,
): { lemma: string; end: number } | undefined {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' && t.pos !== 'AUX' && !(afterQuote && /^[a-z]/.test(t.text))) return undefined;
  const lemma = t.lemma.toLowerCase();
  if (!REPORTING_VERBS.has(lemma) || /ing$/.test(t.text)) return undefined;
  // "she had been warned", "is accused of": the passive names no speaker before it.
  if (/^(is|was|are|were|been|being|be)$/i.test(tokens[i - 1]?.text ?? '')) return undefined;
  const particle = PARTICLE_VERBS.get(lemma);
  if (particle) return tokens[i + 1]?.text === particle ? { lemma, end: i + 2 } : undefined;
  return { lemma, end: i + 1 };
}

/** A speaker written before the verb ("Mr Ebbers, 63, has always insisted"), or a pronoun. */
export interface Subject {
  readonly mention?: Mention;
  readonly pronoun?: string;
  /** Where the subject's phrase starts. */
  readonly start: number;
  /** Where the verb with its auxiliaries and adverbs starts: "has always insisted". */
  readonly predicate: number;
}

/** Whether a phrase starting at i begins a clause: the sentence's start, a comma, "but", a quote mark. */
export function atBoundary(s: WorkingSentence, i: number): boolean {
  if (i <= firstAfterLead(s)) return true;
  const before = s.tokens[i - 1]!;
  return BOUNDARY.test(before.text) && !(before.text === 'and' && s.tokens[i - 2]?.pos === 'PROPN');
}

export const firstAfterLead = (s: WorkingSentence) => {
  const i = s.tokens.findIndex((t) => t.start >= s.lead);
  return i < 0 ? 0 : i;
};

export function subjectBefore(s: WorkingSentence, q: Quoting, verb: number): Subject | undefined {
  const { tokens } = s;
  let j = verb - 1;
  while (j >= 0 && BEFORE_VERB.has(tokens[j]!.text.toLowerCase()) && !q.inside[j]) j--;
  const predicate = j + 1;
  const t = tokens[j];
  if (!t || q.inside[j]) return undefined;
  if (t.pos === 'PRON' && PRONOUN_SPEAKERS.has(t.text.toLowerCase()))
    return atBoundary(s, j) ? { pronoun: t.text.toLowerCase(), start: j, predicate } : undefined;
  // "David Frost, director general of the British Chambers of Commerce, warned": past the aside.
  let end = j;
  let roleAfter = false;
  if (t.text === ',') {
    let open = -1;
    for (let k = j - 1; k >= 0 && j - k <= 16; k--) if (tokens[k]!.text === ',') ((open = k), (k = -1));
    if (open < 0) return undefined;
    const aside = tokens.slice(open + 1, j);
    const relative = /^(who|which)$/i.test(aside[0]?.text ?? '');
    if (
      aside.length === 0 ||
      aside.some((x, k) => isMark(x) || q.inside[open + 1 + k]) ||
      (!relative && aside.some((x) => x.pos === 'VERB' || x.pos === 'AUX'))
    )
      return undefined;
    roleAfter = aside.some((x) => ROLE_WORDS.has(x.text.toLowerCase())) || /^\d+$/.test(aside[0]!.text);
    // "The Shadow Secretary of State for the Family, Theresa May, said": the aside is the name.
    const named = nameEndingAt(tokens, j - 1);
    if (named && named.first === open + 1 && named.last > named.first) {
      const mention = typeMention(s, named.first, named.last, true);
      if (mention?.kind === 'person') return { mention, start: open + 1, predicate };
    }
    end = open - 1;
  }
  const named = nameEndingAt(tokens, end);
  if (!named) return undefined;
  // "a fund manager at Perpetual Trustees said": a name after a preposition is not the subject.
  const head = tokens[named.first - 1];
  if (head && (head.pos === 'ADP' || (head.pos === 'DET' && tokens[named.first - 2]?.pos === 'ADP'))) return undefined;
  let start = named.first;
  while (start > 0 && (NP_POS.has(tokens[start - 1]!.pos) || /^('s|’s|of|for|and|&)$/.test(tokens[start - 1]!.text)))
    start--;
  if (!atBoundary(s, start) || q.inside[start]) return undefined;
  const mention = typeMention(s, named.first, named.last, roleAfter);
  return mention ? { mention, start, predicate } : undefined;
}

/** A speaker named after the verb: '"...," said David Naude, economist at Deutsche Bank.' */
export function speakerAfter(s: WorkingSentence, from: number): Mention | undefined {
  const { tokens } = s;
  let k = from;
  while (
    k < tokens.length &&
    (NP_POS.has(tokens[k]!.pos) || isNameWord(tokens, k) || /^('s|’s|and)$/.test(tokens[k]!.text))
  )
    k++;
  const last = k - 1;
  const after = tokens[k];
  if (last < from || (after && !/^[,.;]$/.test(after.text) && after.pos !== 'ADP' && after.pos !== 'VERB'))
    return undefined;
  const named = nameEndingAt(tokens, last);
  if (!named || tokens[named.first - 1]?.pos === 'ADP') return undefined;
  const roleAfter = after?.text === ',' && ROLE_WORDS.has(tokens[k + 1]?.text.toLowerCase() ?? '');
  return typeMention(s, named.first, named.last, roleAfter);
}
