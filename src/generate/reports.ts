import type { Token } from './nlp.js';
import { firstAfterLead, reportingVerb, speakerAfter, subjectBefore, type Subject } from './attribution.js';
import { isMark, quotedRuns, type Quoting } from './quotation.js';
import type { WorkingSentence } from './sentences.js';
import { nameEndingAt, typeMention, type Mention } from './speakers.js';
import type { Span, Speech } from './speech.js';
import {
  AFTER_QUOTE_VERBS,
  BEFORE_VERB,
  CLAUSE_VERBS,
  REPORTING_VERBS,
  TRAILING_PARTICIPLES,
} from './english/speech.js';

// What one sentence reports, and whom it names as saying it: a quotation and its attribution, a
// clause after a reporting verb, the verb's object, or a clause before "..., she said.".

/** A speech as one sentence reports it, before its speaker is resolved. */
export interface Found {
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
export function foundIn(s: WorkingSentence, q: Quoting): Found[] {
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
