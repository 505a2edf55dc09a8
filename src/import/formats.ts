import type { ParsedFile } from './types.js';

export interface ImportFormatSpec {
  readonly label: string;
  /** File name endings that mean this format. */
  readonly extensions: readonly string[];
  /** Whether text of unknown origin looks like this format (for `.txt` files and the like). */
  readonly looksLike?: (text: string) => boolean;
  /** The parser, loaded only when this format is read. */
  readonly parse: (text: string) => Promise<ParsedFile>;
}

/** Every format `import` reads, as data: its name, the file endings it goes by, and its parser. */
export const IMPORT_FORMATS = {
  gift: {
    label: 'Moodle GIFT',
    extensions: ['.gift'],
    looksLike: (text: string) => /\{[^{}]*\}/.test(text) && !/^ANSWER:/im.test(text),
    parse: async (text: string) => (await import('./gift.js')).parseGiftFile(text),
  },
  'moodle-xml': {
    label: 'Moodle XML',
    extensions: ['.xml'],
    looksLike: (text: string) => /<quiz[\s>]/.test(text),
    parse: async (text: string) => (await import('./moodle-xml.js')).parseMoodleXmlFile(text),
  },
  csv: {
    label: 'CSV with a header row',
    extensions: ['.csv'],
    parse: async (text: string) => (await import('./csv.js')).parseCsvFile(text),
  },
  aiken: {
    label: 'Moodle Aiken',
    extensions: ['.aiken'],
    looksLike: (text: string) => /^ANSWER:\s*[A-Z]\s*$/im.test(text),
    parse: async (text: string) => (await import('./aiken.js')).parseAikenFile(text),
  },
  md: {
    label: 'Markdown list (text2qti)',
    extensions: ['.md', '.markdown'],
    looksLike: (text: string) => /^\d+\.\s+\S/m.test(text) && /^\*?[a-z]\)\s|^\*\s+\S/m.test(text),
    parse: async (text: string) => (await import('./markdown.js')).parseMarkdownFile(text),
  },
} as const satisfies Record<string, ImportFormatSpec>;

export type ImportFormat = keyof typeof IMPORT_FORMATS;
export const IMPORT_FORMAT_NAMES = Object.keys(IMPORT_FORMATS) as ImportFormat[];

/** The format a file's name gives, else the one its content looks like; undefined when neither tells. */
export function detectFormat(fileName: string, text: string): ImportFormat | undefined {
  const lower = fileName.toLowerCase();
  const byName = IMPORT_FORMAT_NAMES.find((name) =>
    (IMPORT_FORMATS[name].extensions as readonly string[]).some((ext) => lower.endsWith(ext)),
  );
  if (byName) return byName;
  const sniffed = IMPORT_FORMAT_NAMES.filter((name) => {
    const spec: ImportFormatSpec = IMPORT_FORMATS[name];
    return spec.looksLike?.(text) === true;
  });
  return sniffed.length === 1 ? sniffed[0] : undefined;
}
