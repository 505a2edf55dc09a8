import { fixedChoiceQuestion } from '../candidate.js';
import type { Draft } from '../draft.js';
import { prompt } from '../prompt.js';
import type { BankMaterial, QuestionKind } from './kind.js';
import { countsOnOneFact } from './whose-account.js';

const NAME = 'story-change';

/**
 * How the story developed: where an earlier and a later report count the same thing differently,
 * "How did the figure change?", with the direction and the two figures to tell apart.
 */
function changeDrafts(bank: BankMaterial): Draft[] {
  const published = new Map(bank.articles.map((a) => [a.id, a.published]));
  const drafts: Draft[] = [];
  for (const group of countsOnOneFact(bank)) {
    const dated = group
      .filter(
        (d) => published.get(d.sentence.article) && d.phrase!.value !== undefined && d.prompt.slots.asks === 'subject',
      )
      .sort((a, b) => published.get(a.sentence.article)!.localeCompare(published.get(b.sentence.article)!));
    const earlier = dated[0];
    const later = dated.at(-1);
    if (!earlier || !later || published.get(earlier.sentence.article) === published.get(later.sentence.article))
      continue;
    const [from, to] = [earlier.phrase!, later.phrase!];
    if (from.value === to.value) continue;
    const rose = to.value! > from.value!;
    const answer = `It ${rose ? 'rose' : 'fell'} from ${from.text} to ${to.text}.`;
    drafts.push({
      kind: NAME,
      // Filed under the earlier report, so that the later one's highest-figure question is not
      // crowded out: one question a sentence.
      sentence: earlier.sentence,
      support: [later.sentence],
      prompt: prompt('figure-change', {
        earlier: bank.labels.get(earlier.sentence.article)!,
        later: bank.labels.get(later.sentence.article)!,
        clause: later.prompt.slots.clause!,
      }),
      answer,
      // Each wrong choice could be so, had the reports said otherwise: the same figures the other
      // way round, or one figure in both.
      choices: [
        answer,
        `It ${rose ? 'fell' : 'rose'} from ${to.text} to ${from.text}.`,
        `It stayed at ${from.text} in both reports.`,
        `It stayed at ${to.text} in both reports.`,
      ],
      explanation: `The earlier report gives ${from.text}; the later one gives ${to.text}.`,
      simplified: true,
    });
  }
  return drafts;
}

export const storyChange: QuestionKind = {
  name: NAME,
  skill: 'cross-article',
  label: 'how the story developed: a figure an earlier and a later report give differently',
  weight: 1.15,
  idSuffix: 'change',
  perArticle: 1,
  answerFromText: false,
  citesEchoes: false,
  comparesFigures: true,
  draft: changeDrafts,
  checks: [],
  build: (draft, context) => fixedChoiceQuestion(draft, 'cross-article', context),
};
