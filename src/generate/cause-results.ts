import type { Kept } from './clause.js';
import { clauseTense, verbIndex } from './clause-cuts.js';
import type { CausalLink } from './causes.js';
import type { Connective } from './english/causes.js';
import { prompt } from './prompt.js';
import type { Surroundings } from './referent.js';
import type { WorkingSentence } from './sentences.js';
import { statementOf, type Statement } from './statement.js';

/**
 * "What happened to Mr Galloway because of his staunch opposition ...?", "What did Yukos do in an
 * attempt to halt the forced sale?": the reason in the article's own connective, the effect asked
 * for. Only where the effect is something done by or to its subject, in the past.
 */
export function resultQuestion(
  s: WorkingSentence,
  effect: Kept,
  connective: Connective,
  cause: string,
  around: Surroundings,
): CausalLink['result'] {
  const { tokens } = s;
  const answer = statementOf(s, effect, around);
  if (!answer) return undefined;
  const verb = verbIndex(tokens, answer.words);
  const first = tokens[answer.words[verb]!]!;
  // "has now pulled out": the verb the auxiliary governs, past an adverb.
  const skip = tokens[answer.words[verb + 1] ?? -1]?.pos === 'ADV' ? 2 : 1;
  const next = tokens[answer.words[verb + skip] ?? -1];
  const said = connective.words.slice(0, connective.words.length - (connective.keep ?? 0)).join(' ');
  // Inside the question the reason keeps its capital only where it opens with a name.
  const named = namesInCause(s, cause) || /^[A-Z]{2,}/.test(cause);
  const reason = [said, named ? cause : cause.charAt(0).toLowerCase() + cause.slice(1)].filter(Boolean).join(' ');
  const subject = answer.subject.text;
  if (isPassive(answer)) return { prompt: prompt('result-event', { subject, reason }), answer };
  // Someone who acts: a person or organisation, or a name nothing typed ("Holmes", "Yukos").
  // The subject must be the one who acts, not something of theirs ("shares in Harbour Lines").
  const subjectWords = answer.words.slice(0, verb);
  const head = subjectWords.at(-1)!;
  const acts =
    !subjectWords.some((i) => tokens[i]!.pos === 'ADP') &&
    (s.phrases.some((p) => (p.kind === 'person' || p.kind === 'organisation') && p.first <= head && head <= p.last) ||
      (subjectWords.every((i) => tokens[i]!.pos === 'PROPN') &&
        !s.phrases.some((p) => subjectWords.includes(p.first))));
  if (!acts && answer.subject.support.length === 0) return undefined;
  if (first.pos === 'VERB' && clauseTense(tokens, answer.words) === 'past')
    return { prompt: prompt('result-action', { auxiliary: 'did', subject, verb: 'do', reason }), answer };
  if (/^(has|have)$/i.test(first.text) && next?.pos === 'VERB')
    return {
      prompt: prompt('result-action', { auxiliary: first.text.toLowerCase(), subject, verb: 'done', reason }),
      answer,
    };
  return undefined;
}

/**
 * Whether a statement tells what was done to its subject ("Mr Galloway was expelled"), not what
 * its subject did: "What happened to Mr Galloway ...?" is answered only by the first.
 */
export function isPassive(statement: Statement): boolean {
  const { tokens } = statement.sentence;
  const verb = verbIndex(tokens, statement.words);
  const first = tokens[statement.words[verb] ?? -1];
  // "was first elected": past an adverb.
  const skip = tokens[statement.words[verb + 1] ?? -1]?.pos === 'ADV' ? 2 : 1;
  const next = tokens[statement.words[verb + skip] ?? -1];
  return first !== undefined && /^(was|were)$/i.test(first.text) && next?.pos === 'VERB';
}

/** Whether the restated reason opens with a name, which keeps its capital inside a question. */
const namesInCause = (s: WorkingSentence, cause: string) =>
  s.phrases.some((p) => cause.startsWith(p.text)) || s.namesInText.has(cause.split(' ')[0]!);
