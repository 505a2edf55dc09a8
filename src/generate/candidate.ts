import { normalizeAnswer, type QuestionType, type Skill } from '../bank/index.js';
import { shuffle } from '../random.js';
import { chooseDistractors, contentWords } from './distractors.js';
import type { Draft } from './draft.js';
import type { BuildContext } from './kinds/kind.js';
import { comparison } from './phrases.js';
import { promptBody, renderPrompt } from './prompt.js';

/** A finished question, before the automatic checks and ranking. */
export interface Candidate {
  readonly draft: Draft;
  readonly type: QuestionType;
  /** The prompt as a student reads it, rendered from the draft's template. */
  readonly prompt: string;
  readonly answer: string | boolean;
  readonly choices: readonly string[];
  readonly distractors: readonly string[];
  readonly accept: readonly string[];
  readonly explanation?: string;
  readonly skill: Skill;
}

export const CHOICES = 4;
const WH_AND_BLANK = /^(who|how|when|where|in|about|what|which|fill|the|blank)$/;

/** Words a question is about, for telling whether a distractor is also correct. */
export const aboutWords = (prompt: string) => new Set([...contentWords(prompt)].filter((w) => !WH_AND_BLANK.test(w)));

const base = (draft: Draft, skill: Skill) => ({
  draft,
  prompt: renderPrompt(draft.prompt),
  skill,
  accept: [] as readonly string[],
  ...(draft.explanation ? { explanation: draft.explanation } : {}),
});

/** A statement to judge: true or false as the draft says. */
export function statementQuestion(draft: Draft, skill: Skill, context: BuildContext): Candidate | undefined {
  if (!context.allowed.has('true-false') || typeof draft.answer !== 'boolean') return undefined;
  return { ...base(draft, skill), type: 'true-false', answer: draft.answer, choices: [], distractors: [] };
}

/**
 * Multiple choice among the draft's own choices (at most four, the answer always among them), in
 * an order drawn from the seed. Fewer than three choices make no question.
 */
export function fixedChoiceQuestion(draft: Draft, skill: Skill, context: BuildContext): Candidate | undefined {
  const answer = draft.answer;
  if (!context.allowed.has('multiple-choice') || typeof answer !== 'string' || !draft.choices) return undefined;
  const others = shuffle(
    draft.choices.filter((c) => c !== answer),
    context.random,
  ).slice(0, CHOICES - 1);
  if (others.length < 2) return undefined;
  return {
    ...base(draft, skill),
    type: 'multiple-choice',
    answer,
    choices: shuffle([answer, ...others], context.random),
    distractors: others,
  };
}

/**
 * Multiple choice where three distractors of the answer's kind exist, short answer where they do
 * not. Places are asked for, never offered: "London" is wrong for "in Britain" only to a reader
 * who knows the story, and "Syria" for "attacks in Europe" may be true as well.
 */
export function foundChoiceQuestion(draft: Draft, skill: Skill, context: BuildContext): Candidate | undefined {
  const answer = draft.answer;
  if (typeof answer !== 'string' || context.index.misspelt.has(normalizeAnswer(answer))) return undefined;
  const { answerKind, phrase } = draft;
  const direction = phrase ? comparison(draft.sentence.quote, draft.sentence.tokens, phrase) : undefined;
  const distractors =
    answerKind && phrase && answerKind !== 'place'
      ? chooseDistractors(
          {
            answer,
            kind: answerKind,
            phrase,
            sentence: draft.sentence,
            // What the question asks, not the title that situates it: "In “Worldcom boss 'left
            // books alone'”, who has pleaded guilty ...?" is about pleading guilty.
            about: aboutWords(promptBody(draft.prompt)),
            need: CHOICES - 1,
            sameStory: context.sameStory,
            ...(draft.rival ? { rival: draft.rival } : {}),
            ...(direction ? { direction } : {}),
          },
          context.index,
          context.random,
        )
      : [];
  if (distractors.length === CHOICES - 1 && context.allowed.has('multiple-choice')) {
    return {
      ...base(draft, skill),
      type: 'multiple-choice',
      answer,
      choices: shuffle([answer, ...distractors], context.random),
      distractors,
    };
  }
  if (!context.allowed.has('short-answer')) return undefined;
  return { ...base(draft, skill), type: 'short-answer', answer, choices: [], distractors: [], accept: accepted(draft) };
}

/** A word after a place's name that only says what kind of place it is. */
const GENERIC_PLACE_WORD =
  /\s+(islands?|isles?|city|town|village|region|province|state|county|district|river|valley|mountains?|peninsula|coast)$/i;

/**
 * Other answers a teacher would mark right: a person's surname alone; the short name the article
 * gives an organisation in brackets ("United States Anti-Doping Agency (USADA)").
 */
function accepted(draft: Draft): string[] {
  const answer = draft.answer as string;
  if (draft.answerKind === 'person') {
    const surname = answer.split(' ').at(-1)!;
    return surname !== answer ? [surname] : [];
  }
  if (draft.answerKind === 'place') {
    // "the Maldives islands": "Maldives" names it as well.
    const bare = answer.replace(GENERIC_PLACE_WORD, '');
    return bare !== answer && bare.length > 1 ? [bare] : [];
  }
  if (draft.answerKind === 'organisation') {
    const quote = draft.sentence.quote;
    const at = quote.indexOf(answer);
    const short =
      at < 0 ? undefined : /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u.exec(quote.slice(at + answer.length))?.[1];
    return short ? [short] : [];
  }
  return [];
}

/**
 * A short answer the draft gives in a few words ("A hamstring injury"), where no fair wrong
 * choices exist: the reader writes it, and a leading "his", "its" or "their" need not be written.
 */
export function phraseAnswerQuestion(draft: Draft, skill: Skill, context: BuildContext): Candidate | undefined {
  const answer = draft.answer;
  if (!context.allowed.has('short-answer') || typeof answer !== 'string') return undefined;
  const bare = answer.replace(/^(his|her|its|their|a|an|the) /i, '');
  const accept = bare !== answer ? [bare.charAt(0).toUpperCase() + bare.slice(1)] : [];
  return { ...base(draft, skill), type: 'short-answer', answer, choices: [], distractors: [], accept };
}

/** The question types a kind may make, for turning a draft away early. */
export const anyAllowed = (context: BuildContext, types: readonly QuestionType[]) =>
  types.some((t) => context.allowed.has(t));
