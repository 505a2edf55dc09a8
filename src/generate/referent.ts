import { render, type Kept } from './clause.js';
import { OCCUPATIONS, ORGANISATION_REFERENTS } from './english/referents.js';
import { REFERENT_NOUNS } from './english/words.js';
import type { Token } from './nlp.js';
import type { WorkingSentence } from './sentences.js';

/** What naming a sentence's subject may look at besides the sentence itself. */
export interface Surroundings {
  /** The sentence before, which may name what this one calls "the firm". */
  readonly previous?: WorkingSentence | undefined;
  /** Words the bank writes in lower case inside a sentence: a capitalised one of them is no name. */
  readonly common?: ReadonlySet<string>;
  /**
   * Whether "He" or "It" for a subject may be read as the one person or organisation the sentence
   * before names: for wrong choices, which no question cites, not for what a question asks.
   */
  readonly pronouns?: boolean;
}

/** For each sentence of a bank, what naming its subject may look at. */
export function surroundingsIn(
  sentencesOf: ReadonlyMap<string, readonly WorkingSentence[]>,
): (s: WorkingSentence) => Surroundings {
  let common = lowerCaseWords.get(sentencesOf);
  if (!common) {
    common = new Set<string>();
    for (const sentences of sentencesOf.values())
      for (const s of sentences)
        for (let i = 1; i < s.tokens.length; i++) {
          const text = s.tokens[i]!.text;
          if (text !== text.toUpperCase() && text.charAt(0) === text.charAt(0).toLowerCase()) common.add(text);
        }
    lowerCaseWords.set(sentencesOf, common);
  }
  const words = common;
  return (s) => ({ previous: sentencesOf.get(s.article)?.[s.index - 1], common: words });
}

/** A bank's words written in lower case, worked out once for every kind that names subjects. */
const lowerCaseWords = new WeakMap<ReadonlyMap<string, readonly WorkingSentence[]>, Set<string>>();

/** A sentence's subject as a question names it, and the sentences that naming rests on. */
export interface Subject {
  /** "shares in Borussia Dortmund", "the Armitage Museum of Art and Industry". */
  readonly text: string;
  /** The sentence before, where it named what this one calls "the museum". */
  readonly support: readonly WorkingSentence[];
}

const LINKS_IN_SUBJECT = /^(of|in|for|at|from|on|and|&|than|'s|’s|-)$/i;
const QUANTITY = /^(more|less|fewer|about|around|almost|nearly|some|roughly|over|up)$/i;

/**
 * The subject of a clause in the words a question can put after "Why did" or "What happened to":
 * a noun phrase, possibly with "of"/"in" phrases ("two associations of French producers", "more
 * than 1,100 residents"), with no pronoun; "the firm" only where the sentence before names it.
 * Undefined where the subject cannot be named that way, or where the tagger leaves unclear
 * whether its first word is a name ("Britain ...") or only capitalised ("Turnout ...").
 */
export function questionSubject(s: WorkingSentence, subject: Kept, around: Surroundings = {}): Subject | undefined {
  const { tokens } = s;
  const words = subject.map((i) => tokens[i]!);
  if (words.length === 1 && words[0]!.pos === 'PRON')
    return around.pronouns ? resolvePronoun(words[0]!, around.previous) : undefined;
  if (words.length === 0 || words.length > 9) return undefined;
  if (subject.some((i, n) => n > 0 && i !== subject[n - 1]! + 1)) return undefined; // a gap: something dropped
  const fits = words.every(
    (t, n) =>
      /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) ||
      (n > 0 && /^[A-Z]/.test(t.text) && t.pos !== 'PUNCT') ||
      (n > 0 && n < words.length - 1 && LINKS_IN_SUBJECT.test(t.text)) ||
      (t.pos === 'VERB' && words[n - 1]?.text === '-' && words[n - 1]!.end === t.start) ||
      (t.pos === 'VERB' && /ing$/.test(t.text) && /NOUN|ADJ/.test(words[n + 1]?.pos ?? '')) ||
      (QUANTITY.test(t.text) && words.slice(n + 1).some((u) => u.pos === 'NUM')),
  );
  if (!fits || !words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return undefined;
  if (words.some((t) => t.pos === 'DET' && /^(this|that|these|those)$/i.test(t.text))) return undefined;
  const resolved = resolveOrganisation(words, around.previous);
  if (resolved) return resolved;
  // "the group", "the Russian oil firm": which one, the sentence before would have to say.
  const head = words.at(-1)!.text.toLowerCase();
  const named = s.phrases.some(
    (p) => subject.includes(p.first) && (p.kind === 'person' || p.kind === 'organisation' || p.kind === 'place'),
  );
  if (words[0]!.text.toLowerCase() === 'the' && !named) {
    if (REFERENT_NOUNS.has(head) || ORGANISATION_REFERENTS.has(head)) return undefined;
  }
  const text = render(tokens, subject);
  const first = words[0]!;
  if (OCCUPATIONS.has(first.text.toLowerCase())) return { text: lowerFirstLetter(first, text), support: [] };
  if (first.pos === 'PROPN' && isName(s, subject[0]!)) return { text, support: [] };
  if (first.pos !== 'PROPN') {
    // "Indonesian stock markets": a word the bank capitalises inside sentences keeps its capital.
    const capital = first.pos !== 'DET' && s.namesInText.has(first.text);
    return { text: capital ? text : lowerFirstLetter(first, text), support: [] };
  }
  // "Admission to ...", "Shares in ...", "Insurers have ...": a common word the tagger took for a
  // name, known by the bank's writing it in lower case elsewhere, or by a plural's ending before
  // "of" or "in" or of a kind names rarely have ("Yukos" and "Jones" stay names).
  const next = tokens[subject[1] ?? -1];
  const plural =
    /[^su]s$/.test(first.text) &&
    (/^(of|in|at|for|from)$/.test(next?.text ?? '') || /(ers|ors|ies|ants|ents|ists|ians|ings|ures)$/.test(first.text));
  const common = around.common?.has(first.text.toLowerCase()) || plural;
  return common ? { text: lowerFirstLetter(first, text), support: [] } : undefined;
}

const lowerFirstLetter = (first: Token, text: string) =>
  /^[A-Z]{2,}/.test(first.text) ? text : text.charAt(0).toLowerCase() + text.slice(1);

/** A capitalised word known for a name: typed, capitalised elsewhere in the bank, or one of two. */
function isName(s: WorkingSentence, i: number): boolean {
  const token = s.tokens[i]!;
  if (s.phrases.some((p) => p.first <= i && i <= p.last && /person|organisation|place/.test(p.kind))) return true;
  if (s.namesInText.has(token.text)) return true;
  // "Hank Lowry", "Estmark's economy": one of two names, or a name's possessive.
  const next = s.tokens[i + 1];
  return next !== undefined && ((next.pos === 'PROPN' && /^[A-Z]/.test(next.text)) || /^['’]s$/.test(next.text));
}

/**
 * "The museum" or "the firm", resolved from the sentence before when that names exactly one
 * organisation (and, for a noun like "museum", one whose name holds it).
 */
function resolveOrganisation(words: readonly Token[], previous: WorkingSentence | undefined): Subject | undefined {
  if (!previous || words.length < 2 || words.length > 6 || words[0]!.text.toLowerCase() !== 'the') return undefined;
  const noun = words.at(-1)!;
  if (noun.pos !== 'NOUN' || !ORGANISATION_REFERENTS.has(noun.text.toLowerCase())) return undefined;
  // "the Russian oil firm", "the Leeds-based retailer": words that describe it, and no more.
  const describes = (t: Token, k: number) =>
    /^(ADJ|NOUN|PROPN)$/.test(t.pos) || t.text === '-' || (t.pos === 'VERB' && words[k]?.text === '-');
  if (words.slice(1, -1).some((t, k) => !describes(t, k))) return undefined;
  const named = organisationsNamed(previous);
  if (named.size !== 1) return undefined;
  const [name] = [...named] as [string];
  // "the museum" is the Armitage Museum; "the retailer" may be any business's name.
  if (NAMED_FOR_WHAT_THEY_ARE.has(noun.text.toLowerCase()) && !name.toLowerCase().includes(noun.text.toLowerCase()))
    return undefined;
  return { text: name, support: [previous] };
}

/** Bodies whose names say what they are: "the museum" must be a "... Museum ...". */
const NAMED_FOR_WHAT_THEY_ARE = new Set(
  'museum university college council school hospital agency union exchange charity club team'.split(' '),
);

/**
 * The organisations a sentence names, as a question would name them: those typed so, and a name
 * the sentence itself calls one ("Barton & Reeve, the clothing and homeware chain,").
 */
function organisationsNamed(s: WorkingSentence): Set<string> {
  const { tokens } = s;
  const names = new Set<string>();
  for (const p of s.phrases) {
    if (p.kind !== 'organisation') continue;
    const article = tokens[p.first - 1]?.text.toLowerCase() === 'the' ? 'the ' : '';
    names.add(`${article}${wholeName(s, p.first, p.last)}`);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.pos !== 'PROPN' || s.phrases.some((p) => p.first <= i && i <= p.last)) continue;
    let last = i;
    while (
      tokens[last + 1] &&
      (tokens[last + 1]!.pos === 'PROPN' || /^(&|and)$/.test(tokens[last + 1]!.text)) &&
      /^[A-Z&]/.test(tokens[last + 1]!.text === 'and' ? 'A' : tokens[last + 1]!.text)
    )
      last++;
    const comma = tokens[last + 1]?.text === ',' ? last + 1 : -1;
    const close = comma < 0 ? -1 : tokens.findIndex((t, j) => j > comma && j <= comma + 8 && t.text === ',');
    const calls =
      close > 0 &&
      tokens[comma + 1]?.text.toLowerCase() === 'the' &&
      ORGANISATION_REFERENTS.has(tokens[close - 1]!.text.toLowerCase());
    if (calls)
      names.add(
        render(
          tokens,
          Array.from({ length: last - i + 1 }, (_, k) => i + k),
        ),
      );
    i = last;
  }
  return names;
}

/** "Armitage Museum of Art" and "and Industry" after it: the name as the sentence gives it. */
function wholeName(s: WorkingSentence, first: number, last: number): string {
  const { tokens } = s;
  let end = last;
  while (/^(and|&|of)$/.test(tokens[end + 1]?.text ?? '') && /^[A-Z]/.test(tokens[end + 2]?.text ?? '')) {
    end += 2;
    while (/^[A-Z]/.test(tokens[end + 1]?.text ?? '') && tokens[end + 1]!.pos === 'PROPN') end++;
  }
  return render(
    tokens,
    Array.from({ length: end - first + 1 }, (_, k) => first + k),
  );
}

/** "He" or "It" for the one person or organisation the sentence before names. */
function resolvePronoun(pronoun: Token, previous: WorkingSentence | undefined): Subject | undefined {
  const kind = /^(he|she)$/i.test(pronoun.text) ? 'person' : /^it$/i.test(pronoun.text) ? 'organisation' : undefined;
  if (!kind || !previous) return undefined;
  const named = previous.phrases.filter((p) => p.kind === 'person' || p.kind === 'organisation');
  const surnames = new Set(named.map((p) => `${p.kind}:${p.text.split(' ').at(-1)}`));
  if (surnames.size !== 1 || named[0]!.kind !== kind) return undefined;
  const longest = named.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return { text: longest.text, support: [previous] };
}
