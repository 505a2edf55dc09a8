import { foundChoiceQuestion } from '../candidate.js';
import { doSupport, findVerb, render, simplify, withoutStop, type Kept } from '../clause.js';
import type { Draft } from '../draft.js';
import { PERSON_TITLES } from '../english/words.js';
import { WH_FITS, WH_WORDS, countAnswer, NEGATION } from '../english/questions.js';
import { invert, ownVerbOf } from '../inversion.js';
import type { Phrase } from '../phrases.js';
import { prompt } from '../prompt.js';
import type { WorkingSentence } from '../sentences.js';
import { statementSentences, type QuestionKind } from './kind.js';

const covers = (phrase: Phrase, from: number, to: number) =>
  phrase.first === from && (phrase.noun?.last ?? phrase.last) === to;

const NAME = 'wh-question';

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
  // "Fifty-five statues were stolen en route, 52 were recovered nine days later": a second clause
  // after a comma, its subject and verb its own, cannot follow "How many ...".
  const spliced = rest.some(
    (i, n) =>
      tokens[i]!.text === ',' &&
      /NUM|NOUN|PROPN|PRON/.test(tokens[rest[n + 1] ?? -1]?.pos ?? '') &&
      /AUX|VERB/.test(tokens[rest[n + 2] ?? -1]?.pos ?? ''),
  );
  if (spliced) return [];
  const predicate = render(tokens, rest);
  const simplified = kept.length < tokens.length;
  if (phrase.kind === 'count') {
    const { answer, wh } = countAnswer(phrase);
    const clause = `${phrase.noun!.text} ${predicate}`;
    return [
      {
        kind: NAME,
        sentence: s,
        // `asks` says the clause reads on after "how many" in a sentence too: "how many people were killed".
        prompt: prompt('wh', { wh, clause, asks: 'subject' }),
        answer,
        phrase,
        answerKind: 'count',
        wh,
        simplified,
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
      kind: NAME,
      sentence: s,
      prompt: prompt('wh', { wh, clause: predicate }),
      answer: phrase.text,
      phrase,
      answerKind: phrase.kind,
      wh,
      simplified,
    },
  ];
}

const spanOf = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, k) => first + k);

/**
 * "The council will spend £1.8m on repairs." → "How much will the council spend on repairs?";
 * "The attacker killed four people." → "How many people did the attacker kill?"
 */
function whInverted(s: WorkingSentence, kept: Kept, verb: number, opener?: { first: number; last: number }): Draft[] {
  const { tokens } = s;
  const inverted = invert(s, kept, verb);
  if (!inverted) return [];
  const { after } = inverted;
  const ownVerb = ownVerbOf(s, kept, verb, inverted);
  const verbToken = tokens[kept[verb]!]!;
  const drafts: Draft[] = [];
  const simplified = kept.length < tokens.length;
  const firstAfterVerb = kept[verbToken.pos === 'VERB' ? verb + 1 : verb + 2];
  const ask = (wh: string, clause: string, phrase: Phrase, answer = phrase.text, answerKind = phrase.kind) =>
    drafts.push({
      kind: NAME,
      sentence: s,
      prompt: prompt('wh', { wh, clause }),
      answer,
      phrase,
      answerKind,
      wh,
      simplified,
    });
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
      )
        drafts.push({
          kind: NAME,
          sentence: s,
          prompt: prompt('wh', { wh: adjunct.word, clause: inverted.clause() }),
          answer: phrase.text,
          phrase,
          answerKind: phrase.kind,
          wh: adjunct.word,
          simplified: true,
        });
      continue;
    }
    const object = WH_WORDS[phrase.kind].object;
    if (object && phrase.first === firstAfterVerb) {
      const remove = new Set(spanOf(phrase.first, phrase.noun?.last ?? phrase.last));
      // "How much do Westbrook receive?" says too little of what is asked.
      if (after.filter((i) => !remove.has(i)).length < 2) continue;
      if (phrase.kind === 'count') {
        const { answer, wh } = countAnswer(phrase);
        ask(wh, `${phrase.noun!.text} ${inverted.clause(remove)}`, phrase, answer, 'count');
      } else ask(object, inverted.clause(remove), phrase);
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
      // A date written "Thursday, 28 August" may continue past what the model tagged.
      if (tokens[phrase.last + 1]?.text === ',' && tokens[phrase.last + 2]?.pos === 'NUM') return drafts;
      ask(adjunct.word, inverted.clause(new Set(spanOf(phrase.first - 1, phrase.last))), phrase);
    }
  }
  return drafts;
}

/** The wh-questions one sentence gives: its subject or a phrase after its verb asked for. */
export function whDrafts(s: WorkingSentence): Draft[] {
  const { kept, opener } = simplify(s.tokens);
  const verb = findVerb(s.tokens, kept);
  // "Who did not make a bad bet?": a question on what did not happen asks for little.
  if (verb < 0 || kept.some((i) => NEGATION.test(s.tokens[i]!.text))) return [];
  return [...whSubject(s, kept, verb), ...whInverted(s, kept, verb, opener)];
}

export const whQuestion: QuestionKind = {
  name: NAME,
  skill: 'detail',
  label: 'wh-question: a name, number, date or place asked for',
  weight: 0.8,
  idSuffix: 'wh',
  answerFromText: true,
  draft: (bank) => statementSentences(bank).flatMap(whDrafts),
  checks: [
    {
      reason: 'question word does not fit the answer',
      fails: (c) => c.draft.wh !== undefined && !(WH_FITS[c.draft.wh] ?? []).includes(c.draft.answerKind!),
    },
  ],
  build: (draft, context) => foundChoiceQuestion(draft, 'detail', context),
};
