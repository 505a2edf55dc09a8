import { fixedChoiceQuestion, phraseAnswerQuestion } from '../candidate.js';
import { causalLinks, type CausalLink } from '../causes.js';
import { isPassive } from '../cause-results.js';
import { contentWords, sharedWords } from '../distractors.js';
import type { Draft } from '../draft.js';
import type { CauseShape } from '../english/causes.js';
import { REFERENT_NOUNS } from '../english/words.js';
import { prompt, renderPrompt, type Prompt } from '../prompt.js';
import { surroundingsIn } from '../referent.js';
import type { WorkingSentence } from '../sentences.js';
import { connectiveAt, verbIndex, type Tense } from '../clause-cuts.js';
import { mainStatement, predicates, sentenceOf } from '../statement.js';
import type { BankMaterial, QuestionKind } from './kind.js';

const NAME = 'cause-effect';
const CHOICES = 4;
/** How far behind the reasons an event is offered as a wrong reason. */
const EVENT_AFTER = 1000;

/** A wrong choice: a reason the article gives for something else, or an event it reports. */
interface Offer {
  /** A reason's words; an event's predicate and shorter forms of it that are still true. */
  readonly forms: readonly string[];
  readonly sentence: WorkingSentence;
  readonly tense: Tense | undefined;
  readonly shape: CauseShape;
  /** An event's subject as restated: "Mr Galloway". */
  readonly subject?: string;
  /** A reason's effect, in the words that say what happened. */
  readonly effectWords?: ReadonlySet<string>;
  /** An event done to its subject ("was expelled"), not by it. */
  readonly passive?: boolean;
}

/** What one question asks, and what its wrong choices must not be. */
interface Asked {
  readonly link: CausalLink;
  readonly answer: string;
  readonly prompt: Prompt;
  /** Words of what the question names as given: a choice about them reads as the answer. */
  readonly given: ReadonlySet<string>;
  readonly shape: CauseShape;
  readonly tense: Tense | undefined;
  /** Only events of this subject: "What did Yukos do ...?" is answered by what Yukos did. */
  readonly subject?: string;
  /** "What happened to Mr Galloway ...?" is answered by what was done to him, not what he did. */
  readonly passive?: boolean;
}

const wordCount = (text: string) => text.split(/\s+/).length;
/** The longest reason asked for as a short answer: longer ones are not written alike by two readers. */
const SHORT_ANSWER_WORDS = 5;
const support = (link: CausalLink) => (link.support.length > 0 ? { support: link.support } : {});
const capitalised = (text: string) => new Set(text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)));
const namesIn = (text: string) => new Set(text.split(/\s+/).filter((w, i) => i > 0 && /^\p{Lu}/u.test(w)));

/** The words of a link's effect that say what happened, not who it happened to. */
function effectWords(link: CausalLink): Set<string> {
  const { tokens } = link.sentence;
  const verb = Math.max(0, verbIndex(tokens, link.effect));
  return new Set(
    link.effect
      .slice(verb)
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
 * "Mr Galloway" and "Galloway", "Yukos" and "Yukos": one subject. A surname is matched alone only
 * between names: "shares in Harbour Lines" is not Harbour Lines.
 */
const sameSubject = (a: string, b: string) => {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const isName = (text: string) => text.split(' ').every((w) => /^\p{Lu}/u.test(w) || /^(of|and|&)$/.test(w));
  const last = (text: string) => text.split(' ').at(-1)!;
  return isName(a) && isName(b) && last(a) === last(b);
};

/**
 * Whether `offer` may stand as a wrong answer to what is asked: from elsewhere than the sentences
 * cited and their neighbours (where an article explains what it has just said), not a reason for
 * anything like this effect, of the same subject where one is asked about, in a tense that could
 * answer.
 */
function offerFits(offer: Offer, asked: Asked, effect: ReadonlySet<string>): boolean {
  const { link } = asked;
  // Where a reason is asked for, the sentences next to it may give another; where what a reason
  // led to is asked for, only the sentences cited hold it.
  const reach = asked.subject === undefined ? 2 : 1;
  const near = [link.sentence, ...link.support].some(
    (s) => s.article === offer.sentence.article && Math.abs(s.index - offer.sentence.index) < reach,
  );
  if (near || offer.shape !== asked.shape) return false;
  if (asked.subject !== undefined && (offer.subject === undefined || !sameSubject(offer.subject, asked.subject)))
    return false;
  if (asked.passive !== undefined && offer.passive !== asked.passive) return false;
  // "Why did the dollar regain ground? South Korea and Japan denied they were planning a sell-off":
  // what else South Korea, whom only the answer names, did may be part of the same reason.
  if (asked.subject === undefined && offer.subject !== undefined) {
    const inQuestion = capitalised(renderPrompt(asked.prompt));
    const named = [...capitalised(asked.answer)].filter((w) => !inQuestion.has(w));
    const actor = capitalised(offer.subject);
    if (named.some((w) => actor.has(w))) return false;
  }
  if (offer.effectWords && sharedWords(offer.effectWords, effect) > 0) return false;
  // A plan or forecast is no reason for what has happened, nor a past event for what is planned.
  return (
    asked.shape !== 'clause' || (offer.tense !== undefined && (offer.tense === 'modal') === (asked.tense === 'modal'))
  );
}

/**
 * Whether a choice's words do not give it away: about other things than the answer and than what
 * the question gives, nothing left for the sentence before to say, and about as long.
 */
function wordsFit(text: string, asked: Asked, answer: ReadonlySet<string>, subject: ReadonlySet<string>): boolean {
  if (leansOnContext(text)) return false;
  const own = new Set([...contentWords(text)].filter((w) => !subject.has(w)));
  if (sharedWords(own, answer) / Math.max(1, Math.min(own.size, answer.size)) > 0.4) return false;
  if ([...asked.given].some((w) => own.has(w))) return false;
  const n = wordCount(text);
  const m = wordCount(asked.answer);
  return n >= Math.max(3, m * 0.6) && n <= Math.max(m * 1.7 + 1, m + 5) && Math.abs(n - m) <= 8;
}

/**
 * An offer as a choice: a reason as it stands; an event with its subject named as the question
 * names it, where it is the question's subject ("Mr Galloway", not "Ex-Labour MP George Galloway").
 */
function wordedAs(offer: Offer, form: string, asked: Asked): string {
  if (offer.subject === undefined) return form;
  const subject =
    asked.subject !== undefined && sameSubject(offer.subject, asked.subject) ? asked.subject : offer.subject;
  return sentenceOf(subject, form);
}

const NUMBER_WORD = /^(\d.*|one|two|three|four|five|six|seven|eight|nine|ten|half|first|second|third)$/;

/** Whether a choice shares a word with the question or its answer, numbers aside. */
function related(text: string, asked: Asked): boolean {
  const about = new Set([...contentWords(renderPrompt(asked.prompt)), ...contentWords(asked.answer)]);
  return [...contentWords(text)].some((w) => about.has(w) && !NUMBER_WORD.test(w) && w !== 'why' && w !== 'what');
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
        const { tense, subject } = statement;
        return [
          {
            forms: predicates(statement),
            sentence: s,
            tense,
            shape: 'clause',
            subject: subject.text,
            passive: isPassive(statement),
          },
        ];
      });
    offers.set(article, [...reasons, ...events]);
  }
  return { links, offers };
}

/**
 * A question with wrong choices of the answer's form from its article, then its story: those
 * that name what the question or answer names first (plausible), then those closest in length.
 */
function draftOf(asked: Asked, bank: BankMaterial, gathered: Gathered): Draft | undefined {
  const { link, answer } = asked;
  if (leansOnContext(answer) || leansOnContext(link.question.clause)) return undefined;
  const article = link.sentence.article;
  const story = [...(bank.sameStory.get(article)?.keys() ?? [])].filter((a) => a !== article);
  const effect = effectWords(link);
  const names = new Set([...namesIn(link.question.clause), ...namesIn(answer)]);
  const closeness = (text: string) =>
    ([...namesIn(text)].some((w) => names.has(w)) ? 0 : 100) + Math.abs(wordCount(text) - wordCount(answer));
  const answerWords = contentWords(answer);
  const subjectWords = contentWords(asked.subject ?? '');
  // Its longest form whose words fit, if it fits at all.
  const choiceOf = (o: Offer): string | undefined => {
    if (!offerFits(o, asked, effect)) return undefined;
    for (const form of o.forms) {
      const text = wordedAs(o, form, asked);
      if (wordsFit(text, asked, answerWords, subjectWords)) return text;
    }
    return undefined;
  };
  const wrong: string[] = [];
  // The article's own first; the story's others only where it has too few.
  for (const from of [article, ...story]) {
    if (wrong.length >= 2) break;
    // Reasons the article gives for other things first: an event it reports ("250 guests
    // attended") is seldom a reason anyone would give.
    const fitting = (gathered.offers.get(from) ?? [])
      .flatMap((o) => {
        const text = choiceOf(o);
        return text === undefined
          ? []
          : [{ text, rank: closeness(text) + (o.subject === undefined ? 0 : EVENT_AFTER) }];
      })
      .sort((a, b) => a.rank - b.rank)
      .map(({ text }) => text);
    for (const text of fitting) {
      if (wrong.length >= CHOICES - 1) break;
      const words = contentWords(text);
      // Two wrong choices that say the same thing would leave the other two to choose between.
      if (wrong.some((w) => sharedWords(contentWords(w), words) / words.size > 0.5)) continue;
      wrong.push(text);
    }
  }
  // Wrong choices that have nothing to do with what is asked leave the answer standing alone. A
  // reason given in a few words ("A hamstring injury") may still be asked for, to be written.
  if (wrong.length < 2 || !wrong.some((w) => related(w, asked))) {
    const short = asked.subject === undefined && asked.shape !== 'clause' && wordCount(answer) <= SHORT_ANSWER_WORDS;
    return short
      ? { kind: NAME, sentence: link.sentence, ...support(link), prompt: asked.prompt, answer, simplified: true }
      : undefined;
  }
  return {
    kind: NAME,
    sentence: link.sentence,
    ...support(link),
    prompt: asked.prompt,
    answer,
    choices: [answer, ...wrong],
    simplified: true,
  };
}

/**
 * The questions on one link: why the effect happened (the reason asked for, other reasons and
 * events offered), and what the reason led its subject to do (the effect asked for, the same
 * subject's other doings offered).
 */
function linkDrafts(link: CausalLink, bank: BankMaterial, gathered: Gathered): Draft[] {
  const why: Asked = {
    link,
    answer: link.cause,
    prompt: prompt(link.question.template, { clause: link.question.clause }),
    given: effectWords(link),
    shape: link.shape,
    tense: link.tense,
  };
  const drafts = [draftOf(why, bank, gathered)];
  if (link.result) {
    const { answer } = link.result;
    const result: Asked = {
      link,
      answer: answer.text,
      prompt: link.result.prompt,
      given: contentWords(link.cause),
      shape: 'clause',
      tense: answer.tense,
      subject: answer.subject.text,
      passive: isPassive(answer),
    };
    drafts.push(draftOf(result, bank, gathered));
  }
  return drafts.filter((d): d is Draft => d !== undefined);
}

export const causeEffect: QuestionKind = {
  name: NAME,
  skill: 'cause-effect',
  label: 'cause and effect: why something happened, or what a reason led to',
  weight: 1,
  idSuffix: 'why',
  answerFromText: false,
  draft: (bank) => {
    const gathered = gather(bank);
    return gathered.links.flatMap((l) => linkDrafts(l, bank, gathered));
  },
  checks: [],
  build: (draft, context) =>
    draft.choices
      ? fixedChoiceQuestion(draft, 'cause-effect', context)
      : phraseAnswerQuestion(draft, 'cause-effect', context),
};
