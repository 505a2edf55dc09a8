import { render, simplify, withoutStop, type Kept } from './clause.js';
import type { Token } from './nlp.js';
import { CONNECTIVES, type Connective } from './english/causes.js';
import { questionSubject, type Subject, type Surroundings } from './referent.js';
import type { WorkingSentence } from './sentences.js';

// A sentence's main statement cut down to a clause that can stand alone as an answer choice:
// "The Cesar organisers modified their rules to allow the film to compete". Question kinds offer
// such clauses as the events an article reports, beside the one that answers.

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

const PERSONAL = /^(he|him|his|she|her)$/i;
const NEUTER = /^(it|its)$/i;
const PLURAL = /^(they|them|their)$/i;

/**
 * Whether a subject is plural: "shares in X", "Delta and United". The head is read by its
 * ending: the tagger takes a capitalised "Shares" for a name and gives it no singular lemma.
 */
export function isPlural(s: WorkingSentence, subject: Kept): boolean {
  const { tokens } = s;
  if (subject.some((i) => /^(and|&)$/.test(tokens[i]!.text))) return true;
  const before = subject.findIndex((i) => /^(of|in|for|at|from|on)$/i.test(tokens[i]!.text));
  const at = subject[before < 0 ? subject.length - 1 : before - 1];
  const head = tokens[at ?? -1];
  if (!head || !/NOUN|PROPN/.test(head.pos) || !/[^su]s$/i.test(head.text) || /ics$/i.test(head.text)) return false;
  // "Delta Air Lines": the last word of a name.
  if (/^[A-Z]/.test(head.text) && tokens[at! - 1]?.pos === 'PROPN' && /^[A-Z]/.test(tokens[at! - 1]!.text))
    return false;
  return !s.phrases.some((p) => p.first <= at! && at! <= p.last && p.kind !== 'count');
}

/**
 * Whether every pronoun in `words` can be read without the sentences around them: "his" needs
 * one person named before it (in the subject or earlier among the words), "it" one organisation
 * or a singular subject, "they" a plural subject or two names joined by "and".
 */
export function pronounsReadable(
  s: WorkingSentence,
  subject: Kept,
  words: readonly number[],
  /** What a subject pronoun read from the sentence before stands for: "He" for a person. */
  resolved?: 'person' | 'organisation',
): boolean {
  const { tokens } = s;
  // "Holmes has dropped hints that her ambition ...": a subject that is a name nothing typed
  // stands for the one person or organisation a pronoun after it refers to.
  const untypedName =
    subject.length > 0 &&
    subject.every((i) => tokens[i]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[i]!.text)) &&
    !s.phrases.some((p) => subject.includes(p.first));
  const namedBefore = (kind: string, i: number) =>
    new Set(
      s.phrases
        .filter((p) => p.kind === kind && (subject.includes(p.first) || (words.includes(p.first) && p.first < i)))
        .map((p) => p.text),
    ).size + (resolved === kind ? 1 : 0);
  const plural = isPlural(s, subject);
  return words.every((i) => {
    const t = tokens[i]!;
    if (t.pos !== 'PRON' && !/^(his|her|its|their)$/i.test(t.text)) return true;
    const persons = namedBefore('person', i);
    const organisations = namedBefore('organisation', i);
    // An untyped name may be either, where nothing else is named.
    const either = untypedName && persons + organisations === 0 ? 1 : 0;
    if (PERSONAL.test(t.text)) return persons + either === 1;
    if (NEUTER.test(t.text)) return persons === 0 && (organisations + either === 1 || (!plural && organisations === 0));
    if (PLURAL.test(t.text)) {
      const pairBefore = words.some((j) => j < i && /^(and|&)$/.test(tokens[j]!.text));
      return persons === 0 && (plural || pairBefore);
    }
    return false; // "this", "who", "we": not read out of a choice
  });
}

/** The connective of cause or purpose that starts at token `i`, if any. */
export const connectiveAt = (tokens: readonly Token[], i: number): Connective | undefined =>
  CONNECTIVES.find((c) => c.words.every((w, k) => tokens[i + k]?.text.toLowerCase() === w));

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

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A clause restated: its words, its subject, and its text as an answer choice. */
export interface Statement {
  readonly sentence: WorkingSentence;
  readonly subject: Subject;
  /** Kept token indices of the clause, subject first. */
  readonly words: readonly number[];
  readonly text: string;
  readonly tense: Tense | undefined;
}

/** The clause `kept` says, named so that it stands alone, or undefined. */
export function statementOf(s: WorkingSentence, kept: Kept, around: Surroundings = {}): Statement | undefined {
  const { tokens } = s;
  const words = withoutStop(tokens, kept);
  const verb = verbIndex(tokens, words);
  if (verb < 1) return undefined;
  const subjectWords = words.slice(0, verb);
  const subject = questionSubject(s, subjectWords, around);
  if (!subject) return undefined;
  const pronoun = subjectWords.length === 1 ? tokens[subjectWords[0]!]! : undefined;
  const resolved = pronoun?.pos !== 'PRON' ? undefined : /^(he|she)$/i.test(pronoun.text) ? 'person' : 'organisation';
  if (!pronounsReadable(s, subjectWords, words.slice(verb), resolved)) return undefined;
  const rest = render(tokens, words.slice(verb));
  return {
    sentence: s,
    subject,
    words,
    text: sentenceOf(subject.text, rest),
    tense: clauseTense(tokens, words),
  };
}

/**
 * The tokens of a sentence a restatement keeps: without its dateline or opening connective (its
 * lead), parentheses, opening adverbial, closing attribution and asides.
 */
export function keptWords(s: WorkingSentence): number[] {
  return withoutAsides(
    s.tokens,
    simplify(s.tokens).kept.filter((i) => s.tokens[i]!.start >= s.lead),
  );
}

const CUT_BEFORE =
  /^(in|on|at|for|from|with|during|after|before|against|through|across|over|under|since|until|amid|into|as|while|when|despite)$/i;

/**
 * What the statement says of its subject, and shorter forms of it, longest first, each ending
 * before a phrase that only adds where, when or how ("modified their rules [to allow ...]"):
 * leaving such a phrase out keeps a statement true. Never right after the verb, nor inside a list.
 */
export function predicates(st: Statement): string[] {
  const { tokens } = st.sentence;
  const verb = verbIndex(tokens, st.words);
  const forms = [render(tokens, st.words.slice(verb))];
  for (let n = st.words.length - 1; n > verb + 1; n--) {
    const t = tokens[st.words[n]!]!;
    const before = tokens[st.words[n - 1]!]!;
    const cuts = CUT_BEFORE.test(t.text) || (t.text === 'to' && /NOUN|PROPN/.test(before.pos));
    if (!cuts || before.pos === 'VERB' || before.pos === 'AUX' || /^(and|or|,)$/.test(before.text)) continue;
    // "are now [on permanent display]": what is left must say something after its verb.
    const kept = st.words.slice(verb, n);
    if (!kept.slice(1).some((i) => /NOUN|PROPN|NUM|ADJ/.test(tokens[i]!.pos))) continue;
    forms.push(render(tokens, kept));
  }
  return forms;
}

/** A subject and what is said of it, as an answer choice: "Mr Galloway was expelled ...". */
export const sentenceOf = (subject: string, predicate: string) => upperFirst(`${subject} ${predicate}`);

/**
 * A sentence's main statement, cut at the end of its first clause: what the article reports it
 * says, as an event a question can offer among its choices.
 */
export function mainStatement(s: WorkingSentence, around: Surroundings = {}): Statement | undefined {
  if (s.unfit && !(around.pronouns && s.unfit === 'opens with a pronoun')) return undefined;
  const kept = keptWords(s);
  // "In the short-term, however, travel companies ...": what is left of the opener goes too.
  let from = 0;
  while (/^(ADV|PUNCT)$/.test(s.tokens[kept[from] ?? -1]?.pos ?? '')) from++;
  const start = kept[from];
  if (start === undefined) return undefined;
  const clause = clauseFrom(s.tokens, start, kept);
  if (!endsWhole(s.tokens, kept, clause)) return undefined;
  // "surged after it said ...": the statement ends where a reason for it begins.
  const reason = clause.findIndex((i, n) => n > 2 && connectiveAt(s.tokens, i) !== undefined);
  return statementOf(s, reason > 0 ? clause.slice(0, reason) : clause, around);
}

/**
 * Whether a clause cut out of a sentence ends where its statement does: at the sentence's end, or
 * at a comma before a new clause (", and", ", which", ", sending"). Cut at any other comma or a
 * dash, it may end inside a list or an aside ("Other films include Police drama 36", "The ruling
 * meant the movie"), and say something the article does not.
 */
function endsWhole(tokens: readonly Token[], kept: Kept, clause: readonly number[]): boolean {
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
