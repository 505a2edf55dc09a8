import { aboutWords, statementQuestion } from '../candidate.js';
import { chooseDistractors } from '../distractors.js';
import type { Draft } from '../draft.js';
import { comparison, standsAlone, type AnswerKind } from '../phrases.js';
import { prompt, renderPrompt } from '../prompt.js';
import { sentenceText, type WorkingSentence } from '../sentences.js';
import { subjectNamesNothing } from './fill-blank.js';
import { statementSentences, type QuestionKind } from './kind.js';

const NAME = 'true-false';

/**
 * Facts a false twin may swap. Not organisations ("Canadian Parliament suspect...") nor places:
 * "attacks in Syria" for "attacks in Europe" may well be true too.
 */
const SWAPPABLE = new Set<AnswerKind>(['count', 'money', 'year', 'date', 'person']);

/** The sentence as a statement to judge, and the same with one fact swapped (chosen later). */
function statementDrafts(s: WorkingSentence): Draft[] {
  if (s.tokens.length > 32 || s.tokens.length < 9) return [];
  const swappable = s.phrases.find(
    (p) => SWAPPABLE.has(p.kind) && p.strong !== false && standsAlone(s.tokens, p.first, p.last),
  );
  const statement = prompt('statement', { statement: sentenceText(s) });
  const drafts: Draft[] = [{ kind: NAME, sentence: s, prompt: statement, answer: true, simplified: false }];
  if (swappable && s.tokens[swappable.first]!.start >= s.lead)
    drafts.push({
      kind: NAME,
      sentence: s,
      prompt: statement,
      answer: false,
      phrase: swappable,
      answerKind: swappable.kind,
      simplified: false,
    });
  return drafts;
}

export const trueFalse: QuestionKind = {
  name: NAME,
  skill: 'detail',
  label: 'true/false: the sentence as stated, or with one fact swapped',
  weight: 0.65,
  idSuffix: 'tf',
  answerFromText: false,
  draft: (bank) => statementSentences(bank).flatMap(statementDrafts),
  checks: [{ reason: 'its subject names nothing', fails: (c) => subjectNamesNothing(c.draft) }],
  build: (draft, context) => {
    if (draft.answer === true || !draft.phrase) return statementQuestion(draft, 'detail', context);
    const phrase = draft.phrase;
    const { quote, tokens } = draft.sentence;
    const direction = comparison(quote, tokens, phrase);
    const [swap] = chooseDistractors(
      {
        answer: phrase.text,
        kind: phrase.kind,
        phrase,
        sentence: draft.sentence,
        about: aboutWords(renderPrompt(draft.prompt)),
        need: 1,
        sameArticleOnly: true,
        ...(direction ? { direction } : {}),
      },
      context.index,
      context.random,
    );
    if (swap === undefined) return undefined;
    const statement = `${sentenceText(draft.sentence, draft.sentence.lead, tokens[phrase.first]!.start)}${swap}${quote.slice(tokens[phrase.last]!.end)}`;
    return statementQuestion(
      {
        ...draft,
        prompt: prompt('statement', { statement }),
        changed: { from: phrase.text, to: swap },
        explanation: `The article gives ${phrase.text}, not ${swap}.`,
      },
      'detail',
      context,
    );
  },
};
