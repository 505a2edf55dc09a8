import { fixedChoiceQuestion } from '../candidate.js';
import { causalLinks, type CausalLink } from '../causes.js';
import { contentWords, sharedWords } from '../distractors.js';
import type { Draft } from '../draft.js';
import type { CauseShape } from '../english/causes.js';
import { REFERENT_NOUNS } from '../english/words.js';
import { prompt } from '../prompt.js';
import { surroundingsIn } from '../referent.js';
import type { WorkingSentence } from '../sentences.js';
import { connectiveAt, mainStatement, shorterForms, type Tense } from '../statement.js';
import type { BankMaterial, QuestionKind } from './kind.js';

const NAME = 'cause-effect';
const CHOICES = 4;

/** A wrong choice: a reason the article gives for something else, or an event it reports. */
interface Offer {
  /** Its words, and shorter forms of them that are still true, longest first. */
  readonly forms: readonly string[];
  readonly sentence: WorkingSentence;
  readonly tense: Tense | undefined;
  /** When it is a reason: its form, and the words of what it is the reason for. */
  readonly shape?: CauseShape;
  readonly effectWords?: ReadonlySet<string>;
}

const wordCount = (text: string) => text.split(/\s+/).length;
const namesIn = (text: string) => new Set(text.split(/\s+/).filter((w, i) => i > 0 && /^\p{Lu}/u.test(w)));

/** The words of a link's effect that say what happened, not who it happened to. */
function effectWords(link: CausalLink): Set<string> {
  const { tokens } = link.sentence;
  return new Set(
    link.effect
      .map((i) => tokens[i]!)
      .filter((t) => /VERB|NOUN|ADJ/.test(t.pos) && !/^\p{Lu}/u.test(t.text))
      .map((t) => t.lemma.toLowerCase())
      .filter((w) => contentWords(w).size > 0),
  );
}

/** Whether a sentence gives a reason for anything: then it may be a reason for this effect too. */
const givesReason = (s: WorkingSentence) => s.tokens.some((_, i) => connectiveAt(s.tokens, i) !== undefined);

/** "the group", "the firm" left in a choice or prompt: which one, it does not say. */
const leansOnContext = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .some((w, i, all) => w === 'the' && REFERENT_NOUNS.has((all[i + 1] ?? '').replace(/['’]s$/, '')));

/**
 * Whether `offer` is clearly a wrong answer to why `link`'s effect happened, and not given away by
 * its form: from elsewhere than the sentences cited and their neighbours (where an article
 * explains what it has just said), the reason for nothing like this effect, about other things
 * than the answer, in the answer's tense, and about as long.
 */
function fitsAsWrong(offer: Offer, text: string, link: CausalLink, effect: ReadonlySet<string>): boolean {
  const near = [link.sentence, ...link.support].some(
    (s) => s.article === offer.sentence.article && Math.abs(s.index - offer.sentence.index) < 2,
  );
  if (near || leansOnContext(text)) return false;
  if (offer.effectWords && sharedWords(offer.effectWords, effect) > 0) return false;
  // A plan or forecast is no reason for what has happened, nor a past event for what is planned.
  if (link.shape === 'clause' && (offer.tense === undefined || (offer.tense === 'modal') !== (link.tense === 'modal')))
    return false;
  const words = contentWords(text);
  const answer = contentWords(link.cause);
  if (sharedWords(words, answer) / Math.min(words.size, answer.size) > 0.4) return false;
  // A choice about what was asked ("Shares fell" for "Why did shares fall?") reads as an answer.
  if ([...effect].some((w) => words.has(w))) return false;
  const n = wordCount(text);
  const m = wordCount(link.cause);
  return n >= Math.max(3, m * 0.6) && n <= Math.max(m * 1.7 + 1, m + 5) && Math.abs(n - m) <= 8;
}

interface Gathered {
  readonly links: readonly CausalLink[];
  /** Per article: the reasons it gives and the events it reports, as choices. */
  readonly offers: ReadonlyMap<string, readonly Offer[]>;
}

/** Every link of the bank and, per article, what may be offered against its reasons. */
function gather(bank: BankMaterial): Gathered {
  const links: CausalLink[] = [];
  const offers = new Map<string, Offer[]>();
  const around = surroundingsIn(bank.sentencesOf);
  for (const [article, sentences] of bank.sentencesOf) {
    const found = sentences.flatMap((s) => causalLinks(s, around(s)));
    links.push(...found);
    const reasons = found.map((l): Offer => ({
      forms: [l.cause],
      sentence: l.sentence,
      tense: l.tense,
      shape: l.shape,
      effectWords: effectWords(l),
    }));
    const events = sentences
      .filter((s) => !givesReason(s))
      .flatMap((s): Offer[] => {
        // A wrong choice is cited nowhere: its "He" may be read from the sentence before.
        const statement = mainStatement(s, { ...around(s), pronouns: true });
        if (!statement) return [];
        return [{ forms: shorterForms(statement), sentence: s, tense: statement.tense, shape: 'clause' }];
      });
    offers.set(article, [...reasons, ...events]);
  }
  return { links, offers };
}

/**
 * The question on one link, with wrong choices of the same form from its article, then its story:
 * those that name what the question or answer names first (a plausible wrong reason), then those
 * closest in length.
 */
function linkDraft(link: CausalLink, bank: BankMaterial, gathered: Gathered): Draft | undefined {
  if (leansOnContext(link.cause) || leansOnContext(link.question.clause)) return undefined;
  const story = [...(bank.sameStory.get(link.sentence.article)?.keys() ?? [link.sentence.article])];
  const effect = effectWords(link);
  const names = new Set([...namesIn(link.question.clause), ...namesIn(link.cause)]);
  const closeness = (text: string) =>
    ([...namesIn(text)].some((w) => names.has(w)) ? 0 : 100) + Math.abs(wordCount(text) - wordCount(link.cause));
  const wrong: string[] = [];
  // The article's own first; the story's others only where it has too few.
  for (const article of [link.sentence.article, ...story.filter((a) => a !== link.sentence.article)]) {
    if (wrong.length >= 2 && article !== link.sentence.article) break;
    const fitting = (gathered.offers.get(article) ?? [])
      .filter((o) => o.shape === link.shape)
      .flatMap((o) => o.forms.find((text) => fitsAsWrong(o, text, link, effect)) ?? [])
      .sort((a, b) => closeness(a) - closeness(b));
    for (const text of fitting) {
      if (wrong.length >= CHOICES - 1) break;
      const words = contentWords(text);
      // Two wrong choices that say the same thing would leave the other two to choose between.
      if (wrong.some((w) => sharedWords(contentWords(w), words) / words.size > 0.5)) continue;
      wrong.push(text);
    }
  }
  if (wrong.length < 2) return undefined;
  return {
    kind: NAME,
    sentence: link.sentence,
    ...(link.support.length > 0 ? { support: link.support } : {}),
    prompt: prompt(link.question.template, { clause: link.question.clause }),
    answer: link.cause,
    choices: [link.cause, ...wrong],
    simplified: true,
  };
}

export const causeEffect: QuestionKind = {
  name: NAME,
  skill: 'cause-effect',
  label: 'cause and effect: why something happened, or what caused it',
  weight: 1,
  idSuffix: 'why',
  answerFromText: false,
  draft: (bank) => {
    const gathered = gather(bank);
    return gathered.links.flatMap((l) => linkDraft(l, bank, gathered) ?? []);
  },
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'cause-effect', context),
};
