import type { Token } from './nlp.js';
import { doSupport, findVerb, isPlainSubject, lowerFirst, render, simplify, withoutStop, type Kept } from './clause.js';
import type { Draft } from './draft.js';
import { standsAlone, type AnswerKind, type Phrase } from './phrases.js';
import { sentenceText, type WorkingSentence } from './sentences.js';
import { PERSON_TITLES } from './words.js';

/**
 * Question words by answer kind (GUIDE §1, tables over branching): which word asks for the
 * subject, and which asks for a phrase after the verb, introduced by which prepositions.
 */
const WH_WORDS: Readonly<
  Record<AnswerKind, { subject?: string; object?: string; adjunct?: { word: string; after: readonly string[] } }>
> = {
  person: { subject: 'Who' },
  organisation: { subject: 'Who' },
  count: { subject: 'How many', object: 'How many' },
  money: { object: 'How much' },
  date: { adjunct: { word: 'When', after: ['on', 'in'] } },
  year: { adjunct: { word: 'In what year', after: ['in'] } },
  place: { adjunct: { word: 'Where', after: ['in', 'at'] } },
  percent: {},
};

/** The question words a kind of answer may be asked with: the check on every question. */
export const WH_FITS: Readonly<Record<string, readonly AnswerKind[]>> = {
  Who: ['person', 'organisation'],
  'How many': ['count'],
  'About how many': ['count'],
  'How much': ['money'],
  When: ['date', 'year'],
  'In what year': ['year'],
  Where: ['place'],
};

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

const APPROXIMATE = /^(about|around|nearly|almost|roughly|some|approximately|more than|over|at least|up to)\s+/i;
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

/** "About 3,000" → the answer "3,000" asked with "About how many". */
function countAnswer(phrase: Phrase): { answer: string; wh: string } {
  const match = APPROXIMATE.exec(phrase.text);
  return match
    ? { answer: phrase.text.slice(match[0].length), wh: 'About how many' }
    : { answer: phrase.text, wh: 'How many' };
}

/** How many tokens of "about 3,000" say it is approximate: the blank is for the number. */
function approximation(tokens: readonly Token[], phrase: Phrase): number {
  let n = 0;
  while (phrase.first + n < phrase.last && APPROXIMATE.test(`${tokens[phrase.first + n]!.text} `)) n++;
  return n;
}

const covers = (phrase: Phrase, from: number, to: number) =>
  phrase.first === from && (phrase.noun?.last ?? phrase.last) === to;

/** "Khalid Masood killed four people." → "Who killed four people?" */
function whSubject(s: WorkingSentence, kept: Kept, verb: number): Draft[] {
  const { tokens } = s;
  if (verb < 1) return [];
  let from = kept[0]!;
  const to = kept[verb - 1]!;
  if (to - from + 1 !== verb) return []; // something inside the subject was dropped
  // "The Continental Space Agency", "Dr Amara Lindqvist": the article and the title go with the name.
  while (
    from < to &&
    (tokens[from]!.pos === 'DET' || PERSON_TITLES.has(tokens[from]!.text.toLowerCase())) &&
    tokens[from + 1]?.pos === 'PROPN'
  )
    from++;
  const phrase = s.phrases.find((p) => covers(p, from, to) && WH_WORDS[p.kind].subject);
  const rest = withoutStop(tokens, kept.slice(verb));
  if (!phrase || rest.length < 2) return [];
  // "Okafor received 33,234 and Halvorsen 25,216": the second clause has lost its verb, and
  // "Who received ... and Halvorsen 25,216?" is no English question.
  const joined = rest.findIndex(
    (i, n) => /^(and|while|but|whereas)$/.test(tokens[i]!.text) && tokens[rest[n + 1] ?? -1]?.pos === 'PROPN',
  );
  if (joined >= 0 && !rest.slice(joined + 1).some((i) => tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX'))
    return [];
  const predicate = render(tokens, rest);
  if (phrase.kind === 'count') {
    const { answer, wh } = countAnswer(phrase);
    return [
      {
        transform: 'wh-subject',
        sentence: s,
        prompt: `${wh} ${phrase.noun!.text} ${predicate}?`,
        answer,
        phrase,
        kind: 'count',
        wh,
        simplified: kept.length < tokens.length,
      },
    ];
  }
  // "Who" takes a singular verb: "Police suspect" cannot become "Who suspect".
  const verbToken = tokens[kept[verb]!]!;
  if (/^(are|were|have|do)$/i.test(verbToken.text) || (verbToken.pos === 'VERB' && doSupport(verbToken) === 'do'))
    return [];
  const wh = WH_WORDS[phrase.kind].subject!;
  return [
    {
      transform: 'wh-subject',
      sentence: s,
      prompt: `${wh} ${predicate}?`,
      answer: phrase.text,
      phrase,
      kind: phrase.kind,
      wh,
      simplified: kept.length < tokens.length,
    },
  ];
}

/**
 * "The council will spend £1.8m on repairs." → "How much will the council spend on repairs?";
 * "The attacker killed four people." → "How many people did the attacker kill?"
 */
function whInverted(s: WorkingSentence, kept: Kept, verb: number, opener?: { first: number; last: number }): Draft[] {
  const { tokens } = s;
  const subject = kept.slice(0, verb);
  if (!isPlainSubject(tokens, subject)) return [];
  const verbToken = tokens[kept[verb]!]!;
  let auxiliary: string;
  let predicateStart: number; // kept position where the words after the auxiliary begin
  let lemma: string | undefined;
  if (verbToken.pos === 'VERB') {
    const support = doSupport(verbToken);
    if (!support) return [];
    auxiliary = support;
    lemma = verbToken.lemma.toLowerCase();
    predicateStart = verb + 1;
  } else if (INVERTIBLE.has(verbToken.text.toLowerCase()) && tokens[kept[verb + 1]!]?.pos === 'VERB') {
    auxiliary = verbToken.text.toLowerCase();
    predicateStart = verb + 1;
  } else return [];
  const subjectText = lowerFirst(s, render(tokens, subject), subject[0]!);
  const after = withoutStop(tokens, kept.slice(predicateStart));
  // "An inspection carried out in October found cracks": the first verb was not the main one.
  // (After an inverted auxiliary, the first verb is the participle it governs: "was built".)
  const ownVerb = verbToken.pos === 'AUX' ? after[0] : undefined;
  if (
    after.some(
      (i, n) =>
        i !== ownVerb &&
        tokens[i]!.pos === 'VERB' &&
        doSupport(tokens[i]!) === 'did' &&
        !LINKS_A_VERB.has(tokens[after[n - 1] ?? -1]?.text.toLowerCase() ?? ''),
    )
  )
    return [];
  const question = (wh: string, remove: Set<number>) => {
    const rest = render(
      tokens,
      after.filter((i) => !remove.has(i)),
    );
    const predicate =
      lemma === undefined ? rest : rest === '' ? lemma : /^[,;:]/.test(rest) ? `${lemma}${rest}` : `${lemma} ${rest}`;
    return `${wh} ${auxiliary} ${subjectText} ${predicate}?`.replace(/\s+\?$/, '?');
  };
  const drafts: Draft[] = [];
  const simplified = kept.length < tokens.length;
  const firstAfterVerb = kept[verbToken.pos === 'VERB' ? verb + 1 : verb + 2];
  for (const phrase of s.phrases) {
    if (phrase.first <= kept[verb]!) {
      // An opening "On 3 June," answers "When" about the main clause.
      const adjunct = WH_WORDS[phrase.kind].adjunct;
      if (
        opener &&
        adjunct &&
        phrase.first === opener.first + 1 &&
        phrase.last === opener.last &&
        adjunct.after.includes(tokens[0]!.text.toLowerCase())
      ) {
        drafts.push({
          transform: 'wh-inverted',
          sentence: s,
          prompt: question(adjunct.word, new Set()),
          answer: phrase.text,
          phrase,
          kind: phrase.kind,
          wh: adjunct.word,
          simplified: true,
        });
      }
      continue;
    }
    const object = WH_WORDS[phrase.kind].object;
    if (object && phrase.first === firstAfterVerb) {
      const remove = new Set(spanOf(phrase.first, phrase.noun?.last ?? phrase.last));
      // "How much do Westbrook receive?" says too little of what is asked.
      if (after.filter((i) => !remove.has(i)).length < 2) continue;
      if (phrase.kind === 'count') {
        const { answer, wh } = countAnswer(phrase);
        const prompt = question(`${wh} ${phrase.noun!.text}`, remove);
        drafts.push({ transform: 'wh-inverted', sentence: s, prompt, answer, phrase, kind: 'count', wh, simplified });
      } else
        drafts.push({
          transform: 'wh-inverted',
          sentence: s,
          prompt: question(object, remove),
          answer: phrase.text,
          phrase,
          kind: phrase.kind,
          wh: object,
          simplified,
        });
      continue;
    }
    const adjunct = WH_WORDS[phrase.kind].adjunct;
    const preposition = tokens[phrase.first - 1];
    // "warned that winds would strengthen on Saturday": the date belongs to what was said, not
    // to the warning.
    if (
      after.some(
        (i) =>
          i < phrase.first &&
          i !== ownVerb &&
          (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'SCONJ' || tokens[i]!.text === 'that'),
      )
    )
      continue;
    const next = tokens[phrase.last + 1];
    // "in Syria and Iraq": taking out "in Syria" would leave "and Iraq" behind.
    const endsAdjunct = !next || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'SCONJ';
    if (
      adjunct &&
      preposition &&
      endsAdjunct &&
      adjunct.after.includes(preposition.text.toLowerCase()) &&
      after.includes(phrase.first - 1)
    ) {
      const remove = new Set(spanOf(phrase.first - 1, phrase.last));
      // A date written "Thursday, 28 August" may continue past what the model tagged.
      if (tokens[phrase.last + 1]?.text === ',' && tokens[phrase.last + 2]?.pos === 'NUM') return drafts;
      drafts.push({
        transform: 'wh-inverted',
        sentence: s,
        prompt: question(adjunct.word, remove),
        answer: phrase.text,
        phrase,
        kind: phrase.kind,
        wh: adjunct.word,
        simplified,
      });
    }
  }
  return drafts;
}

const spanOf = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, k) => first + k);

/** Kinds a blank prefers, most informative first. */
const BLANK_PREFERENCE: readonly AnswerKind[] = [
  'count',
  'money',
  'percent',
  'person',
  'organisation',
  'place',
  'year',
  'date',
];

/**
 * "Fill in the blank": a number, amount, date or name taken out of the sentence. Blanks for
 * common nouns ("lung _____") were tried and dropped: readers guess them more often than they
 * need the article for them.
 */
function cloze(s: WorkingSentence): Draft[] {
  const { tokens, quote } = s;
  const typed = s.phrases
    .filter((p) => standsAlone(tokens, p.first, p.last))
    .sort((a, b) => BLANK_PREFERENCE.indexOf(a.kind) - BLANK_PREFERENCE.indexOf(b.kind))[0];
  if (!typed) return [];
  const target = { first: typed.first + approximation(tokens, typed), last: typed.last };
  const answer = quote.slice(tokens[target.first]!.start, tokens[target.last]!.end);
  const start = tokens[target.first]!.start;
  if (start < s.lead) return [];
  const blanked = `${sentenceText(s, s.lead, start)}_____${quote.slice(tokens[target.last]!.end)}`;
  return [
    {
      transform: 'cloze',
      sentence: s,
      prompt: `Fill in the blank: ${blanked}`,
      answer,
      phrase: typed,
      kind: typed.kind,
      simplified: false,
    },
  ];
}

/**
 * Facts a false twin may swap. Not organisations ("Canadian Parliament suspect...") nor places:
 * "attacks in Syria" for "attacks in Europe" may well be true too.
 */
const SWAPPABLE = new Set<AnswerKind>(['count', 'money', 'year', 'date', 'person']);

/** The sentence as a statement to judge, and the same with one fact swapped (chosen later). */
function trueFalse(s: WorkingSentence): Draft[] {
  if (s.tokens.length > 32 || s.tokens.length < 9) return [];
  // An organisation swapped for another ("Canadian Parliament suspect...") reads as nonsense
  // more often than as a claim to weigh.
  const swappable = s.phrases.find(
    (p) => SWAPPABLE.has(p.kind) && p.strong !== false && standsAlone(s.tokens, p.first, p.last),
  );
  const statement = sentenceText(s);
  const drafts: Draft[] = [
    { transform: 'true-statement', sentence: s, prompt: statement, answer: true, simplified: false },
  ];
  if (swappable && s.tokens[swappable.first]!.start >= s.lead)
    drafts.push({
      transform: 'false-twin',
      sentence: s,
      prompt: statement,
      answer: false,
      phrase: swappable,
      kind: swappable.kind,
      simplified: false,
    });
  return drafts;
}

/** "Which article reports that ...?" for a statement found in one article only. */
function whichArticle(s: WorkingSentence, kept: Kept, verb: number, titles: ReadonlyMap<string, string>): Draft[] {
  const named = s.phrases.some((p) => p.kind === 'person' || p.kind === 'organisation' || p.kind === 'place');
  // Three choices at least: the article and two others on the same story.
  if (titles.size < 3 || !named || verb < 1 || !isPlainSubject(s.tokens, kept.slice(0, verb))) return [];
  const clause = withoutStop(s.tokens, kept);
  const statement = lowerFirst(s, render(s.tokens, clause), clause[0]!);
  return [
    {
      transform: 'which-article',
      sentence: s,
      prompt: `Which article reports that ${statement}?`,
      answer: titles.get(s.article)!,
      fixedChoices: [...titles.values()],
      simplified: kept.length < s.tokens.length,
    },
  ];
}

/** "Who did not make a bad bet?": a question on what did not happen asks for little. */
const NEGATION = /^(not|n't|n’t|never|no|nobody|none|neither|nor)$/i;

/**
 * Every draft one sentence gives. `titles` maps the ids of the articles on the sentence's story
 * (its own among them) to their titles, for cross-article questions.
 */
export function draftsFor(s: WorkingSentence, titles: ReadonlyMap<string, string>): Draft[] {
  const { kept, opener } = simplify(s.tokens);
  const verb = findVerb(s.tokens, kept);
  const asks = verb >= 0 && !kept.some((i) => NEGATION.test(s.tokens[i]!.text));
  return [
    ...(asks ? whSubject(s, kept, verb) : []),
    ...(asks ? whInverted(s, kept, verb, opener) : []),
    ...cloze(s),
    ...trueFalse(s),
    ...(asks && kept.length <= 30 ? whichArticle(s, kept, verb, titles) : []),
  ];
}
