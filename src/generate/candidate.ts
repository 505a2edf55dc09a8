import type { QuestionType } from '../bank/question-types.js';
import type { Skill } from '../bank/schema.js';
import { seededRandom, shuffle } from '../quiz/random.js';
import { chooseDistractors, contentWords, type PhraseIndex } from './distractors.js';
import { TRANSFORMS, type Draft } from './draft.js';
import { comparison } from './phrases.js';
import { sentenceText } from './sentences.js';

/** A finished question, before the automatic checks and ranking. */
export interface Candidate {
  readonly draft: Draft;
  readonly type: QuestionType;
  readonly prompt: string;
  readonly answer: string | boolean;
  readonly choices: readonly string[];
  readonly distractors: readonly string[];
  readonly accept: readonly string[];
  readonly explanation?: string;
  readonly skill: Skill;
}

const CHOICES = 4;
const WH_AND_BLANK = /^(who|how|when|where|in|about|what|which|fill|the|blank)$/;

/** Words a question is about, for telling whether a distractor is also correct. */
const aboutWords = (prompt: string) => new Set([...contentWords(prompt)].filter((w) => !WH_AND_BLANK.test(w)));

/**
 * Draft → question: multiple choice where three distractors of the answer's kind exist, short
 * answer where they do not; a false twin gets its swapped fact. Undefined when the draft cannot
 * become a question of an allowed type.
 */
export function buildCandidate(
  draft: Draft,
  index: PhraseIndex,
  seed: string,
  allowed: ReadonlySet<QuestionType>,
  sameStory: ReadonlySet<string> = new Set(),
): Candidate | undefined {
  const random = seededRandom(
    `${seed}:${draft.sentence.article}:${draft.sentence.index}:${draft.transform}:${draft.prompt}`,
  );
  const skill = TRANSFORMS[draft.transform].skill;
  if (draft.transform === 'true-statement' || draft.transform === 'false-twin') {
    if (!allowed.has('true-false')) return undefined;
    if (draft.transform === 'true-statement')
      return {
        draft,
        type: 'true-false',
        prompt: draft.prompt,
        answer: true,
        choices: [],
        distractors: [],
        accept: [],
        skill,
      };
    const phrase = draft.phrase!;
    const direction = comparison(draft.sentence.quote, draft.sentence.tokens, phrase);
    const [swap] = chooseDistractors(
      {
        answer: phrase.text,
        kind: phrase.kind,
        phrase,
        sentence: draft.sentence,
        about: aboutWords(draft.prompt),
        need: 1,
        sameArticleOnly: true,
        ...(direction ? { direction } : {}),
      },
      index,
      random,
    );
    if (swap === undefined) return undefined;
    const { quote, tokens } = draft.sentence;
    const prompt = `${sentenceText(draft.sentence, draft.sentence.lead, tokens[phrase.first]!.start)}${swap}${quote.slice(tokens[phrase.last]!.end)}`;
    return {
      draft,
      type: 'true-false',
      prompt,
      answer: false,
      choices: [],
      distractors: [swap],
      accept: [],
      skill,
      explanation: `The article gives ${phrase.text}, not ${swap}.`,
    };
  }
  const answer = draft.answer as string;
  if (draft.fixedChoices) {
    if (!allowed.has('multiple-choice')) return undefined;
    const others = shuffle(
      draft.fixedChoices.filter((c) => c !== answer),
      random,
    ).slice(0, CHOICES - 1);
    return {
      draft,
      type: 'multiple-choice',
      prompt: draft.prompt,
      answer,
      choices: shuffle([answer, ...others], random),
      distractors: others,
      accept: [],
      skill,
    };
  }
  // Places are asked for, never offered: "London" is wrong for "in Britain" only to a reader who
  // knows the story, and "Syria" for "attacks in Europe" may be true as well.
  const offersChoices = draft.kind !== 'place';
  const direction = draft.phrase ? comparison(draft.sentence.quote, draft.sentence.tokens, draft.phrase) : undefined;
  const distractors =
    draft.kind && draft.phrase && offersChoices
      ? chooseDistractors(
          {
            answer,
            kind: draft.kind,
            phrase: draft.phrase,
            sentence: draft.sentence,
            about: aboutWords(draft.prompt),
            need: CHOICES - 1,
            sameStory,
            ...(draft.rival ? { rival: draft.rival } : {}),
            ...(direction ? { direction } : {}),
          },
          index,
          random,
        )
      : [];
  if (distractors.length === CHOICES - 1 && allowed.has('multiple-choice')) {
    return {
      draft,
      type: 'multiple-choice',
      prompt: draft.prompt,
      answer,
      choices: shuffle([answer, ...distractors], random),
      distractors,
      accept: [],
      skill,
    };
  }
  if (!allowed.has('short-answer')) return undefined;
  // A person may be answered by surname alone, as teachers mark it.
  const surname = draft.kind === 'person' ? answer.split(' ').at(-1)! : undefined;
  return {
    draft,
    type: 'short-answer',
    prompt: draft.prompt,
    answer,
    choices: [],
    distractors: [],
    accept: surname && surname !== answer ? [surname] : [],
    skill,
  };
}
