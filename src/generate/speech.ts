import { foundIn } from './reports.js';
import { isMark, quotedRuns, quoting, whollyQuoted } from './quotation.js';
import type { WorkingSentence } from './sentences.js';
import { nameEndingAt, Register, typeMention, type Speaker } from './speakers.js';

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

/** Sentences a quotation may be followed back over to the one that names its speaker. */
const MOST_SUPPORT = 2;

/** "Mr Weingarten pressed.": a short line naming who spoke the quotation before it. */
const answeredBy = (s: WorkingSentence | undefined) =>
  s !== undefined &&
  s.tokens.length <= 6 &&
  s.tokens.some((t, i) => i > 0 && t.pos === 'PROPN') &&
  !/["“”]/.test(s.quote);

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
        const speakers = namedSpeakers[i - 1]!.filter((p) => p.kind === wanted);
        const spoke = speakers[0];
        // A quotation closed by "he said" goes on from the one speaker of the sentence before
        // ("Bipin Bihari ... said Khan was being sent back. 'She was on a visitor's visa,' he
        // said."), as news writes it, whoever else that sentence names.
        const goesOnSpeaking = f.form === 'quote' && speakers.length === 1;
        if (!spoke || (!goesOnSpeaking && (named.length !== 1 || spoke.key !== named[0]![0]))) continue;
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
    // '"Not that I am aware of," Mr Myers replied. "Did you ever know ...?" Mr Weingarten pressed.':
    // a question, or a quotation a short line after it gives to someone, is an exchange.
    if (/\?["”]?$/.test(s.quote) || answeredBy(sentences[i + 1])) continue;
    if (q[i]!.openAtStart || isMark(s.tokens[0])) goesOn(i, previous, [...previous.support, previous.sentence]);
  }
  return bySentence.flat();
}
