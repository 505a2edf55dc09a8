import type { Token } from './nlp.js';
import { spanText } from './phrases.js';
import type { WorkingSentence } from './sentences.js';
import { ORGANISATION_WORDS, PERSON_TITLES } from './english/words.js';
import { ORGANISATION_ENDINGS, ROLE_WORDS } from './english/speech.js';

// Who a speaker is: a name in the article typed as a person's or an organisation's, and the one
// identity behind its several forms ("David Blunkett", "Mr Blunkett", "Blunkett").

export type SpeakerKind = 'person' | 'organisation';

export interface Speaker {
  /** How a quiz names them: the fullest form the article gives ("David Blunkett", "Mr Nogar", "INSEE"). */
  readonly name: string;
  readonly kind: SpeakerKind;
  /** One identity under all its names. */
  readonly key: string;
  /** A sentence that gives `name` in full, for citing where the speech itself gives only a surname. */
  readonly namedIn: WorkingSentence;
}

/** A name as one sentence writes it: tokens [first, last], typed, with its title if it has one. */
export interface Mention {
  readonly sentence: WorkingSentence;
  readonly first: number;
  readonly last: number;
  readonly kind: SpeakerKind;
  /** "Mr", "Lord": a surname with one is a whole way of naming someone. */
  readonly title?: string;
  /** Written "the Tories": an organisation named with its article. */
  readonly the: boolean;
}

/** Titles that name a person with a surname alone: "Mr Blunkett", "Lord Falconer", "Judge Clark". */
const HONORIFICS = new Set(
  `mr mrs ms miss dr prof professor sir dame lord lady baroness judge president senator governor mayor
  councillor inspector sergeant detective bishop captain general colonel chancellor`.split(/\s+/),
);
const ACRONYM = /^[A-Z][A-Z&]+$/;
const CAPITALISED = /^[A-Z][\p{L}'’.&-]*$/u;
/** Capitalised words that are no part of a name, even inside a sentence. */
const NOT_NAMES = new Set(['I', 'The', 'A', 'An', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'You']);

/**
 * A word of a name. The tagger misses many a surname after a first name ("Steve Cram" read as a
 * verb, "Theresa May" as a month), so a capitalised word inside a sentence counts, as a reader
 * counts it; at a sentence's start only a proper noun does.
 */
export function isNameWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !CAPITALISED.test(t.text) || NOT_NAMES.has(t.text) || t.pos === 'PUNCT') return false;
  const opens = i === 0 || /^["“‘(]$/.test(tokens[i - 1]!.text);
  return t.pos === 'PROPN' || (!opens && t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'ADP');
}

/** Whether tokens a and b (a before b) are written with nothing between them and what joins them. */
const joined = (tokens: readonly Token[], a: number, b: number) => {
  for (let k = a; k < b; k++) if (tokens[k + 1]!.start !== tokens[k]!.end) return false;
  return true;
};

/** The run of name words ending at `last` ("Sung Won Sohn", "Mr Ebbers", "Bruce L Castor Jr"), or undefined. */
export function nameEndingAt(tokens: readonly Token[], last: number): { first: number; last: number } | undefined {
  if (!isNameWord(tokens, last)) return undefined;
  let first = last;
  for (;;) {
    if (first > 0 && isNameWord(tokens, first - 1)) first--;
    // "Jean-Marc Rickli": the tagger splits a hyphened first name; half of it is no name.
    else if (
      first > 1 &&
      tokens[first - 1]!.text === '-' &&
      joined(tokens, first - 2, first) &&
      isNameWord(tokens, first - 2)
    )
      first -= 2;
    else break;
  }
  return { first, last };
}

/**
 * Words in front of a name saying what the person is: "Education Secretary", "District Attorney",
 * "Interior Undersecretary".
 */
const isTitleWord = (word: string) =>
  PERSON_TITLES.has(word.toLowerCase()) ||
  ROLE_WORDS.has(word.toLowerCase()) ||
  /(secretary|minister|director|officer|spokesman|spokeswoman)$/i.test(word);

/**
 * Types the name over tokens [first, last] of a sentence by what stands around it: a title or a
 * role makes a person ("Yukos chief executive Steven Theede"), "the" or an organisation's word an
 * organisation. A single word that is neither an acronym nor titled is left to the register: it is
 * a surname or nothing.
 */
export function typeMention(s: WorkingSentence, first: number, last: number, roleAfter: boolean): Mention | undefined {
  const { tokens } = s;
  let from = first;
  let title: string | undefined;
  // "Education Secretary Ruth Kelly": the name begins after the last title; "Mr", "Lord" is kept.
  for (let i = first; i < last; i++) {
    if (
      !isTitleWord(tokens[i]!.text.replace(/\.$/, '')) &&
      !HONORIFICS.has(tokens[i]!.text.toLowerCase().replace(/\.$/, ''))
    )
      continue;
    from = i + 1;
    title = HONORIFICS.has(tokens[i]!.text.toLowerCase().replace(/\.$/, '')) ? tokens[i]!.text : undefined;
  }
  if (isTitleWord(tokens[last]!.text) || HONORIFICS.has(tokens[last]!.text.toLowerCase())) return undefined;
  const words = tokens.slice(from, last + 1).map((t) => t.text);
  const before = tokens[first - 1];
  // "Fire and Rescue Service": the end of a longer name is no name.
  if (before && /^(and|&|of|for)$/.test(before.text) && isNameWord(tokens, first - 2)) return undefined;
  const the = before?.text.toLowerCase() === 'the';
  const mention = (kind: SpeakerKind): Mention => ({
    sentence: s,
    first: from,
    last,
    kind,
    ...(title ? { title } : {}),
    the,
  });
  // "the Bank", "Police": a word for any such body names none.
  if (words.length === 1 && ORGANISATION_WORDS.has(words[0]!.toLowerCase())) return undefined;
  if (words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || ORGANISATION_ENDINGS.has(w.toLowerCase())))
    return mention('organisation');
  if (title) return mention('person');
  if (the) return mention('organisation');
  const phrase = s.phrases.find((p) => p.first <= from && p.last >= last);
  if (phrase?.kind === 'organisation') return mention('organisation');
  if (words.length === 1 && ACRONYM.test(words[0]!)) return mention('organisation');
  const role = before !== undefined && ROLE_WORDS.has(before.text.toLowerCase());
  if (phrase?.kind === 'person' || role || roleAfter || words.length > 1) return mention('person');
  // A single word: a surname whose full form the register may know.
  return mention('person');
}

/** Files a full name ("David Blunkett") under its surname. */
function add(bySurname: Map<string, Map<string, WorkingSentence>>, name: string, s: WorkingSentence): void {
  const words = name.split(' ');
  if (words.length < 2 || words.some((w) => !/^[A-Z]/.test(w))) return;
  const surname = words.at(-1)!;
  const names = bySurname.get(surname) ?? new Map<string, WorkingSentence>();
  if (!names.has(name)) names.set(name, s);
  bySurname.set(surname, names);
}

/** "Interior Undersecretary Felipe Arancibia" → "Felipe Arancibia". */
function withoutTitles(name: string): string {
  const words = name.split(' ');
  let from = 0;
  for (let i = 0; i < words.length - 1; i++)
    if (isTitleWord(words[i]!.replace(/\.$/, '')) || HONORIFICS.has(words[i]!.toLowerCase().replace(/\.$/, '')))
      from = i + 1;
  return words.slice(from).join(' ');
}

/** The people and organisations an article names, so that each speaker is named one way. */
export class Register {
  /** Full names of people ("David Blunkett") by surname. */
  private readonly people = new Map<string, Map<string, WorkingSentence>>();
  /** Names some sentence shows to be an organisation's: "Munich Re said that its exposure ...". */
  private readonly organisations = new Set<string>();
  /**
   * Every name of two words or more, typed or not, by its last word: "Ms Cooper" is the article's
   * "Cynthia Cooper" though nothing typed her.
   */
  private readonly untyped = new Map<string, Map<string, WorkingSentence>>();

  /** Learns the full names of people from a sentence's typed phrases and from speakers found. */
  learn(s: WorkingSentence, mentions: readonly Mention[] = []): void {
    for (const p of s.phrases) if (p.kind === 'person') this.add(withoutTitles(p.text), s);
    for (let i = s.tokens.length - 1; i > 0; i--) {
      const run = nameEndingAt(s.tokens, i);
      if (!run) continue;
      const name = withoutTitles(spanText(s.tokens, run.first, run.last));
      if (name.includes(' ')) add(this.untyped, name, s);
      i = run.first;
    }
    for (const m of mentions) {
      const text = spanText(m.sentence.tokens, m.first, m.last);
      if (m.kind === 'person') this.add(text, s);
      else this.organisations.add(text);
    }
  }

  private add(name: string, s: WorkingSentence): void {
    if (this.organisations.has(name)) return;
    add(this.people, name, s);
  }

  /**
   * The speaker a mention names, or undefined for half a name ("Stephen", or "Parry" where the
   * article never says "Rick Parry") and for a surname two people share.
   */
  resolve(m: Mention): Speaker | undefined {
    const text = spanText(m.sentence.tokens, m.first, m.last);
    if (m.kind === 'organisation' || (!m.title && this.organisations.has(text))) {
      return { name: m.the ? `the ${text}` : text, kind: 'organisation', key: text.toLowerCase(), namedIn: m.sentence };
    }
    const words = text.split(' ');
    const surname = words.at(-1)!;
    const typed = this.people.get(surname);
    // A title says the name is a person's ("Ms Cooper"): then any full name ending in it will do,
    // typed or not ("Cynthia Cooper, WorldCom's ex-head of internal accounting"). Without one,
    // "Wimpey said" may be the firm George Wimpey.
    const known = [...(typed ?? (m.title ? this.untyped.get(surname) : undefined) ?? new Map()).entries()];
    if (words.length > 1) {
      // "Sung Won Sohn" and "Won Sohn": the longer form that ends as this one does.
      const longer = known.filter(([name]) => name.endsWith(` ${text}`) || name === text);
      const [name, namedIn] = longer.sort((a, b) => b[0].length - a[0].length)[0] ?? [text, m.sentence];
      return { name, kind: 'person', key: name.toLowerCase(), namedIn };
    }
    if (known.length === 1) {
      const [name, namedIn] = known[0]!;
      return { name, kind: 'person', key: name.toLowerCase(), namedIn };
    }
    if (known.length === 0 && m.title)
      return {
        name: `${m.title} ${text}`,
        kind: 'person',
        key: `${m.title} ${text}`.toLowerCase(),
        namedIn: m.sentence,
      };
    return undefined;
  }
}
