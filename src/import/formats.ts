import type { ParsedFile, QuestionFile } from './types.js';

export interface ImportFormatSpec {
  readonly label: string;
  /** File name endings that mean this format. */
  readonly extensions: readonly string[];
  /** Whether text of unknown origin looks like this format (for `.txt` files and the like). */
  readonly looksLike?: (text: string) => boolean;
  /** The parser, loaded only when this format is read. */
  readonly parse: (file: QuestionFile) => Promise<ParsedFile>;
}

/** Every format `import` reads, as data: its name, the file endings it goes by, and its parser. */
export const IMPORT_FORMATS = {
  gift: {
    label: 'Moodle GIFT',
    extensions: ['.gift'],
    looksLike: (text: string) => /\{[^{}]*\}/.test(text) && !/^ANSWER:/im.test(text),
    parse: async (file: QuestionFile) => (await import('./gift.js')).parseGiftFile(file.text()),
  },
  'moodle-xml': {
    label: 'Moodle XML',
    extensions: ['.xml'],
    looksLike: (text: string) => /<quiz[\s>]/.test(text) && !/<questestinterop[\s>]/.test(text),
    parse: async (file: QuestionFile) => (await import('./moodle-xml.js')).parseMoodleXmlFile(file.text()),
  },
  csv: {
    label: 'CSV with a header row',
    extensions: ['.csv'],
    parse: async (file: QuestionFile) => (await import('./csv.js')).parseCsvFile(file.text()),
  },
  aiken: {
    label: 'Moodle Aiken',
    extensions: ['.aiken'],
    looksLike: (text: string) => /^ANSWER:\s*[A-Z]\s*$/im.test(text),
    parse: async (file: QuestionFile) => (await import('./aiken.js')).parseAikenFile(file.text()),
  },
  qti: {
    label: 'QTI 1.2 (Canvas): a .zip package or its assessment .xml',
    extensions: ['.zip'],
    looksLike: (text: string) => /<questestinterop[\s>]/.test(text),
    parse: async (file: QuestionFile) => (await import('./qti.js')).parseQtiFile(file),
  },
  json: {
    label: "citequiz's JSON export",
    extensions: ['.json'],
    parse: async (file: QuestionFile) => (await import('./json.js')).parseJsonFile(file.text()),
  },
  md: {
    label: 'Markdown list (text2qti)',
    extensions: ['.md', '.markdown'],
    looksLike: (text: string) => /^\d+\.\s+\S/m.test(text) && /^\*?[a-z]\)\s|^\*\s+\S/m.test(text),
    parse: async (file: QuestionFile) => (await import('./markdown.js')).parseMarkdownFile(file.text()),
  },
} as const satisfies Record<string, ImportFormatSpec>;

export type ImportFormat = keyof typeof IMPORT_FORMATS;
export const IMPORT_FORMAT_NAMES = Object.keys(IMPORT_FORMATS) as ImportFormat[];

/**
 * The format a file's name gives, else the one its content looks like; undefined when neither
 * tells. An XML file is Moodle XML or QTI by what it holds.
 */
export function detectFormat(fileName: string, file: QuestionFile): ImportFormat | undefined {
  const lower = fileName.toLowerCase();
  const byName = IMPORT_FORMAT_NAMES.find((name) =>
    (IMPORT_FORMATS[name].extensions as readonly string[]).some((ext) => lower.endsWith(ext)),
  );
  if (byName && byName !== 'moodle-xml') return byName;
  let text: string;
  try {
    text = file.text();
  } catch {
    return byName;
  }
  if (byName === 'moodle-xml') return IMPORT_FORMATS.qti.looksLike(text) ? 'qti' : byName;
  const sniffed = IMPORT_FORMAT_NAMES.filter((name) => {
    const spec: ImportFormatSpec = IMPORT_FORMATS[name];
    return spec.looksLike?.(text) === true;
  });
  return sniffed.length === 1 ? sniffed[0] : undefined;
}
