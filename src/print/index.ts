// What src/print offers the rest of the program: a print job (versions, keys, the article packet)
// as documents, data that render/print turns into Markdown, HTML or PDF.
export {
  articleHeading,
  buildPrintJob,
  versionLetter,
  type KeySource,
  type PrintJob,
  type PrintSelection,
  type PrintedChoice,
  type PrintedQuestion,
  type QuestionGroup,
  type Version,
} from './job.js';
export {
  KEY_KINDS,
  printDocuments,
  type KeyKind,
  type NamedDocument,
  type PrintDocument,
  type PrintParts,
} from './documents.js';
export { MAX_VERSIONS, PAPER_NAMES, PRINT_FORMATS, type Paper, type PrintFormat } from './options.js';
export { packetArticles, type PacketArticle, type PacketParagraph } from './packet.js';
