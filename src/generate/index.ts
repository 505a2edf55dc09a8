// What src/generate offers the rest of the program: questions written from articles, and the bank
// folder they make. The `generate` command imports this on demand; code on a quiz's start-up path
// takes the few light facts it needs (defaults.ts, metadata.ts) from their own modules instead,
// because importing this loads the whole generator.
export {
  bankMaterial,
  generateQuestions,
  type ArticleReport,
  type Generated,
  type GeneratedQuestion,
  type GenerateOptions,
} from './generate.js';
export { bankFiles, type BankFiles } from './bank-files.js';
export { DEFAULT_PER_ARTICLE, DEFAULT_SEED, MAX_READ_PER_ARTICLE } from './defaults.js';
export { loadAnalyser, type Analyse } from './nlp.js';
export type { SourceArticle } from './sentences.js';
