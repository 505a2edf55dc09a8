import { amountAt, consistent, readAmounts, upFrom, type Amount } from './amounts.js';
import { render, withoutStop, type Kept } from './clause.js';
import {
  CHANGE_VERBS,
  DIRECTION_ADVERBS,
  MOVED_VERBS,
  plainWordsFor,
  type Direction,
  type Tense,
} from './english/directions.js';
import type { Token } from './nlp.js';
import { questionSubject, type Subject, type Surroundings } from './referent.js';
import type { WorkingSentence } from './sentences.js';
import { connectiveAt, firstClause, keptWords, verbIndex } from './clause-cuts.js';
import { isPlural } from './statement.js';

/** A figure that moved, as one sentence reports it: what, which way, by how much, from and to what. */
export interface Change {
  readonly sentence: WorkingSentence;
  readonly subject: Subject;
  readonly plural: boolean;
  readonly direction: Direction;
  readonly tense: Tense;
  /** "The forecast was cut": moved by someone, rather than moving. */
  readonly passive: boolean;
  /** Rose and fell, or grew and shrank, as the article's verb has it. */
  readonly words: 'rise' | 'grow';
  readonly by?: Amount;
  readonly from?: Amount;
  readonly to?: Amount;
  /** What places the change in time or trading: "during early afternoon trading", "since the weekend". */
  readonly when: string;
  /** The last token of the clause that reports it: figures after it belong to other clauses. */
  readonly end: number;
}

/** A change as read from its clause, before the clause's extent is known. */
type Found = Omit<Change, 'end'>;

const TENSES: Readonly<Record<string, Tense>> = { has: 'perfect', have: 'perfect', had: 'pluperfect' };

/**
 * The time or setting after the amounts, kept in the question so it asks about this change and no
 * other: "during early afternoon trading", "in Frankfurt on Monday". Only prepositional phrases,
 * up to a reason ("on speculation that ..."), or nothing.
 */
export function whenAfter(tokens: readonly Token[], words: readonly number[]): string | undefined {
  // "by late morning as analysts were cheered": the setting ends where another clause begins.
  const end = words.findIndex(
    (i, n) =>
      connectiveAt(tokens, i) !== undefined ||
      (n > 0 && (tokens[i]!.pos === 'SCONJ' || /^(as|while)$/i.test(tokens[i]!.text))),
  );
  const rest = end < 0 ? words : words.slice(0, end);
  if (rest.length === 0) return '';
  if (!/^(in|on|during|since|by|over|after|before|for|at|between|this|last)$/i.test(tokens[rest[0]!]!.text))
    return undefined;
  if (rest.length > 9 || rest.some((i) => /VERB|AUX|PRON/.test(tokens[i]!.pos) || tokens[i]!.text === ','))
    return undefined;
  // "in Frankfurt on Monday to 41 euros": an amount after the setting is read nowhere else.
  if (rest.some((i, n) => n > 0 && /^(to|at|from|by)$/i.test(tokens[i]!.text) && amountAt(tokens, i + 1)))
    return undefined;
  return render(tokens, rest);
}

/** The change one clause reports, read from its verb: "X fell 5%", "X was cut to 5.7%", "X were up 6%". */
function changeOf(s: WorkingSentence, clause: Kept, around: Surroundings): Found | undefined {
  const { tokens } = s;
  const verb = verbIndex(tokens, clause);
  if (verb < 1) return undefined;
  const subjectWords = clause.slice(0, verb);
  const subject = questionSubject(s, subjectWords, around);
  if (!subject) return undefined;
  let n = verb;
  let tense: Tense = 'past';
  let passive = false;
  const word = (k: number) => tokens[clause[k] ?? -1];
  const auxiliary = word(n)!.text.toLowerCase();
  if (TENSES[auxiliary]) {
    tense = TENSES[auxiliary]!;
    n++;
    if (word(n)?.text === 'been') {
      passive = true;
      n++;
    }
  } else if (/^(was|were)$/.test(auxiliary)) {
    passive = true;
    n++;
  } else if (word(n)!.pos === 'AUX') return undefined; // "is to rise", "will fall": no change yet
  if (word(n)?.pos === 'ADV' && !DIRECTION_ADVERBS.has(word(n)!.text.toLowerCase())) n++;
  const main = word(n);
  if (!main) return undefined;
  const lemma = main.lemma.toLowerCase();
  let direction: Direction | undefined;
  if (passive && main.pos === 'VERB') direction = MOVED_VERBS.get(lemma);
  else if (passive) {
    // "Shares in Wimpey were up 6% at 458.5p": a copula and a direction.
    direction = DIRECTION_ADVERBS.get(main.text.toLowerCase());
    passive = false;
  } else if (main.pos === 'VERB') {
    direction = CHANGE_VERBS.get(lemma);
    // "closed down 0.89 points": a verb of ending and a direction after it.
    if (!direction && /^(close|end|finish)$/.test(lemma)) {
      direction = DIRECTION_ADVERBS.get(word(n + 1)?.text.toLowerCase() ?? '');
      if (direction) n++;
    }
  }
  if (!direction || main.text.toLowerCase().endsWith('ing')) return undefined;
  const amounts = readAmounts(tokens, clause, n + 1);
  if (!amounts.by && !amounts.to) return undefined;
  // "lost $646m" is a loss, not a fall: losing and gaining move only by a share or points.
  if (/^(lose|gain)$/.test(lemma) && amounts.by && !/^(%|points)$/.test(amounts.by.unit)) return undefined;
  if (!consistent(direction, amounts.from, amounts.to)) return undefined;
  const when = whenAfter(tokens, clause.slice(amounts.next));
  if (when === undefined) return undefined;
  // "Resort operator Tanco Holdings slumped 5%": a company that moves by a share is its shares.
  const company =
    !passive &&
    plainWordsFor(lemma) === 'rise' &&
    amounts.by?.unit === '%' &&
    tokens[subjectWords.at(-1)!]!.pos === 'PROPN' &&
    !subjectWords.some((i) => tokens[i]!.pos === 'ADP' || /^(shares|stocks?|index|markets?)$/i.test(tokens[i]!.text)) &&
    !s.phrases.some((p) => p.kind === 'place' && subjectWords.includes(p.first));
  return {
    sentence: s,
    subject: company ? { ...subject, text: `shares in ${subject.text}` } : subject,
    plural: company || isPlural(s, subjectWords),
    direction,
    tense,
    passive,
    words: plainWordsFor(lemma),
    ...(amounts.by ? { by: amounts.by } : {}),
    ...(amounts.from ? { from: amounts.from } : {}),
    ...(amounts.to ? { to: amounts.to } : {}),
    when,
  };
}

/** The words of change a noun says: "a 19% rise in profits". */
const CHANGE_NOUNS: ReadonlyMap<string, Direction> = new Map([
  ['rise', 'up'],
  ['increase', 'up'],
  ['jump', 'up'],
  ['gain', 'up'],
  ['fall', 'down'],
  ['drop', 'down'],
  ['decline', 'down'],
  ['decrease', 'down'],
]);

/**
 * "Wimpey reported a 19% rise in profits to £450.7m", "The retailer reported a pre-tax loss of
 * £38.6 million for the year to 1 March, up from £21.2 million": a change stated by a noun,
 * asked about as what happened to "Wimpey's profits".
 */
function reportedChange(s: WorkingSentence, clause: Kept, around: Surroundings, after: Kept): Found | undefined {
  const { tokens } = s;
  const verb = verbIndex(tokens, clause);
  const main = tokens[clause[verb] ?? -1];
  if (verb < 1 || !main || !/^(report|post|announce|record|make|suffer)$/.test(main.lemma.toLowerCase()))
    return undefined;
  if (main.text.toLowerCase() === main.lemma.toLowerCase() || /ing$/.test(main.text)) return undefined;
  // "Wimpey reported": a single capitalised word that reports a figure is a name, whatever else
  // the bank writes of it.
  const single =
    verb === 1 && tokens[clause[0]!]!.pos === 'PROPN' ? { text: tokens[clause[0]!]!.text, support: [] } : undefined;
  const owner = questionSubject(s, clause.slice(0, verb), around) ?? single;
  // A name owns the figure: "Wimpey's profits", not "the company's".
  const name = tokens[clause[verb - 1]!]!;
  if (!owner || (owner.support.length === 0 && (name.pos !== 'PROPN' || !/^[A-Z]/.test(name.text)))) return undefined;
  const rest = clause.slice(verb + 1);
  if (tokens[rest[0] ?? -1]?.pos !== 'DET' || tokens[rest[0]!]!.text.toLowerCase() !== 'a') return undefined;
  const possessive = `${owner.text}${owner.text.endsWith('s') ? "'" : "'s"}`;
  const by = amountAt(tokens, rest[1] ?? -1);
  const at = (k: number) => tokens[rest[k] ?? -1];
  if (by) {
    // "a 19% rise in profits to £450.7m"
    const k = rest.indexOf(by.last) + 1;
    const direction = CHANGE_NOUNS.get(at(k)?.lemma.toLowerCase() ?? '');
    if (!direction || at(k + 1)?.text !== 'in' || at(k + 2)?.pos !== 'NOUN') return undefined;
    const measured = at(k + 2)!.text;
    const to = at(k + 3)?.text === 'to' ? amountAt(tokens, rest[k + 4] ?? -1) : undefined;
    return {
      sentence: s,
      subject: { text: `${possessive} ${measured}`, support: owner.support },
      plural: /[^s]s$/.test(measured),
      direction,
      tense: 'past',
      passive: false,
      words: 'rise',
      by,
      ...(to ? { to } : {}),
      when: '',
    };
  }
  // "a pre-tax loss of £38.6 million ..., up from £21.2 million"
  const of = rest.findIndex((i) => tokens[i]!.text === 'of');
  if (of < 2 || of > 4 || rest.slice(1, of).some((i) => !/NOUN|ADJ/.test(tokens[i]!.pos))) return undefined;
  const to = amountAt(tokens, rest[of + 1] ?? -1);
  const before = upFrom(tokens, after);
  if (!to || !before || to.unit !== before.amount.unit) return undefined;
  if (!consistent(before.direction, before.amount, to)) return undefined;
  // "for the year to 1 March": which loss.
  const when = whenAfter(tokens, rest.slice(rest.indexOf(to.last) + 1)) ?? '';
  return {
    sentence: s,
    subject: { text: `${possessive} ${render(tokens, rest.slice(1, of))}`, support: owner.support },
    plural: false,
    direction: before.direction,
    tense: 'past',
    passive: false,
    words: 'rise',
    from: before.amount,
    to,
    when,
  };
}

/** The changes a sentence reports in its main clause. */
export function changesIn(s: WorkingSentence, around: Surroundings = {}): Change[] {
  if (s.unfit) return [];
  const kept = keptWords(s);
  const clause = withoutStop(s.tokens, firstClause(s));
  if (clause.length === 0) return [];
  const after = kept.slice(kept.indexOf(clause.at(-1)!) + 1);
  const found = changeOf(s, clause, around) ?? reportedChange(s, clause, around, after);
  if (!found) return [];
  const change = { ...found, end: clause.at(-1)! };
  // "Food inflation rose to 8.9 per cent, up from 5.2 per cent in June": where it rose from.
  const before = change.from ? undefined : upFrom(s.tokens, after);
  if (
    before &&
    change.to &&
    before.direction === change.direction &&
    consistent(change.direction, before.amount, change.to)
  )
    return [{ ...change, from: before.amount }];
  return [change];
}
