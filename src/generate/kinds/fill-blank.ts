import { foundChoiceQuestion } from '../candidate.js';
import { leavesWhichUnsaid, subjectNames } from '../context.js';
import type { Draft } from '../draft.js';
import { approximation } from '../english/questions.js';
import { PERSON_TITLES, ROLE_NOUNS } from '../english/words.js';
import { standsAlone, type AnswerKind } from '../phrases.js';
import { prompt } from '../prompt.js';
import { sentenceText, type WorkingSentence } from '../sentences.js';
import { statementSentences, type BankMaterial, type QuestionKind } from './kind.js';

const NAME = 'fill-blank';

/**
 * "Microsoft chief _____", "Lions boss _____": a person named by a role in a named body is
 * answered from general knowledge, not from the article.
 */
function roleGivesName(d: Draft): boolean {
  if (d.answerKind !== 'person' || !d.phrase) return false;
  const { tokens } = d.sentence;
  const role = tokens[d.phrase.first - 1];
  const body = tokens[d.phrase.first - 2];
  return (
    role !== undefined &&
    body !== undefined &&
    (ROLE_NOUNS.has(role.text.toLowerCase()) || PERSON_TITLES.has(role.text.toLowerCase())) &&
    /^\p{Lu}/u.test(body.text) &&
    body.pos === 'PROPN'
  );
}

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
function blankDrafts(s: WorkingSentence): Draft[] {
  const { tokens, quote } = s;
  const typed = s.phrases
    .filter((p) => standsAlone(tokens, p.first, p.last))
    .sort((a, b) => BLANK_PREFERENCE.indexOf(a.kind) - BLANK_PREFERENCE.indexOf(b.kind))[0];
  if (!typed) return [];
  const target = { first: typed.first + approximation(tokens, typed), last: typed.last };
  const answer = quote.slice(tokens[target.first]!.start, tokens[target.last]!.end);
  const start = tokens[target.first]!.start;
  if (start < s.lead) return [];
  // "about _____ (£2.6bn)": the amount in another currency gives the blank's size away.
  const after = quote.slice(tokens[target.last]!.end).replace(/^\s*\([^()]*\d[^()]*\)/, '');
  const slots = { before: sentenceText(s, s.lead, start), after };
  return [
    {
      kind: NAME,
      sentence: s,
      prompt: prompt('blank', slots),
      answer,
      phrase: typed,
      answerKind: typed.kind,
      simplified: false,
    },
  ];
}

/**
 * How many sentences of each article name each capitalised word: a name the article gives once,
 * in passing ("the attacks on the World Trade Center"), is no point of it, and a blank for it is
 * answered from general knowledge rather than from the article.
 */
function namesCounted(bank: BankMaterial): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [article, sentences] of bank.sentencesOf) {
    for (const s of sentences) {
      const named = new Set(s.tokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => `${article}|${t.text}`));
      for (const key of named) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

const NAME_KINDS: ReadonlySet<AnswerKind> = new Set(['person', 'organisation', 'place']);

function drafts(bank: BankMaterial): Draft[] {
  const named = namesCounted(bank);
  return statementSentences(bank)
    .flatMap(blankDrafts)
    .filter((d) => {
      if (!NAME_KINDS.has(d.answerKind!)) return true;
      // "Maldives islands" is named by "Maldives".
      const last = (d.answer as string)
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .at(-1);
      return last === undefined || (named.get(`${d.sentence.article}|${last}`) ?? 0) >= 2;
    });
}

export const fillBlank: QuestionKind = {
  name: NAME,
  skill: 'detail',
  label: 'fill in the blank: a count, amount, date or name taken out',
  weight: 0.6,
  // A blank asks a reader to recognise a sentence, not to understand it: two an article at most.
  perArticle: 2,
  idSuffix: 'blank',
  answerFromText: true,
  draft: drafts,
  checks: [
    // A blank keeps the whole sentence, its opening phrase too.
    { reason: 'its subject names nothing', fails: (c) => !subjectNames(c.draft.sentence, c.draft.phrase, true) },
    { reason: 'a name its role gives away', fails: (c) => roleGivesName(c.draft) },
    { reason: 'says "the proposals" without which', fails: (c) => leavesWhichUnsaid(c.prompt) },
  ],
  build: (draft, context) => foundChoiceQuestion(draft, 'detail', context),
};
