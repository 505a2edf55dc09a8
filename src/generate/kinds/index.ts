// The registry of question kinds: each is one module of this folder, and this list is the only
// other place a new kind is added.
import { articleAdds } from './article-adds.js';
import { bothReport } from './both-report.js';
import { causeEffect } from './cause-effect.js';
import { figures } from './figures.js';
import { factOpinionKind } from './fact-opinion.js';
import { fillBlank } from './fill-blank.js';
import { highestFigure } from './highest-figure.js';
import type { QuestionKind } from './kind.js';
import { mainIdea } from './main-idea.js';
import { saidStanceKind } from './said-stance.js';
import { storyChange } from './story-change.js';
import { storyUpdate } from './story-update.js';
import { trueFalse } from './true-false.js';
import { vocabulary } from './vocabulary.js';
import { whQuestion } from './wh-question.js';
import { whichArticle } from './which-article.js';
import { whoQuotedKind, whoSaidKind } from './who-said.js';
import { whoseAccount } from './whose-account.js';

export const KINDS: readonly QuestionKind[] = [
  mainIdea,
  whQuestion,
  fillBlank,
  trueFalse,
  whichArticle,
  whoseAccount,
  highestFigure,
  bothReport,
  articleAdds,
  storyChange,
  storyUpdate,
  vocabulary,
  causeEffect,
  figures,
  whoSaidKind,
  whoQuotedKind,
  factOpinionKind,
  saidStanceKind,
];

const BY_NAME = new Map(KINDS.map((k) => [k.name, k]));

/** The kind that drafted a question. */
export function kindOf(name: string): QuestionKind {
  const kind = BY_NAME.get(name);
  if (!kind) throw new Error(`no question kind named ${name}`);
  return kind;
}
