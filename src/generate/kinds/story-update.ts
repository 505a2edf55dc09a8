import { articleName, longDate } from '../article-label.js';
import { fixedChoiceQuestion } from '../candidate.js';
import type { Draft } from '../draft.js';
import { NEGATION } from '../english/questions.js';
import { STORY_UPDATE_CHOICES } from '../english/words.js';
import { prompt } from '../prompt.js';
import type { WorkingSentence } from '../sentences.js';
import { reportsOfOneEvent, TOLD_NEAR_THE_TOP } from '../tolls.js';
import type { BankMaterial, QuestionKind } from './kind.js';

const NAME = 'story-update';

/** Words that end the clause a claim is told in: what follows is another thought. */
const CLAUSE_END = /^(,|;|:|but|which|who|that|while|as|—|–)$/i;
/** The longest clause quoted in the prompt, in words. */
const MAX_WORDS = 24;

/** A clause of `s` around its verb at `verb`: from `from` to before the first word that ends it. */
function clauseOf(s: WorkingSentence, from: number, verb: number): string | undefined {
  let last = verb;
  while (last + 1 < s.tokens.length && !CLAUSE_END.test(s.tokens[last + 1]!.text)) last++;
  if (s.tokens[last]?.pos === 'PUNCT') last--;
  if (last - from + 1 > MAX_WORDS || s.tokens[from]!.start < s.lead) return undefined;
  return s.quote.slice(s.tokens[from]!.start, s.tokens[last]!.end);
}

interface Telling {
  readonly sentence: WorkingSentence;
  readonly verb: string;
  /** The nouns after the verb: what was done ("responsibility", "attack"). */
  readonly objects: ReadonlySet<string>;
  readonly negated: boolean;
  readonly clause: string;
}

/**
 * What a sentence tells of a deed: "No group has claimed the attack" (negated, from its "No"), or
 * "The Islamic State has claimed responsibility for the attack" (from its subject). Only a main
 * verb near the start of its clause, with its nouns after it.
 */
function tellings(s: WorkingSentence): Telling[] {
  const out: Telling[] = [];
  for (const [i, t] of s.tokens.entries()) {
    if (t.pos !== 'VERB' || !/(ed|en)$/.test(t.text)) continue;
    const before = s.tokens.slice(Math.max(0, i - 4), i);
    const negation = before.findIndex((b) => NEGATION.test(b.text) || /^yet$/i.test(b.text));
    const objects = new Set<string>();
    for (const o of s.tokens.slice(i + 1, i + 8)) {
      if (CLAUSE_END.test(o.text)) break;
      if (o.pos === 'NOUN') objects.add(o.lemma.toLowerCase());
    }
    if (objects.size === 0) continue;
    if (negation >= 0) {
      // "no group had yet claimed": the clause opens at its "no".
      const at = before.findIndex((b) => /^(no|nobody|none)$/i.test(b.text));
      if (at < 0) continue;
      const clause = clauseOf(s, i - before.length + at, i);
      if (clause) out.push({ sentence: s, verb: t.lemma.toLowerCase(), objects, negated: true, clause });
    } else if (i <= 12 && s.tokens.slice(0, i).some((b) => b.pos === 'PROPN')) {
      // "Updated | The Islamic State ...": a marker before a bar or dash is no part of the clause.
      const marker = s.tokens.slice(0, i).findLastIndex((b) => /^[|—–]$/.test(b.text));
      const clause = clauseOf(s, marker + 1, i);
      if (clause) out.push({ sentence: s, verb: t.lemma.toLowerCase(), objects, negated: false, clause });
    }
  }
  return out;
}

const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((w) => b.has(w));

/**
 * How a story moved on between two dated reports: the earlier says no one had yet done something
 * ("No group had yet claimed responsibility"), the later that someone has ("ISIS has claimed
 * responsibility"). Asked as what explains the difference; the answer is the order of the reports.
 */
function updateDrafts(bank: BankMaterial): Draft[] {
  const published = new Map(bank.articles.map((a) => [a.id, a.published]));
  // What each report tells near its top is its own news; further down it recalls other events
  // ("ISIS claimed the attack one day later", of Berlin, in a report on London).
  const told = [...bank.sentencesOf.values()]
    .flat()
    .filter((s) => published.get(s.article) && s.index < TOLD_NEAR_THE_TOP)
    .flatMap(tellings);
  const byId = new Map(bank.articles.map((a) => [a.id, a]));
  const name = (id: string) => articleName(byId.get(id)!, bank.articles, bank.labels);
  const drafts: Draft[] = [];
  const paired = new Set<string>();
  for (const earlier of told.filter((t) => t.negated)) {
    for (const later of told) {
      const [a, b] = [earlier.sentence.article, later.sentence.article];
      if (later.negated || a === b || paired.has(`${a}|${b}`)) continue;
      if (later.verb !== earlier.verb || !shares(earlier.objects, later.objects)) continue;
      if (!(published.get(a)! < published.get(b)!)) continue;
      if (!reportsOfOneEvent(bank, a, b)) continue;
      paired.add(`${a}|${b}`);
      drafts.push({
        kind: NAME,
        // Filed under the later report, whose lead the earlier one's toll or point may well ask about.
        sentence: later.sentence,
        support: [earlier.sentence],
        prompt: prompt('story-update', {
          earlier: name(a),
          later: name(b),
          before: earlier.clause,
          after: later.clause,
        }),
        answer: STORY_UPDATE_CHOICES[0]!,
        choices: STORY_UPDATE_CHOICES,
        explanation: `The earlier report was published on ${longDate(published.get(a)!)}, before the later one (${longDate(published.get(b)!)}) reports it.`,
        simplified: true,
      });
    }
  }
  return drafts;
}

export const storyUpdate: QuestionKind = {
  name: NAME,
  skill: 'cross-article',
  label: 'how the story moved on: what an earlier report says had not yet happened, and a later one says had',
  weight: 1.15,
  idSuffix: 'update',
  perArticle: 1,
  answerFromText: false,
  citesEchoes: false,
  draft: updateDrafts,
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'cross-article', context),
};
