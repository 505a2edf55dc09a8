import { render, withoutStop } from './clause.js';
import { clauseFrom, firstClause, firstWord, keptWords, verbIndex } from './clause-cuts.js';
import type { CausalLink } from './causes.js';
import { CAUSING_FORMS, CAUSING_PARTICLES, CAUSING_VERBS } from './english/causes.js';
import type { Token } from './nlp.js';
import { questionSubject, type Surroundings } from './referent.js';
import type { WorkingSentence } from './sentences.js';
import { mainStatement, pronounsReadable } from './statement.js';

// Reasons given by a verb of causing: "Expectations of strong earnings drove the index to a
// record", and "That has hit shares across Asia" after the sentence that says what did.

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "That has hit shares across Asia and Europe": the sentence before is the reason, restated, and
 * the question asks what did it.
 */
export function thatLinks(s: WorkingSentence, around: Surroundings): CausalLink[] {
  const { tokens } = s;
  const { previous } = around;
  if (!previous || !/^(that|this)$/i.test(tokens[firstWord(s)]?.text ?? '')) return [];
  const kept = keptWords(s);
  const verb = verbIndex(tokens, kept);
  const main = kept.slice(verb).find((i) => tokens[i]!.pos === 'VERB');
  if (
    verb !== 1 ||
    kept[0] !== firstWord(s) ||
    main === undefined ||
    !CAUSING_VERBS.has(tokens[main]!.lemma.toLowerCase())
  )
    return [];
  const before = mainStatement(previous, { ...around, previous: undefined });
  const effect = clauseFrom(tokens, kept[1]!, kept);
  if (!before || before.words.length > 18 || effect.length < 3) return [];
  return [
    {
      sentence: s,
      support: [previous, ...before.subject.support],
      question: { template: 'what-caused', clause: render(tokens, effect) },
      cause: before.text,
      shape: 'clause',
      ...(before.tense ? { tense: before.tense } : {}),
      effect,
    },
  ];
}

/** Whether the word at `i` is a verb that causes, in the past: "drove", "forced", "led to". */
function isCausing(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i];
  if (!verb) return false;
  const lemma = CAUSING_FORMS.get(verb.text.toLowerCase());
  if (!lemma || !CAUSING_VERBS.has(lemma)) return false;
  const particle = CAUSING_PARTICLES[lemma];
  return !particle || particle.test(tokens[i + 1]?.text ?? '');
}

/**
 * "Expectations of strong corporate earnings in 2005 drove the Indonesian stock exchange to a
 * record high": a thing (not a person or organisation, who would be asked for with "Who") that
 * caused what the rest of the clause says. Asked as "What drove ...?".
 */
export function subjectLinks(s: WorkingSentence, around: Surroundings): CausalLink[] {
  const { tokens } = s;
  const clause = firstClause(s);
  // The first verb, or the first word that is a causing verb's past whatever its tag.
  const tagged = verbIndex(tokens, clause);
  const causing = clause.findIndex((i, n) => n > 0 && isCausing(tokens, i));
  const verb = tagged < 0 ? causing : causing < 0 ? tagged : Math.min(tagged, causing);
  if (verb < 1) return [];
  const perfect = /^(has|have)$/i.test(tokens[clause[verb]!]!.text) ? 1 : 0;
  if (!isCausing(tokens, clause[verb + perfect]!)) return [];
  const subjectWords = clause.slice(0, verb);
  // "The rise has forced hard choices": the rise of what, the sentence before says.
  if (subjectWords.length < 3) return [];
  const subject = questionSubject(s, subjectWords, around);
  const named = s.phrases.some((p) => subjectWords.includes(p.first) && /person|organisation|place/.test(p.kind));
  if (!subject || subject.support.length > 0 || named || !subjectWords.some((i) => tokens[i]!.pos === 'NOUN'))
    return [];
  const effect = withoutStop(tokens, clause.slice(verb));
  if (effect.length < 3 || !pronounsReadable(s, [], effect)) return [];
  return [
    {
      sentence: s,
      support: [],
      question: { template: 'what-caused', clause: render(tokens, effect) },
      cause: upperFirst(subject.text),
      shape: 'noun',
      effect,
    },
  ];
}
