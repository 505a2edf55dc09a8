import type { QuestionType } from '../bank/question-types.js';
import type { Bank, Question } from '../bank/types.js';
import { CitequizError } from '../errors.js';
import { selectQuestions, type QuizItem } from '../quiz/select.js';
import { sanitize } from '../render/sanitize.js';
import type { Io } from './io.js';
import { say } from './output.js';

/** --article, --type and --count as commander parses them, the same for every command. */
export interface SelectionOptions {
  readonly article?: readonly string[];
  readonly type?: readonly QuestionType[];
  readonly count?: number;
}

export interface Picking {
  /** Shuffles the questions (unless `order` is given) and their choices. */
  readonly seed?: string;
  /** The count when --count is not given; default: every question that matches. */
  readonly defaultCount?: number;
  /** Puts the matching questions in the order to ask them, leaving out any not to ask now. */
  readonly order?: (matching: readonly Question[]) => readonly Question[];
}

/**
 * The questions the options pick, by the one selection every command shares; an option that picks
 * nothing is a message naming it, and a --count larger than what matches takes all and says so.
 */
export function selectFor(bank: Bank, options: SelectionOptions, picking: Picking, io: Io): QuizItem[] {
  const wanted = options.count ?? picking.defaultCount;
  const selected = selectQuestions(
    bank,
    {
      ...(options.article === undefined ? {} : { articles: options.article }),
      ...(options.type === undefined ? {} : { types: options.type }),
      ...(wanted === undefined ? {} : { count: wanted }),
      ...(picking.seed === undefined ? {} : { seed: picking.seed }),
    },
    picking.order,
  );
  switch (selected.kind) {
    case 'empty-bank':
      throw new CitequizError('not-found', `bank "${sanitize(bank.id)}" has no questions yet`);
    case 'unknown-article':
      throw new CitequizError(
        'not-found',
        `no article "${sanitize(selected.article)}" in bank "${sanitize(bank.id)}"; its articles are: ${bank.articles.map((a) => a.id).join(', ')}`,
      );
    case 'no-match':
      throw new CitequizError(
        'not-found',
        `no question in bank "${sanitize(bank.id)}" matches ${optionWords(options).join(' ')}; \`citequiz list\` shows what each article has`,
      );
    case 'selected':
      if (options.count !== undefined && picking.order === undefined && selected.matching < options.count) {
        say(
          io,
          `citequiz: --count ${options.count} asks for more questions than the ${selected.matching} that match; taking all ${selected.matching}.`,
        );
      }
      return [...selected.items];
  }
}

const optionWords = (options: SelectionOptions): string[] => [
  ...(options.article ?? []).map((id) => `--article ${sanitize(id)}`),
  ...(options.type ?? []).map((type) => `--type ${type}`),
];
