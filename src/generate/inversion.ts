import { doSupport, isPlainSubject, lowerFirst, render, withoutStop, type Kept } from './clause.js';
import type { WorkingSentence } from './sentences.js';
import { isPlural } from './statement.js';
import { PAST_AS_BASE } from './english/words.js';

/**
 * Words after which a second past-tense verb belongs to its own clause, not the main one. "and" is
 * not among them: "did the assault kill three people and wounded dozens" cannot be asked.
 */
const LINKS_A_VERB = new Set([
  'that',
  'which',
  'who',
  'to',
  ',',
  'had',
  'has',
  'have',
  'was',
  'were',
  'been',
  'being',
  'be',
  'is',
  'are',
  'after',
  'before',
  'when',
  'while',
  'as',
  'by',
]);

const INVERTIBLE = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
]);

/** A clause turned round for a question: "the council will spend £1.8m" → "will the council spend". */
export interface Inverted {
  /** Kept token indices after the auxiliary (or after the verb that do-support replaced). */
  readonly after: readonly number[];
  /** The clause without `remove`d tokens: "did the attacker kill on the bridge". */
  readonly clause: (remove?: ReadonlySet<number>) => string;
}

const COPULA = new Set(['is', 'are', 'was', 'were']);

/** "has pulled out", "had fallen": perfect auxiliaries, inverted only where a kind asks for them. */
const PERFECT = new Set(['has', 'have', 'had']);

/** A subject that takes "does", not "do": no pronoun but "he", "she" or "it", and not plural. */
function isSingular(s: WorkingSentence, subject: Kept): boolean {
  const first = s.tokens[subject[0]!];
  if (subject.length === 1 && first?.pos === 'PRON') return /^(he|she|it)$/i.test(first.text);
  return !isPlural(s, subject);
}

export interface InvertOptions {
  /**
   * Also invert "has"/"have"/"had" before a participle, with an adverb between them allowed:
   * "Holmes has now pulled out" → "has Holmes now pulled out".
   */
  readonly perfect?: boolean;
  /** Also invert "is"/"was" before what is no verb: "India's economy is less likely to slow". */
  readonly copula?: boolean;
  /**
   * The subject as the question names it, vouched for by the caller: words the caller has checked
   * (a subject with "of" or "in" in it), or the name of what the sentence calls "the firm".
   */
  readonly subject?: string;
}

/**
 * The main clause of a simplified sentence in question order, by do-support ("killed" → "did ...
 * kill") or by inverting its auxiliary ("will spend" → "will ... spend"). Undefined where the
 * subject is no plain noun phrase or the first verb is not the main one.
 */
export function invert(
  s: WorkingSentence,
  kept: Kept,
  verb: number,
  options: InvertOptions = {},
): Inverted | undefined {
  const { tokens } = s;
  const subject = kept.slice(0, verb);
  if (options.subject === undefined && !isPlainSubject(tokens, subject)) return undefined;
  const verbToken = tokens[kept[verb]!]!;
  const auxText = verbToken.text.toLowerCase();
  // The verb the auxiliary governs; where perfect auxiliaries are asked for, past an adverb and a
  // passive "been": "has now pulled out", "have been forced".
  let governed = verb + 1;
  if (options.perfect) {
    if (tokens[kept[governed]!]?.pos === 'ADV') governed++;
    if (PERFECT.has(auxText) && tokens[kept[governed]!]?.text === 'been') governed++;
  }
  let auxiliary: string;
  let lemma: string | undefined;
  if (verbToken.pos === 'VERB') {
    const support = doSupport(verbToken);
    if (!support) return undefined;
    // "Ronald Koeman quit as Ajax boss": a verb whose past is its base form ("quit", "cut", "set")
    // after a singular subject can only be past; "do" would make it present.
    auxiliary =
      support === 'do' && PAST_AS_BASE.has(verbToken.text.toLowerCase()) && isSingular(s, subject) ? 'did' : support;
    lemma = verbToken.lemma.toLowerCase();
  } else if (
    (INVERTIBLE.has(auxText) || (options.perfect && PERFECT.has(auxText))) &&
    tokens[kept[governed]!]?.pos === 'VERB'
  ) {
    auxiliary = auxText;
  } else if (options.copula && COPULA.has(auxText) && kept[verb + 1] !== undefined) {
    auxiliary = auxText;
  } else return undefined;
  const subjectText = options.subject ?? lowerFirst(s, render(tokens, subject), subject[0]!);
  const after = withoutStop(tokens, kept.slice(verb + 1));
  // "An inspection carried out in October found cracks": the first verb was not the main one.
  // (After an inverted auxiliary, the first verb is the participle it governs: "was built".)
  const ownVerb = verbToken.pos === 'AUX' ? kept[governed] : undefined;
  const secondMainVerb = after.some(
    (i, n) =>
      i !== ownVerb &&
      tokens[i]!.pos === 'VERB' &&
      doSupport(tokens[i]!) === 'did' &&
      !LINKS_A_VERB.has(tokens[after[n - 1] ?? -1]?.text.toLowerCase() ?? ''),
  );
  if (secondMainVerb) return undefined;
  return {
    after,
    clause: (remove = new Set()) => {
      const rest = render(
        tokens,
        after.filter((i) => !remove.has(i)),
      );
      const predicate =
        lemma === undefined ? rest : rest === '' ? lemma : /^[,;:]/.test(rest) ? `${lemma}${rest}` : `${lemma} ${rest}`;
      return `${auxiliary} ${subjectText} ${predicate}`.trimEnd();
    },
  };
}

/** Index of the verb the auxiliary governs, which belongs to the main clause: "was [built]". */
export function ownVerbOf(s: WorkingSentence, kept: Kept, verb: number, inverted: Inverted): number | undefined {
  return s.tokens[kept[verb]!]!.pos === 'AUX' ? inverted.after[0] : undefined;
}
