// What src/bank offers the rest of the program: a bank folder loaded, every quote resolved and
// every problem a diagnostic with its line; the question types; answers normalised for grading;
// bank.yaml edited in place. Only load.ts touches the disk, through the reader it is given.
export type { Bank, BankArticle, Question, Source } from './types.js';
export {
  CHOICE_LETTERS,
  QUESTION_TYPES,
  QUESTION_TYPE_RULES,
  TRUE_FALSE_CHOICES,
  type QuestionType,
} from './question-types.js';
export {
  DIFFICULTIES,
  SKILLS,
  parseBankFile,
  type ArticleEntry,
  type BankFile,
  type Difficulty,
  type QuestionEntry,
  type Skill,
} from './schema.js';
export { QuoteResolver } from './resolve.js';
export { articleWarnings } from './article-warnings.js';
export {
  ARTICLE_READ_FAILURES,
  ArticleReadError,
  insideBank,
  loadBank,
  locateDiagnostics,
  type LoadInput,
  type LoadResult,
  type ReadArticle,
} from './load.js';
export { answeringArticle, citeQuestion, markedParts, type Citation } from './citation.js';
export { expectedAnswer } from './expected-answer.js';
export { fold, foldText } from './fold.js';
export { normalizeAnswer } from './normalize-answer.js';
export { numberWordsToDigits } from './number-words.js';
export { articlesNamed, findArticle } from './lookup.js';
export { closestId, closestSentence } from './near-match.js';
export { editBankYaml, type BankEdits, type CitationEdit, type QuestionRecord, type SourceEntry } from './yaml-edit.js';
export { parseYaml, type YamlParse, type YamlPath } from './yaml-source.js';
