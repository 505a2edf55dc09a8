import { lowerOpening, render, simplify } from './clause.js';
import { clauseTense } from './clause-cuts.js';
import type { Token } from './nlp.js';
import type { WorkingSentence } from './sentences.js';
import { SPEECH_VERBS } from './english/words.js';

/** Verbs of a source in a mid-sentence attribution: ", official figures show -". */
const SOURCE_VERBS = /^(show|shows|showed|said|says|suggest|suggests|suggested|indicate|indicates|reported|reports)$/;

/**
 * ", official figures show -" or ", police said," inside a sentence: an attribution between
 * commas or dashes whose words a restated sentence leaves out. Returns the token indices to drop.
 */
function midAttribution(tokens: readonly Token[]): number[] {
  for (let i = 1; i < tokens.length - 2; i++) {
    if (tokens[i]!.text !== ',') continue;
    for (let j = i + 1; j <= i + 5 && j < tokens.length - 1; j++) {
      const closes = /^[,—–-]$/.test(tokens[j + 1]?.text ?? '');
      if (SOURCE_VERBS.test(tokens[j]!.text) && closes && j + 2 < tokens.length - 1) {
        // Keep the dash or comma after it only as a plain link: ", figures show - but" → " but".
        return Array.from({ length: j + 2 - i }, (_, k) => i + k);
      }
    }
  }
  return [];
}

/**
 * A sentence restated as a plain statement: without what opens it but no statement needs (a
 * dateline, "But", "However,"), its asides (parentheses, appositives, asides between dashes) and
 * its attribution (", police said"). Undefined when too little of it is left.
 */
export function plainStatement(
  s: WorkingSentence,
  edit?: ReadonlyMap<number, string>,
  options: {
    /**
     * Keep an opening clause with a verb of its own ("Before he resigned on Wednesday, ..."): in
     * a lead it is often the news itself.
     */
    readonly keepClauseOpener?: boolean;
  } = {},
): string | undefined {
  if (s.unfit !== undefined && !s.referent) return undefined;
  const tokens = edit ? s.tokens.map((t, i) => (edit.has(i) ? { ...t, text: edit.get(i)! } : t)) : s.tokens;
  const dropped = new Set(midAttribution(tokens));
  const { kept: simplified, opener } = simplify(s.tokens);
  const clauseOpener =
    options.keepClauseOpener && opener && s.tokens.slice(opener.first, opener.last + 1).some((t) => t.pos === 'VERB');
  const withOpener = clauseOpener
    ? [...new Set([...Array.from({ length: opener.last + 2 }, (_, i) => i), ...simplified])].sort((a, b) => a - b)
    : simplified;
  // An edit to '' takes the token out: the rest of a name replaced by another.
  const kept = withOpener.filter((i) => !dropped.has(i) && tokens[i]!.start >= s.lead && edit?.get(i) !== '');
  if (kept.length < 5) return undefined;
  // "..., leading to the secrecy ...": what is left after a cut opens with a participle, no subject.
  const opening = s.tokens[kept[0]!]!;
  if (opening.pos === 'VERB' && /ing$/i.test(opening.text)) return undefined;
  let text = render(tokens, kept)
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[,;:—–-]\s*/, '')
    .replace(/[,;:—–-]\s*$/, '')
    .trim();
  // "On Wednesday, however, South Korea ...": the opening adverbial went, its "however" goes too.
  text = text.replace(/^(however|meanwhile|instead|also|but|and|yet|still|though|indeed),?\s+/i, '');
  if (!/[.!?]$/.test(text)) text += '.';
  // "He told refugees ..." → "Mr Blunkett told refugees ...": the name from the sentence before.
  if (s.referent && text.startsWith(s.referent.pronoun)) text = s.referent.name + text.slice(s.referent.pronoun.length);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-case content lemmas of a sentence: what it is about, for comparing sentences. */
export function contentLemmas(s: WorkingSentence): Set<string> {
  return new Set(
    s.tokens
      .filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NUM')
      .map((t) => t.lemma.toLowerCase())
      .filter((w) => w.length > 2),
  );
}

/** How alike two sets of words are: shared over all (Jaccard). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
}

/**
 * Who a sentence's closing attribution names: "police" in ", police said."; "Dr Hall" in ", said
 * Dr Hall." Undefined without one, or where it names only "he" or "she".
 */
export function closingSpeaker(s: WorkingSentence): string | undefined {
  const { tokens } = s;
  const end = tokens.length - 1;
  for (let i = end - 1; i > 0 && end - i <= 8; i--) {
    if (tokens[i]!.text !== ',') continue;
    const tail = tokens.slice(i + 1, end);
    const verb = tail.findIndex((t) => /^(said|says|told|added)$/.test(t.text));
    if (verb < 0) return undefined;
    // ", police said." names the speaker before the verb; ", said Dr Hall, 44." after it.
    // ", a witness has told jurors.": the auxiliary is the verb's, not the speaker's.
    let before = verb;
    while (before > 0 && tail[before - 1]!.pos === 'AUX') before--;
    const words =
      verb > 0
        ? tail.slice(0, before)
        : tail.slice(1).filter((t, k, all) => !(t.text === ',' || all.slice(0, k).some((x) => x.text === ',')));
    const speaker = render(
      words,
      words.map((_, k) => k),
    );
    if (words.length === 0 || words.length > 6 || /^(he|she|they|it)$/i.test(speaker)) return undefined;
    return speaker;
  }
  return undefined;
}

/**
 * "Hewitt announced the plans in London on Tuesday." → "On Tuesday, Hewitt announced the plans in
 * London.": a closing date moved to the front. Undefined where the sentence ends otherwise.
 */
export function dateFirst(s: WorkingSentence): string | undefined {
  const { tokens } = s;
  const end = tokens.length - 1;
  // "..., Hewitt announced on Tuesday.": the date is the announcement's, not the clause's before it.
  if (tokens[end]?.text !== '.' || s.lead > 0 || closingSpeaker(s) || tokens.some((t) => t.text === ','))
    return undefined;
  // "Yukos has said it will appeal on Thursday": a date after "has said" or "said" may be the
  // later verb's, and "On Thursday, Yukos has said" is not English.
  if (tokens.some((t) => (t.pos === 'AUX' && /^ha(s|ve)$/i.test(t.text)) || SPEECH_VERBS.has(t.text.toLowerCase())))
    return undefined;
  const date = s.phrases.find((p) => (p.kind === 'date' || p.kind === 'year') && p.last === end - 1);
  const preposition = date && tokens[date.first - 1];
  if (!date || !preposition || !/^(on|in|during|by)$/.test(preposition.text) || date.first - 1 < 4) return undefined;
  const rest = Array.from({ length: date.first - 1 }, (_, k) => k);
  if (/^[,;:]$/.test(tokens[rest.at(-1)!]!.text)) rest.pop();
  // "Mr Ebbers is on trial ... in relation to WorldCom's collapse in 2002": a past date at the end
  // of a clause in the present belongs to something inside it, not to the clause.
  if (clauseTense(tokens, rest) === 'present') return undefined;
  const when = render(tokens, [
    date.first - 1,
    ...Array.from({ length: date.last - date.first + 1 }, (_, k) => date.first + k),
  ]);
  return `${when.charAt(0).toUpperCase()}${when.slice(1)}, ${lowerOpening(s, render(tokens, rest), 0)}.`;
}
