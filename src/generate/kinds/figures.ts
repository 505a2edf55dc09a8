import { amountsIn, comparable, type Amount } from '../amounts.js';
import { fixedChoiceQuestion } from '../candidate.js';
import { changesIn, type Change } from '../changes.js';
import { contentWords } from '../distractors.js';
import type { Draft } from '../draft.js';
import {
  againstStandard,
  changeClause,
  opposite,
  standardAsked,
  unchangedClause,
  type Direction,
} from '../english/directions.js';
import { comparisonsIn, type Comparison } from '../forecasts.js';
import { prompt, situate } from '../prompt.js';
import { surroundingsIn } from '../referent.js';
import type { WorkingSentence } from '../sentences.js';
import type { QuestionKind } from './kind.js';

const NAME = 'figures';
const BOUND =
  /^(more than|over|at least|just over|upwards of|less than|fewer than|under|just under|up to|as much as|as little as)\s/i;
const CHOICES = 4;

/** One way of telling a change: which way, and the amounts in their roles. */
interface Telling {
  readonly direction: Direction;
  readonly by?: Amount;
  readonly from?: Amount;
  readonly to?: Amount;
}

/** "They fell by almost 23% to 2.05 euros": a telling in the words of the change's own subject. */
function told(change: Change, t: Telling): string {
  const amounts = [
    t.by ? `by ${t.by.text}` : '',
    t.from ? `from ${t.from.text}` : '',
    t.to ? `to ${t.to.text}` : '',
  ].filter(Boolean);
  return [changeClause({ ...change, direction: t.direction }), ...amounts].join(' ');
}

/** Whether two values are the same to within rounding: then "up by 100 to 200" is true of "up from 100". */
const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.03;

/**
 * The other amounts an article gives that can stand in a wrong choice: of the change's unit and
 * size, said of something else (not in a sentence naming what changed), and not the same change
 * in other words ("20.54 points, or 0.2%").
 */
function otherAmounts(change: Change, sentences: readonly WorkingSentence[], replaced: Amount): Amount[] {
  const subject = contentWords(change.subject.text);
  const own = [change.by, change.from, change.to].filter((a): a is Amount => a !== undefined);
  const out: Amount[] = [];
  for (const s of sentences) {
    const words = contentWords(s.quote);
    const sameThing = s !== change.sentence && [...subject].every((w) => words.has(w));
    if (sameThing) continue;
    for (const a of amountsIn(s.tokens)) {
      if (s === change.sentence) {
        // In the same sentence, only a figure of another clause: "but it is still 40% higher".
        if (a.first <= change.end) continue;
      }
      // Far enough from every figure of the change that no one reads it as a rounding of one.
      if (!comparable(a, replaced) || own.some((o) => Math.abs(o.value - a.value) < Math.max(o.value, a.value) * 0.2))
        continue;
      if (out.some((o) => near(o.value, a.value))) continue;
      out.push(a);
    }
  }
  return out;
}

/**
 * The wrong tellings of a change, each ruled out by the article: the other direction, the figure
 * it rose from given as the amount it rose by, and the article's other figures of the same kind
 * in place of the right one. None may be true as well.
 */
function wrongTellings(change: Change, sentences: readonly WorkingSentence[]): Telling[] {
  const { direction, by, from, to } = change;
  const right: Telling = { direction, ...(by ? { by } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const other = opposite(direction);
  const wrong: Telling[] = [];
  // The other way round: "fell from 38.6 to 21.2" for "rose from 21.2 to 38.6".
  wrong.push(from && to ? { ...right, direction: other, from: to, to: from } : { ...right, direction: other });
  // "rose by 31 percent to 38.6 percent" for "up from 31 percent": true only if the rise was that.
  if (from && to && !by && from.unit === to.unit) {
    const rise = Math.abs(to.value - from.value);
    const relative = (rise / from.value) * 100;
    if (!near(rise, from.value) && !(from.unit === '%' && near(relative, from.value)))
      wrong.push({ direction, by: from, to });
  }
  // "more than 4%": "more than 6%" may be true as well, and "more than 2%" is: such a figure has
  // no wrong stand-in.
  const replaced = by ?? to ?? from;
  if (replaced && !BOUND.test(replaced.approximation)) {
    for (const amount of otherAmounts(change, sentences, replaced)) {
      // Worded as the right one is: "about 1%" beside "about 5%", so that no choice stands out.
      const stand: Amount = { ...amount, text: `${replaced.approximation}${amount.figure}` };
      const swap = (t: Telling): Telling =>
        t.by ? { ...t, by: stand } : t.to === replaced ? { ...t, to: stand } : { ...t, from: stand };
      const candidate = swap(right);
      if (candidate.from && candidate.to && !consistentTelling(candidate)) continue;
      wrong.push(candidate);
      if (!from) wrong.push(swap({ ...right, direction: other }));
    }
  }
  return wrong;
}

const consistentTelling = (t: Telling) =>
  !t.from || !t.to || (t.direction === 'up' ? t.to.value > t.from.value : t.to.value < t.from.value);

function changeDraft(change: Change, sentences: readonly WorkingSentence[]): Draft | undefined {
  const answer = told(change, change);
  const wrong: string[] = [];
  for (const t of wrongTellings(change, sentences)) {
    const text = told(change, t);
    if (text !== answer && !wrong.includes(text)) wrong.push(text);
  }
  // "They were unchanged at 2.05 euros": ruled out as plainly, where the level is given.
  if (wrong.length < 2 && change.to && !change.from) wrong.push(`${unchangedClause(change)} at ${change.to.text}`);
  if (wrong.length < 2) return undefined;
  const happened = { past: 'happened', perfect: 'has happened', pluperfect: 'had happened' }[change.tense];
  return {
    kind: NAME,
    sentence: change.sentence,
    ...(change.subject.support.length > 0 ? { support: change.subject.support } : {}),
    prompt: prompt('what-happened', { tense: happened, subject: change.subject.text, when: change.when }),
    answer,
    // At most three wrong choices, the other way first: every such question should offer it.
    choices: [answer, ...wrong.slice(0, CHOICES - 1)],
    simplified: true,
  };
}

/** "How did X compare with the 0.6% forecast?": above, below, or in line with it. */
function comparisonDraft(c: Comparison): Draft {
  const tell = (how: Direction | 'level') => againstStandard(how, c.words, c.standard, c.tense, c.plural);
  const answer = tell(c.direction);
  const others = (['up', 'down', 'level'] as const).filter((how) => how !== c.direction).map(tell);
  return {
    kind: NAME,
    sentence: c.sentence,
    ...(c.subject.support.length > 0 ? { support: c.subject.support } : {}),
    prompt: prompt('compared-with', {
      auxiliary: c.tense === 'past' ? 'did' : 'does',
      subject: c.subject.text,
      when: c.when,
      standard: standardAsked(c.standard),
    }),
    answer,
    choices: [answer, ...others],
    simplified: true,
  };
}

export const figures: QuestionKind = {
  name: NAME,
  skill: 'figures',
  label: 'key figures: which way a figure moved, by how much, from what to what, against a forecast',
  weight: 0.9,
  idSuffix: 'figures',
  answerFromText: false,
  draft: (bank) => {
    const around = surroundingsIn(bank.sentencesOf);
    const titles = new Map(bank.articles.map((a) => [a.id, a.title]));
    return [...bank.sentencesOf.values()].flatMap((sentences) =>
      sentences
        .flatMap((s) => [
          ...changesIn(s, around(s)).flatMap((c) => changeDraft(c, sentences) ?? []),
          ...comparisonsIn(s, around(s)).map(comparisonDraft),
        ])
        // "What happened to the Dow Jones?" happens every day: without a when, the article says which day.
        .map((d) => (d.prompt.slots.when ? d : { ...d, prompt: situate(d.prompt, titles.get(d.sentence.article)!) })),
    );
  },
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'figures', context),
};
