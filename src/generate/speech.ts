import type { Token } from './nlp.js';
import type { WorkingSentence } from './sentences.js';
import { isNameWord, nameEndingAt, Register, typeMention, type Mention, type Speaker } from './speakers.js';
import {
  AFTER_QUOTE_VERBS,
  BEFORE_VERB,
  CLAUSE_VERBS,
  PARTICLE_VERBS,
  REPORTING_VERBS,
  ROLE_WORDS,
  TRAILING_PARTICIPLES,
} from './english/speech.js';

// Quoted and reported speech in news text, with who said it. wink-nlp gives no dependency parse,
// so speech is found by the shapes news writing uses: '"...," said X.', 'X said: "..."', 'X
// warned that ...', '..., X told the BBC.', 'According to X, ...', and a quotation that goes on
// over several sentences or is introduced by "He added:" after a named speaker.

/** Tokens [first, last] of a sentence. */
export interface Span {
  readonly first: number;
  readonly last: number;
}

export interface Speech {
  readonly speaker: Speaker;
  /** The sentence holding what was said. */
  readonly sentence: WorkingSentence;
  /** Sentences that say who speaks where `sentence` does not: "He added:", a quotation going on. */
  readonly support: readonly WorkingSentence[];
  /** The reporting verb's lemma ("warn"); "say" for a quotation that goes on from an earlier one. */
  readonly verb: string;
  /**
   * How the speech is reported: a quotation; a clause after its verb ("warned that ..."); the
   * verb's object ("welcomed the decision"); a clause before the attribution ("..., she said.").
   */
  readonly form: 'quote' | 'clause' | 'object' | 'before';
  /** What was said: the quoted words without their marks, or the reported clause or object. */
  readonly content: Span;
  /**
   * Where the sentence names its speaker before the verb: from the verb (with its auxiliaries) to
   * the end of what was said, "has always insisted that he was unaware ...".
   */
  readonly predicate?: Span;
}

const isMark = (t: Token | undefined) => t !== undefined && /^["“”]$/.test(t.text);
const PRONOUN_SPEAKERS = new Set(['he', 'she', 'it', 'they']);
const BOUNDARY = /^([,:;—–-]|["“”]|but|and|while|whereas|although|though|yet)$/i;
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
/** Sentences a quotation may be followed back over to the one that names its speaker. */
const MOST_SUPPORT = 2;

/** Which tokens of each sentence stand inside a quotation, followed across sentences. */
interface Quoting {
  readonly inside: Uint8Array;
  readonly openAtStart: boolean;
  readonly openAtEnd: boolean;
}

function quoting(sentences: readonly WorkingSentence[]): Quoting[] {
  let open = false;
  let paragraph = -1;
  return sentences.map((s) => {
    const { tokens } = s;
    // A quotation left open at a paragraph's end goes on only where the next one reopens it.
    if (s.paragraph !== paragraph && !isMark(tokens[0])) open = false;
    paragraph = s.paragraph;
    const openAtStart = open;
    const inside = new Uint8Array(tokens.length);
    for (const [i, t] of tokens.entries()) {
      if (!isMark(t)) {
        inside[i] = open ? 1 : 0;
        continue;
      }
      if (t.text === '“') open = true;
      else if (t.text === '”') open = false;
      // A straight mark opening a sentence inside a quotation reopens it (its next paragraph).
      else if (!(i === 0 && open)) open = !open;
    }
    return { inside, openAtStart, openAtEnd: open };
  });
}

/** The quoted runs of a sentence: content tokens only, a closing comma left out. */
function quotedRuns(s: WorkingSentence, q: Quoting): (Span & { open: number; close: number })[] {
  const runs: (Span & { open: number; close: number })[] = [];
  const { tokens } = s;
  for (let i = 0; i < tokens.length;) {
    if (!q.inside[i]) {
      i++;
      continue;
    }
    const first = i;
    while (i < tokens.length && q.inside[i]) i++;
    let last = i - 1;
    while (last > first && /^[,:]$/.test(tokens[last]!.text)) last--;
    runs.push({ first, last, open: first - 1, close: i });
  }
  return runs;
}

/**
 * A reporting verb at token i: its lemma, and where what it reports begins ("called for"). Right
 * after a quotation the tagger's word class is not needed: '"...," points out Steve Cram'.
 */
function reportingVerb(
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
interface Subject {
  readonly mention?: Mention;
  readonly pronoun?: string;
  /** Where the subject's phrase starts. */
  readonly start: number;
  /** Where the verb with its auxiliaries and adverbs starts: "has always insisted". */
  readonly predicate: number;
}

/** Whether a phrase starting at i begins a clause: the sentence's start, a comma, "but", a quote mark. */
function atBoundary(s: WorkingSentence, i: number): boolean {
  if (i <= firstAfterLead(s)) return true;
  const before = s.tokens[i - 1]!;
  return BOUNDARY.test(before.text) && !(before.text === 'and' && s.tokens[i - 2]?.pos === 'PROPN');
}

const firstAfterLead = (s: WorkingSentence) => {
  const i = s.tokens.findIndex((t) => t.start >= s.lead);
  return i < 0 ? 0 : i;
};

function subjectBefore(s: WorkingSentence, q: Quoting, verb: number): Subject | undefined {
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
function speakerAfter(s: WorkingSentence, from: number): Mention | undefined {
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

/** A speech as one sentence reports it, before its speaker is resolved. */
interface Found {
  readonly mention?: Mention;
  readonly pronoun?: string;
  readonly verb: string;
  readonly form: Speech['form'];
  readonly content: Span;
  readonly predicate?: Span;
}

/** A reporting verb at k, past "also" or "has": the second of "welcomed ... but warned". */
function secondVerb(tokens: readonly Token[], k: number): number | undefined {
  let at = k;
  while (at < tokens.length && BEFORE_VERB.has(tokens[at]!.text.toLowerCase())) at++;
  return at < tokens.length && reportingVerb(tokens, at) ? at : undefined;
}

/** Where the clause or object after a verb ends: before a second clause, a participle, or the stop. */
function contentEnd(tokens: readonly Token[], from: number, object: boolean): number {
  let end = tokens.length - 1;
  while (end > from && /^[.!?]$/.test(tokens[end]!.text)) end--;
  for (let k = from + 1; k <= end; k++) {
    const t = tokens[k]!.text.toLowerCase();
    const next = tokens[k + 1];
    if (t === ';') return k - 1;
    if (
      t === ',' &&
      next &&
      (TRAILING_PARTICIPLES.has(next.text.toLowerCase()) || /^(while|whereas)$/i.test(next.text))
    )
      return k - 1;
    // "said it wanted to launch in March, but gamers will now fear ...": what follows may be the
    // reporter's, not the speaker's.
    if (t === ',' && next && /^(but|although|though|yet)$/i.test(next.text) && tokens[k + 2]?.pos !== 'VERB')
      return k - 1;
    // "welcomed the decision but warned that ...": the second verb begins another speech.
    if ((t === 'but' || t === 'and') && next && secondVerb(tokens, k + 1) !== undefined)
      return tokens[k - 1]!.text === ',' ? k - 2 : k - 1;
    if (object && t === ',') return k - 1;
  }
  return end;
}

const withSpeaker = (subject: Subject) =>
  subject.mention ? { mention: subject.mention } : { pronoun: subject.pronoun! };

/** What a verb reports, from where it ends: a clause (past "that") or an object. */
function reported(
  s: WorkingSentence,
  subject: Subject,
  verb: { lemma: string; end: number },
  at: number,
): Found | undefined {
  const { tokens } = s;
  let first = verb.end;
  let object = !CLAUSE_VERBS.has(verb.lemma);
  if (!object) {
    // "told the BBC that ...", "said on Monday that ...": up to "that"; "said the ..." as it is.
    const that = tokens.findIndex((t, k) => k >= first && k <= first + 8 && t.text === 'that');
    const between = that < 0 ? [] : tokens.slice(first, that);
    if (that >= 0 && between.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !isMark(t))) first = that + 1;
    else if (verb.lemma === 'tell') return undefined;
  }
  if (first >= tokens.length - 2 || /^[,;:.]$/.test(tokens[first]!.text)) return undefined;
  // "agreed to a buyout", "admitted to falsifying": an object, not a clause.
  if (tokens[first]!.text === 'to' && /DET|VERB|NUM/.test(tokens[first + 1]?.pos ?? '')) return undefined;
  let last = contentEnd(tokens, first, object);
  // "claimed the attack", "agreed to a buyout": without a verb of its own, no clause was reported;
  // "denied all the charges" is a denial of a thing.
  if (!object && !hasFiniteVerb(tokens, first, last)) {
    if (verb.lemma !== 'deny' || tokens[first - 1]?.text === 'that') return undefined;
    object = true;
    last = contentEnd(tokens, first, object);
  }
  // "Zurich Financial said they could not yet assess ...": a firm, not a person, speaks of itself so.
  const itself = /^(it|its|they|their)$/i.test(tokens[first]!.text) && subject.mention && !subject.mention.title;
  return {
    ...(itself ? { mention: { ...subject.mention!, kind: 'organisation' as const } } : withSpeaker(subject)),
    verb: verb.lemma,
    form: object ? 'object' : 'clause',
    content: { first, last },
    predicate: { first: at, last },
  };
}

/**
 * Whether tokens [first, last] hold a verb of their own before the first comma or "and": a clause
 * ("the NHS was not safe"), not a noun phrase ("the attack one day later") or an infinitive ("to
 * sign").
 */
function hasFiniteVerb(tokens: readonly Token[], first: number, last: number): boolean {
  // "claimed the attack and released a video": the verb after "and" is the reporter's.
  for (let k = first; k <= last && tokens[k]!.text !== ',' && tokens[k]!.pos !== 'CCONJ'; k++) {
    const t = tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.text) && tokens[k - 1]?.text !== 'to') return true;
  }
  return false;
}

/** Every speech one sentence reports with its speaker's name or pronoun in it. */
function foundIn(s: WorkingSentence, q: Quoting): Found[] {
  const { tokens } = s;
  const found: Found[] = [];
  const runs = quotedRuns(s, q);
  for (let v = 0; v < tokens.length; v++) {
    // Most words are no reporting verb: the test that says so comes first.
    const lemma = tokens[v]!.lemma.toLowerCase();
    if (q.inside[v] || (!REPORTING_VERBS.has(lemma) && lemma !== 'accord')) continue;
    // "According to state statistics body INSEE, growth ... was ...".
    if (/^according$/i.test(tokens[v]!.text) && tokens[v + 1]?.text === 'to' && v === firstAfterLead(s)) {
      const comma = tokens.findIndex((t, k) => k > v + 2 && t.text === ',');
      const named = comma > 0 ? nameEndingAt(tokens, comma - 1) : undefined;
      const mention = named && typeMention(s, named.first, named.last, false);
      if (mention && comma < tokens.length - 4)
        found.push({
          mention,
          verb: 'say',
          form: 'before',
          content: { first: comma + 1, last: contentEnd(tokens, comma, false) },
        });
      continue;
    }
    const afterQuote = (v > 0 && isMark(tokens[v - 1])) || (tokens[v - 1]?.text === ',' && isMark(tokens[v - 2]));
    const verb = reportingVerb(tokens, v, afterQuote);
    if (!verb) continue;
    const before = runs.find((r) => r.close < v && r.close >= v - 16);
    const after = runs.find((r) => r.open >= verb.end && r.open <= verb.end + 8);
    // '"...," said X.' / '"...," X said.': the quotation opens the sentence.
    if (before && before.first <= 1 && AFTER_QUOTE_VERBS.has(verb.lemma)) {
      const gap = tokens.slice(before.close + 1, v).filter((t) => t.text !== ',');
      if (gap.length === 0) {
        const mention = speakerAfter(s, verb.end);
        if (mention) found.push({ mention, verb: verb.lemma, form: 'quote', content: before });
      } else {
        const subject = subjectBefore(s, q, v);
        if (subject && subject.start === before.close + 1 + (tokens[before.close + 1]?.text === ',' ? 1 : 0))
          found.push({ ...withSpeaker(subject), verb: verb.lemma, form: 'quote', content: before });
      }
      continue;
    }
    const subject = subjectBefore(s, q, v);
    if (!subject) continue;
    // 'X said: "..."', 'X told BBC Sport: "..."'; not 'He promised "the most positive campaign"'.
    if (
      after &&
      /^[:,]$/.test(tokens[after.open - 1]?.text ?? '') &&
      tokens.slice(verb.end, after.open).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX')
    ) {
      found.push({ ...withSpeaker(subject), verb: verb.lemma, form: 'quote', content: after });
      v = after.close;
      continue;
    }
    // "..., Education Secretary Ruth Kelly has suggested.": the clause before the attribution.
    const rest = tokens.slice(verb.end).filter((t) => t.pos !== 'PUNCT');
    if (subject.start > 2 && tokens[subject.start - 1]!.text === ',' && rest.length <= 6 && !q.openAtStart) {
      const content = { first: firstAfterLead(s), last: subject.start - 2 };
      if ((runs.length === 0 || runs[0]!.open > 0) && hasFiniteVerb(tokens, content.first, content.last))
        found.push({
          ...withSpeaker(subject),
          verb: verb.lemma,
          form: 'before',
          content,
        });
      continue;
    }
    const speech = reported(s, subject, verb, subject.predicate);
    if (!speech) continue;
    found.push(speech);
    v = speech.content.last;
    // "welcomed the decision but warned that ...": the same speaker's second verb.
    let at = v + 1;
    while (/^(but|and|,)$/.test(tokens[at]?.text ?? '')) at++;
    const further = at > v + 1 ? secondVerb(tokens, at) : undefined;
    if (further !== undefined) {
      const second = reported(s, subject, reportingVerb(tokens, further)!, at);
      if (second) (found.push(second), (v = second.content.last));
    }
  }
  return found;
}

/** People or organisations a sentence names, by identity: who "he" or "it" in the next may be. */
function namedIn(s: WorkingSentence, speakers: readonly Speaker[], register: Register): Map<string, Speaker['kind']> {
  const named = new Map<string, Speaker['kind']>();
  for (const speaker of speakers) named.set(speaker.key, speaker.kind);
  for (const p of s.phrases) {
    if (p.kind !== 'person' && p.kind !== 'organisation') continue;
    const mention = typeMention(s, p.first, p.last, false);
    const speaker = mention && register.resolve(mention);
    named.set(speaker?.key ?? p.text.toLowerCase(), p.kind);
  }
  // Names the tagger marks but nothing typed ("Theresa May", read as a month): still someone.
  for (let i = 1; i < s.tokens.length; i++) {
    const run = nameEndingAt(s.tokens, i);
    if (!run || run.last === run.first || s.tokens[i + 1]?.pos === 'PROPN') continue;
    if (s.phrases.some((p) => p.first <= run.last && p.last >= run.first)) continue;
    const mention = typeMention(s, run.first, run.last, false);
    const speaker = mention && register.resolve(mention);
    if (speaker && !named.has(speaker.key)) named.set(speaker.key, speaker.kind);
  }
  return named;
}

/** Whether every word of a sentence is quoted: a quotation with no attribution of its own. */
function whollyQuoted(s: WorkingSentence, q: Quoting): boolean {
  return s.tokens.every((t, i) => q.inside[i] || isMark(t) || t.pos === 'PUNCT');
}

/**
 * Every speech of one article (its citable sentences in reading order) with a speaker it names:
 * a person or organisation named in full, or a pronoun the sentence before settles.
 */
export function findSpeeches(sentences: readonly WorkingSentence[]): Speech[] {
  const q = quoting(sentences);
  const found = sentences.map((s, i) => foundIn(s, q[i]!));
  const register = new Register();
  for (const [i, s] of sentences.entries())
    register.learn(
      s,
      found[i]!.flatMap((f) => (f.mention ? [f.mention] : [])),
    );
  const bySentence: Speech[][] = sentences.map(() => []);
  /** The speakers each sentence names itself, not by a pronoun or a quotation going on. */
  const namedSpeakers: Speaker[][] = sentences.map(() => []);
  for (const [i, s] of sentences.entries()) {
    for (const f of found[i]!) {
      let speaker: Speaker | undefined;
      let support: WorkingSentence[] = [];
      if (f.mention) {
        speaker = register.resolve(f.mention);
        if (speaker) namedSpeakers[i]!.push(speaker);
      } else {
        // "He added:" is the one speaker the sentence before names, and no one else is named there.
        const previous = sentences[i - 1];
        if (!previous || previous.index !== s.index - 1) continue;
        const wanted = f.pronoun === 'he' || f.pronoun === 'she' ? 'person' : 'organisation';
        const named = [...namedIn(previous, namedSpeakers[i - 1]!, register)].filter(([, kind]) => kind === wanted);
        const spoke = namedSpeakers[i - 1]!.find((p) => p.kind === wanted);
        if (named.length !== 1 || !spoke || spoke.key !== named[0]![0]) continue;
        speaker = spoke;
        support = [previous];
      }
      if (!speaker) continue;
      const cited = [s, ...support];
      if (!cited.some((c) => c.quote.includes(speaker.name.replace(/^the /, ''))) && !cited.includes(speaker.namedIn))
        support.push(speaker.namedIn);
      bySentence[i]!.push({
        speaker,
        sentence: s,
        support,
        verb: f.verb,
        form: f.form,
        content: f.content,
        ...(f.predicate ? { predicate: f.predicate } : {}),
      });
    }
  }
  // A quotation with no attribution of its own: the speaker named where it closes, or where it
  // (or the quotation just before it) began.
  const goesOn = (i: number, from: Speech, support: readonly WorkingSentence[]) => {
    const s = sentences[i]!;
    // "Arrivals to other destinations such as... Maldives and Sri Lanka also thrived.": a
    // quotation the reporter cut is not taken up again half-way.
    if (support.length > MOST_SUPPORT || support.some((o) => /(\.\.\.|…)["”]?$/.test(o.quote))) return;
    const runs = quotedRuns(s, q[i]!);
    const content = { first: runs[0]!.first, last: runs.at(-1)!.last };
    bySentence[i]!.push({ speaker: from.speaker, sentence: s, support, verb: 'say', form: 'quote', content });
  };
  for (let i = sentences.length - 2; i >= 0; i--) {
    const next = bySentence[i + 1]![0];
    if (bySentence[i]!.length > 0 || !whollyQuoted(sentences[i]!, q[i]!) || !q[i]!.openAtEnd || !next) continue;
    if (next.form === 'quote' && next.content.first <= 1 && q[i + 1]!.openAtStart)
      goesOn(i, next, [next.sentence, ...next.support]);
  }
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const previous = bySentence[i - 1]!.at(-1);
    if (bySentence[i]!.length > 0 || !previous || !whollyQuoted(s, q[i]!)) continue;
    if (s.paragraph - previous.sentence.paragraph > 1 || s.index !== previous.sentence.index + 1) continue;
    if (q[i]!.openAtStart || isMark(s.tokens[0])) goesOn(i, previous, [...previous.support, previous.sentence]);
  }
  return bySentence.flat();
}
