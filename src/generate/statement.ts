import { render, withoutStop, type Kept } from './clause.js';
import { clauseTense, connectiveAt, endsWhole, firstClause, keptWords, verbIndex, type Tense } from './clause-cuts.js';
import { questionSubject, type Subject, type Surroundings } from './referent.js';
import type { WorkingSentence } from './sentences.js';

// A sentence's main statement cut down to a clause that can stand alone as an answer choice:
// "The Cesar organisers modified their rules to allow the film to compete". Question kinds offer
// such clauses as the events an article reports, beside the one that answers.

const PERSONAL = /^(he|him|his|she|her)$/i;
const NEUTER = /^(it|its)$/i;
const PLURAL = /^(they|them|their)$/i;

/** Plural nouns without a plural "s": "People say", "Police believe". */
const PLURAL_WITHOUT_S = /^(people|police|children|men|women|media|staff|personnel)$/i;

/**
 * Whether a subject is plural: "shares in X", "Delta and United", "police". The head is read by
 * its ending: the tagger takes a capitalised "Shares" for a name and gives it no singular lemma.
 */
export function isPlural(s: WorkingSentence, subject: Kept): boolean {
  const { tokens } = s;
  if (subject.some((i) => /^(and|&)$/.test(tokens[i]!.text))) return true;
  const before = subject.findIndex((i) => /^(of|in|for|at|from|on)$/i.test(tokens[i]!.text));
  const at = subject[before < 0 ? subject.length - 1 : before - 1];
  const head = tokens[at ?? -1];
  if (head && /NOUN|PROPN/.test(head.pos) && PLURAL_WITHOUT_S.test(head.text)) return true;
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
  const clause = firstClause(s);
  if (clause.length === 0 || !endsWhole(s.tokens, keptWords(s), clause)) return undefined;
  // "surged after it said ...": the statement ends where a reason for it begins.
  const reason = clause.findIndex((i, n) => n > 2 && connectiveAt(s.tokens, i) !== undefined);
  return statementOf(s, reason > 0 ? clause.slice(0, reason) : clause, around);
}
