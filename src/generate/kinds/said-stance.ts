import { fixedChoiceQuestion } from '../candidate.js';
import { render } from '../clause.js';
import type { Draft } from '../draft.js';
import { STANCES, THIRD_PERSON, VAGUE_NOUNS, type Stance } from '../english/speech.js';
import { prompt } from '../prompt.js';
import type { Speech } from '../speech.js';
import type { QuestionKind } from './kind.js';
import { speechesOf } from './who-said.js';

// "How did the Tories respond to the maternity pay plan?" — "By criticising it": the stance a
// reporting verb carries ("dismissed ... as desperate"), put in plain words, against the stances
// it rules out.

const NAME = 'said-stance';

/** Where the thing responded to ends: "the spending | at a ceremony", "the plan | as desperate". */
const ENDS_OBJECT = /^(as|at|on|in|for|over|after|because|with|by|during|from|but|and|while|,|;|\.)$/i;
/** Nouns for what is denied rather than disliked: "rejected allegations he pressured ...". */
const CLAIMS = /^(claims?|allegations?|charges?|reports?|suggestions?|accusations?)$/i;

/** "allegations he pressured ...", "multiple charges of fraud": what was said is a claim. */
function isClaim(speech: Speech): boolean {
  const { tokens } = speech.sentence;
  const { first } = speech.content;
  return CLAIMS.test(tokens[first]!.text) || CLAIMS.test(tokens[first + 1]?.text ?? '');
}

/** What the speaker responded to, if it names it well enough to ask about. */
function respondedTo(speech: Speech): { text: string; plural: boolean; claim: boolean } | undefined {
  const { tokens } = speech.sentence;
  const { first } = speech.content;
  const claim = isClaim(speech);
  let last = first;
  // A claim goes on to say what it claims: "allegations he pressured Scott Sullivan to ...".
  if (claim) last = speech.content.last;
  else while (last + 1 <= speech.content.last && !ENDS_OBJECT.test(tokens[last + 1]!.text)) last++;
  const kept = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  if (kept.length < 2 || kept.length > 22) return undefined;
  const words = kept.map((k) => tokens[k]!);
  if (words.some((t) => /^["“”()]$/.test(t.text))) return undefined;
  // "his opponents", "the decision": whose, which?
  const own = speech.speaker.kind === 'person' ? /^(he|his|him|she|her)$/i : /^(it|its)$/i;
  if (words.some((t, n) => THIRD_PERSON.has(t.text.toLowerCase()) && !(claim && n > 0 && own.test(t.text))))
    return undefined;
  if (words[0]!.text.toLowerCase() === 'the' && words.length === 2 && VAGUE_NOUNS.has(words[1]!.text.toLowerCase()))
    return undefined;
  if (!/^(the|a|an)$/i.test(words[0]!.text) && words[0]!.pos !== 'PROPN' && !claim) return undefined;
  const head = claim ? words.find((t) => CLAIMS.test(t.text))! : words.at(-1)!;
  const plural = head.pos === 'NOUN' && head.text.toLowerCase() !== head.lemma.toLowerCase() && /s$/i.test(head.text);
  return { text: render(tokens, kept), plural, claim };
}

/** "By criticising it": a stance as the answer to "How did ... respond?". */
const answerFor = (stance: Stance, plural: boolean) => `By ${stance} ${plural ? 'them' : 'it'}`;

function stanceDraft(speech: Speech): Draft | undefined {
  // "denied charges of fraud": a claim the tagger may have read as a clause.
  if (speech.form !== 'object' && !(speech.form === 'clause' && isClaim(speech))) return undefined;
  const object = respondedTo(speech);
  if (!object) return undefined;
  const table = STANCES.get(speech.verb);
  const stance = object.claim ? table?.claim : table?.thing;
  if (!stance) return undefined;
  const answer = answerFor(stance.stance, object.plural);
  return {
    kind: NAME,
    sentence: speech.sentence,
    ...(speech.support.length > 0 ? { support: speech.support } : {}),
    prompt: prompt('said-stance', { speaker: speech.speaker.name, object: object.text }),
    answer,
    choices: [answer, ...stance.against.map((s) => answerFor(s, object.plural))],
    simplified: false,
  };
}

export const saidStanceKind: QuestionKind = {
  name: NAME,
  skill: 'attribution',
  label: 'stance: how a speaker responded (welcomed, criticised, denied), in plain words',
  weight: 0.9,
  idSuffix: 'stance',
  // "How did Ebbers respond to the charges?", then "... to the allegations?": one speaker's
  // denial asked twice. One stance question an article.
  perArticle: 1,
  answerFromText: false,
  draft: (bank) => speechesOf(bank).flatMap((s) => stanceDraft(s) ?? []),
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'attribution', context),
};
