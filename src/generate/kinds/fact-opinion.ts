import { fixedChoiceQuestion } from '../candidate.js';
import { render, simplify } from '../clause.js';
import type { Draft } from '../draft.js';
import {
  ATTRIBUTION_WORDS,
  BELIEF_VERBS,
  FIRST_OR_SECOND_PERSON,
  NOT_YET_FACT,
  OPINION_WORDS,
  REPORTING_VERBS,
  THIRD_PERSON,
  VAGUE_NOUNS,
} from '../english/speech.js';
import type { Token } from '../nlp.js';
import { prompt } from '../prompt.js';
import type { WorkingSentence } from '../sentences.js';
import type { Speech } from '../speech.js';
import type { BankMaterial, QuestionKind } from './kind.js';
import { speechesIn } from './who-said.js';

// "Which statement from “...” is an opinion rather than a fact?": one judgement a speaker made,
// restated without who made it, among three facts of the same article that a reader could check
// (numbers, dates, events), never a forecast or a guess.

const NAME = 'fact-opinion';
const FACTS = 3;
const MOST_WORDS = 28;

const CHECKABLE = new Set(['count', 'money', 'percent', 'date', 'year']);
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const lowerWords = (tokens: readonly Token[], kept: readonly number[]) =>
  kept.map((k) => tokens[k]!.text.toLowerCase());

/** A statement as a choice reads: a capital, no quotation marks, a full stop. */
const asStatement = (text: string) => {
  const plain = text
    .replace(/["“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]$/, '');
  return `${plain.charAt(0).toUpperCase()}${plain.slice(1)}.`;
};

/**
 * Words a statement may not hold if it is to be read among others from its article: whose "he",
 * which "this law"? "the company" and "its" after a name are clear enough beside the article's
 * title.
 */
function leansOnContext(tokens: readonly Token[], kept: readonly number[], vagueAllowed = false): boolean {
  let named = false;
  return kept.some((k, n) => {
    const t = tokens[k]!;
    const word = t.text.toLowerCase();
    if (t.pos === 'PROPN') named = true;
    if (FIRST_OR_SECOND_PERSON.has(word) && t.text !== 'US') return true;
    if (THIRD_PERSON.has(word) && !(named && /^(its|their)$/.test(word))) return true;
    if (word === 'the' && VAGUE_NOUNS.has(tokens[kept[n + 1] ?? -1]?.text.toLowerCase() ?? '') && !vagueAllowed)
      return true;
    return word === 'that' && (t.pos === 'DET' || t.pos === 'PRON');
  });
}

/** Where a statement's main clause ends: ", which ...", ", but ...", ", followed by ..." are left out. */
const CLAUSE_BREAK =
  /^(which|who|while|whereas|but|and|as|after|with|including|followed|leading|making|bringing|taking|giving|despite|although|though|so)$/i;

function mainClause(tokens: readonly Token[], kept: readonly number[]): number[] {
  const cut = kept.findIndex(
    (k, n) => n >= 5 && tokens[k]!.text === ',' && CLAUSE_BREAK.test(tokens[kept[n + 1] ?? -1]?.text ?? ''),
  );
  const main = cut < 0 ? [...kept] : kept.slice(0, cut);
  while (main.length > 0 && /^[,.;:]$/.test(tokens[main.at(-1)!]!.text)) main.pop();
  return main;
}

/**
 * A speech restated as an opinion standing alone: "I think deep down Kelly wants to run" →
 * "Deep down Kelly wants to run."; reported "the government's plans were "inadequate"" → "The
 * government's plans were inadequate." Only words that judge (should, must, good, wrong, ...).
 */
export function opinionOf(speech: Speech): string | undefined {
  if (speech.form === 'object') return undefined;
  const { tokens } = speech.sentence;
  let kept: number[] = [];
  for (let k = speech.content.first; k <= speech.content.last; k++)
    if (!/^["“”()]$/.test(tokens[k]!.text)) kept.push(k);
  while (kept.length > 0 && /^[,.;:!?]$/.test(tokens[kept.at(-1)!]!.text)) kept.pop();
  // "I think", "We believe": the judgement is what follows.
  const [first, second] = kept.map((k) => tokens[k]!.text.toLowerCase());
  const believed = (first === 'i' || first === 'we') && BELIEF_VERBS.has(second ?? '');
  if (believed) kept = kept.slice(2);
  if (tokens[kept[0] ?? -1]?.text === 'that') kept = kept.slice(1);
  kept = mainClause(tokens, kept);
  const text = render(tokens, kept);
  if (kept.length === 0 || words(text).length < 4 || words(text).length > MOST_WORDS) return undefined;
  if (/\.\.\.|…|\?|!|\[|\p{Ll}\. \p{Lu}/u.test(text) || /^(and|but|so|or|because|yet|if)\b/i.test(text))
    return undefined;
  if (leansOnContext(tokens, kept, true)) return undefined;
  if (!believed && !lowerWords(tokens, kept).some((w) => OPINION_WORDS.has(w))) return undefined;
  if (!kept.some((k) => tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX')) return undefined;
  return asStatement(text);
}

/** An event told in the past: "Fosters bought a stake in Southcorp", "Four people died". */
function pastEvent(tokens: readonly Token[], kept: readonly number[]): boolean {
  const verb = kept.findIndex((k) => tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX');
  if (verb < 1) return false;
  const t = tokens[kept[verb]!]!;
  if (/^(was|were|had)$/i.test(t.text)) return tokens[kept[verb + 1] ?? -1]?.pos === 'VERB';
  return t.pos === 'VERB' && t.text.toLowerCase() !== t.lemma.toLowerCase() && !/(s|ing)$/.test(t.text);
}

/** Openers whose loss would change what a sentence claims: "If confirmed, ...", "Despite ...". */
const CONDITIONAL_OPENER = /^(if|despite|although|though|unless|while|whereas|because|as|once|until)$/i;

/**
 * A sentence of the article that states a checkable fact, shortened to its main clause: a number,
 * an amount, a date or a year in it; no forecast, guess, judgement or attribution.
 */
export function factOf(s: WorkingSentence): string | undefined {
  if (s.unfit !== undefined) return undefined;
  const { tokens } = s;
  const { kept, opener } = simplify(tokens);
  if (opener && CONDITIONAL_OPENER.test(tokens[opener.first]!.text)) return undefined;
  const afterLead = kept.filter((k) => tokens[k]!.start >= s.lead);
  // "However, ...": a word tying the sentence to the one before goes.
  if (tokens[afterLead[0] ?? -1]?.pos === 'ADV' && tokens[afterLead[1] ?? -1]?.text === ',') afterLead.splice(0, 2);
  return checkable(s, mainClause(tokens, afterLead));
}

/**
 * What someone is reported to have said, as a fact, where it is a number or a date they gave:
 * "The Environment Agency said the river peaked at 5.2 metres" → "The river peaked at 5.2
 * metres." Who said it is left out, so that attribution alone does not mark the opinion.
 */
function reportedFact(speech: Speech): string | undefined {
  if (speech.form !== 'clause' && speech.form !== 'before') return undefined;
  const { tokens } = speech.sentence;
  const kept: number[] = [];
  let depth = 0;
  for (let k = speech.content.first; k <= speech.content.last; k++) {
    const text = tokens[k]!.text;
    if (text === '(') depth++;
    if (depth === 0) kept.push(k);
    if (text === ')' && depth > 0) depth--;
  }
  if (kept.some((k) => /^["“”]$/.test(tokens[k]!.text))) return undefined;
  return checkable(speech.sentence, mainClause(tokens, kept), true);
}

/** The statement over tokens `main` of a sentence, if it is a checkable fact that stands alone. */
function checkable(s: WorkingSentence, main: readonly number[], needsFigure = false): string | undefined {
  const { tokens } = s;
  const said = lowerWords(tokens, main);
  if (said.some((w) => NOT_YET_FACT.has(w) || OPINION_WORDS.has(w) || ATTRIBUTION_WORDS.has(w))) return undefined;
  // "welcomed", "stressed": someone's stance or words, not a plain fact.
  if (main.some((k) => tokens[k]!.pos === 'VERB' && REPORTING_VERBS.has(tokens[k]!.lemma.toLowerCase())))
    return undefined;
  // "Listen to ...": an instruction; "THE SHOW ALWAYS GOES ON": a heading run into the text.
  const opening = tokens[main[0] ?? -1];
  if (!opening || (opening.pos === 'VERB' && opening.text.toLowerCase() === opening.lemma.toLowerCase()))
    return undefined;
  if (
    main.some(
      (k, n) => /^[A-Z]{3,}$/.test(tokens[k]!.text) && /^[A-Z]{2,}$/.test(tokens[main[n + 1] ?? -1]?.text ?? ''),
    )
  )
    return undefined;
  // A number, amount or date that survives the cut makes it checkable; else a named event told
  // in the past ("Mr Blunkett entered Parliament").
  const figure = s.phrases.some((p) => CHECKABLE.has(p.kind) && main.includes(p.first));
  if (!figure && (needsFigure || !pastEvent(tokens, main))) return undefined;
  // "is to rise": a plan.
  if (main.some((k, n) => /^(is|are|was|were)$/.test(tokens[k]!.text) && tokens[main[n + 1] ?? -1]?.text === 'to'))
    return undefined;
  const text = render(tokens, main);
  if (words(text).length < 6 || words(text).length > MOST_WORDS || leansOnContext(tokens, main)) return undefined;
  if (/[—–]|\s-\s/.test(text)) return undefined;
  return asStatement(text);
}

/** The article's opinion question: its first restatable opinion and its three shortest facts. */
function factOrOpinion(bank: BankMaterial, article: string, speeches: readonly Speech[]): Draft | undefined {
  const title = bank.articles.find((a) => a.id === article)?.title;
  if (!title) return undefined;
  let opinion: { speech: Speech; text: string } | undefined;
  for (const speech of speeches) {
    const text = opinionOf(speech);
    if (text) {
      opinion = { speech, text };
      break;
    }
  }
  if (!opinion) return undefined;
  const { speech } = opinion;
  const quoted = new Set([speech.sentence, ...speech.support]);
  const reported = new Map(speeches.map((other) => [other.sentence, other]));
  const facts = (bank.sentencesOf.get(article) ?? [])
    .filter((s) => !quoted.has(s))
    .flatMap((s) => {
      const other = reported.get(s);
      const text = other ? reportedFact(other) : factOf(s);
      return text ? [{ s, text }] : [];
    })
    .sort((a, b) => a.text.length - b.text.length || a.s.index - b.s.index)
    .slice(0, FACTS)
    .sort((a, b) => a.s.index - b.s.index);
  if (facts.length < FACTS) return undefined;
  return {
    kind: NAME,
    sentence: speech.sentence,
    support: [...speech.support, ...facts.map((f) => f.s)],
    prompt: prompt('fact-or-opinion', { article: title }),
    answer: opinion.text,
    choices: [opinion.text, ...facts.map((f) => f.text)],
    explanation: `It is ${speech.speaker.name}'s judgement; the others can be checked.`,
    simplified: true,
  };
}

export const factOpinionKind: QuestionKind = {
  name: NAME,
  skill: 'attribution',
  label: 'fact or opinion: the one judgement among facts of the same article',
  weight: 0.9,
  idSuffix: 'opinion',
  answerFromText: false,
  draft: (bank) => bank.articles.flatMap((a) => factOrOpinion(bank, a.id, speechesIn(bank, a.id)) ?? []),
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'attribution', context),
};
