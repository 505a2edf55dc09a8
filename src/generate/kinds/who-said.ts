import { parseArticle } from '../../articles/parse.js';
import { CHOICES, fixedChoiceQuestion, foundChoiceQuestion } from '../candidate.js';
import { contentWords, sharedWords } from '../distractors.js';
import type { Draft } from '../draft.js';
import { spanText } from '../phrases.js';
import { prompt } from '../prompt.js';
import { quotedAsIs, reportedPredicate, restatedSpeech, askedVerb } from '../restate-speech.js';
import type { Speaker } from '../speakers.js';
import { findSpeeches, type Speech } from '../speech.js';
import type { BankMaterial, QuestionKind } from './kind.js';

// "Who warned that many small firms could be crippled?": who said what, asked of quoted and
// reported speech, with the article's other speakers (and its story's) as the wrong answers.

const COMMENT_FORM = /^\s*(leave a (reply|comment)|\d+ comments?|your email address will not be published)/im;

/** What is worked out once per article of a bank, however many drafts ask for it. */
function perArticle<T>(
  compute: (bank: BankMaterial, article: string) => T,
): (bank: BankMaterial, article: string) => T {
  const memo = new WeakMap<BankMaterial, Map<string, T>>();
  return (bank, article) => {
    let byArticle = memo.get(bank);
    if (!byArticle) memo.set(bank, (byArticle = new Map()));
    if (!byArticle.has(article)) byArticle.set(article, compute(bank, article));
    return byArticle.get(article)!;
  };
}

/** Every speech of an article, found once for all the kinds that ask about them. */
export const speechesIn = perArticle((bank, id): readonly Speech[] => {
  const article = bank.articles.find((a) => a.id === id);
  // Readers' comments below "Leave a Reply" are no one the article quotes. (Only a text with such
  // words is parsed again: most have none.)
  const comments =
    article && COMMENT_FORM.test(article.text)
      ? parseArticle(article.text, article.format).paragraphs.find((p) => p.kind === 'comment-form')
      : undefined;
  const sentences = (bank.sentencesOf.get(id) ?? []).filter(
    (s) => comments === undefined || s.paragraph < comments.number,
  );
  return findSpeeches(sentences);
});

/** Every speech of the bank, article by article. */
export const speechesOf = (bank: BankMaterial): readonly Speech[] =>
  bank.articles.flatMap((article) => speechesIn(bank, article.id));

/** A speaker as a choice reads: "The Tories", "David Frost". */
export const speakerChoice = (speaker: Speaker) => speaker.name.charAt(0).toUpperCase() + speaker.name.slice(1);

const surnameOf = (speaker: Speaker) => speaker.name.split(' ').at(-1)!.toLowerCase();

/** What a speech says, as words to compare with what others say. */
const saidWords = (s: Speech) => contentWords(spanText(s.sentence.tokens, s.content.first, s.content.last));

/**
 * Whether two speeches say much the same ("desperate" and "desperate bid"): a speaker who says
 * what the answer said is no wrong answer.
 */
function saysTheSame(a: Speech, b: Speech): boolean {
  const x = saidWords(a);
  const y = saidWords(b);
  if (x.size === 0 || y.size === 0) return false;
  return sharedWords(x, y) / Math.min(x.size, y.size) >= 0.5 || quotedWords(a).some((w) => y.has(w));
}

/** The words a reporter put in quotation marks inside reported speech: "crippled", "desperate". */
function quotedWords(s: Speech): string[] {
  if (s.form === 'quote') return [];
  const { tokens } = s.sentence;
  const words: string[] = [];
  let open = false;
  for (let k = s.content.first; k <= s.content.last; k++) {
    if (/^["“”]$/.test(tokens[k]!.text)) open = !open;
    else if (open && /^\p{L}{4,}$/u.test(tokens[k]!.text)) words.push(tokens[k]!.text.toLowerCase());
  }
  return words;
}

/**
 * Wrong answers for "who said" a speech: the other speakers of its article, then of its story, of
 * the same kind (a person for a person), never the same person under another name, never one
 * named in the question, never one who says much the same.
 */
function otherSpeakers(speech: Speech, asked: string, bank: BankMaterial): string[] {
  const { speaker } = speech;
  const own = speech.sentence.article;
  // Articles on the story that name one of this article's people, places or bodies in full: a
  // speaker from an article that only shares words like "National" (a farmer among railway
  // unions) is a wrong answer no one would pick.
  const mine = peopleOf(bank, own);
  const story = [...(bank.sameStory.get(own)?.keys() ?? [own])].filter(
    (id) => id === own || [...peopleOf(bank, id)].some((name) => mine.has(name)),
  );
  const spoken = story.flatMap((id) => speechesIn(bank, id));
  const same = new Set(spoken.filter((o) => saysTheSame(speech, o)).map((o) => o.speaker.key));
  const askedWords = ` ${asked.toLowerCase()} `;
  const surnames = new Set([surnameOf(speaker)]);
  const choices: string[] = [];
  for (const { speaker: who } of spoken) {
    const surname = surnameOf(who);
    if (who.kind !== speaker.kind || same.has(who.key) || surnames.has(surname) || askedWords.includes(` ${surname}`))
      continue;
    surnames.add(surname);
    choices.push(speakerChoice(who));
    if (choices.length >= CHOICES - 1) break;
  }
  return choices;
}

/** The surnames of the people an article names, and its names of places and bodies of two words or more. */
const peopleOf = perArticle((bank, article): ReadonlySet<string> => {
  const names = new Set(speechesIn(bank, article).map((o) => surnameOf(o.speaker)));
  for (const s of bank.sentencesOf.get(article) ?? [])
    for (const p of s.phrases) {
      if (p.kind === 'person' && p.text.includes(' ')) names.add(p.text.split(' ').at(-1)!.toLowerCase());
      // "Westminster Bridge", "Munich Re", "Sri Lanka": a name of two words or more is the story's.
      else if ((p.kind === 'place' || p.kind === 'organisation') && p.text.includes(' '))
        names.add(p.text.toLowerCase());
    }
  return names;
});

/**
 * Words an article writes capitalised inside a sentence, not at its start nor at a quotation's:
 * names, which keep their capital when a quotation is restated ("that Fosters has done ...").
 */
const namesOf = perArticle((bank, article): ReadonlySet<string> => {
  const found = new Set<string>();
  for (const s of bank.sentencesOf.get(article) ?? [])
    for (const [i, t] of s.tokens.entries())
      if (i > 0 && /^[A-Z]/.test(t.text) && !/^["“‘:(]$/.test(s.tokens[i - 1]!.text)) found.add(t.text);
  return found;
});

/** "the chip in", "the union of": a thing named by "the" and one noun, which the article named before. */
function barelyNamed(speech: Speech): boolean {
  const { tokens } = speech.sentence;
  for (let k = speech.content.first; k < speech.content.last; k++) {
    const next = tokens[k + 2];
    if (
      tokens[k]!.text.toLowerCase() === 'the' &&
      tokens[k + 1]!.pos === 'NOUN' &&
      !/NOUN|PROPN|PART/.test(next?.pos ?? '') &&
      next?.text !== 'of'
    )
      return true;
  }
  return false;
}

const NAME = 'who-said';

/** The question one speech makes: its predicate, its words restated, or the quotation as it stands. */
function whoSaid(speech: Speech, bank: BankMaterial): Draft | undefined {
  // "Ian Fogg agreed that the Mac mini could be popular": someone else said so first.
  if (speech.verb === 'agree') return undefined;
  const title = bank.articles.find((a) => a.id === speech.sentence.article)?.title ?? '';
  // A report asked in its own words; a quotation, or words before their attribution, restated.
  const restated =
    speech.form === 'clause' || speech.form === 'object'
      ? reportedPredicate(speech)
      : restatedSpeech(speech, (word) => namesOf(bank, speech.sentence.article).has(word));
  let asked: { template: 'who-said' | 'who-said-quote'; slots: Record<string, string>; words: string };
  if ('text' in restated) {
    asked = { template: 'who-said', slots: { predicate: restated.text }, words: restated.text };
  } else {
    const quote = quotedAsIs(speech);
    if (!('text' in quote)) return undefined;
    const verb = askedVerb(speech.verb);
    asked = { template: 'who-said-quote', slots: { verb, quote: quote.text }, words: `${verb} “${quote.text}”` };
  }
  const answer = speakerChoice(speech.speaker);
  // "the chip", "the union": which, the article's title says. (A question that names nothing at
  // all is given its title where the generator gathers the drafts.)
  const slots = barelyNamed(speech) ? { ...asked.slots, title } : asked.slots;
  const others = otherSpeakers(speech, asked.words, bank);
  return {
    kind: asked.template === 'who-said' ? NAME : QUOTED,
    sentence: speech.sentence,
    ...(speech.support.length > 0 ? { support: speech.support } : {}),
    prompt: prompt(asked.template, slots),
    answer,
    answerKind: speech.speaker.kind,
    wh: 'Who',
    // Three wrong speakers or none: a choice among two is half a guess.
    ...(others.length >= CHOICES - 1 ? { choices: [answer, ...others] } : {}),
    simplified: false,
  };
}

/** Both kinds' drafts, made once per bank. */
const drafted = new WeakMap<BankMaterial, Draft[]>();
function drafts(bank: BankMaterial): Draft[] {
  let found = drafted.get(bank);
  if (!found) drafted.set(bank, (found = speechesOf(bank).flatMap((s) => whoSaid(s, bank) ?? [])));
  return found;
}

const build: QuestionKind['build'] = (draft, context) =>
  draft.choices
    ? fixedChoiceQuestion(draft, 'attribution', context)
    : foundChoiceQuestion(draft, 'attribution', context);

/** "Who warned that ...?": the speaker of reported speech or of a quotation restated. */
export const whoSaidKind: QuestionKind = {
  name: NAME,
  skill: 'attribution',
  label: 'who said: the speaker of reported or quoted words, restated',
  weight: 0.85,
  idSuffix: 'said',
  answerFromText: true,
  draft: (bank) => drafts(bank).filter((d) => d.kind === NAME),
  checks: [],
  build,
};

const QUOTED = 'who-quoted';

/** 'Who said, “...”?': a quotation that cannot be restated, asked as it stands. */
export const whoQuotedKind: QuestionKind = {
  name: QUOTED,
  skill: 'attribution',
  label: 'who said it: the speaker of a quotation',
  weight: 0.7,
  idSuffix: 'quoted',
  answerFromText: true,
  draft: (bank) => drafts(bank).filter((d) => d.kind === QUOTED),
  checks: [],
  build,
};
