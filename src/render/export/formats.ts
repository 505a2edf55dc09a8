import type { Bank } from '../../bank/index.js';

export interface ExportFormatSpec {
  readonly label: string;
  /** The file name ending it suggests. */
  readonly extension: string;
  /** Text, which may go to standard output; otherwise bytes (a zip). */
  readonly text: boolean;
  readonly render: (bank: Bank) => Promise<string | Uint8Array>;
  /** Questions of this bank the format cannot carry faithfully: the export is refused, naming each. */
  readonly problems?: (bank: Bank) => Promise<string[]>;
  /** The platform that grades short answers from this format, which compares them more strictly than the quiz. */
  readonly grader?: string;
}

/**
 * Every export format as data: what it is for, the file name it suggests, whether it can go to
 * standard output, and its renderer, loaded only when that format is asked for.
 */
export const EXPORT_FORMATS = {
  gift: {
    label: 'Moodle GIFT',
    extension: '.gift',
    text: true,
    render: async (bank: Bank) => (await import('./gift.js')).renderGift(bank),
    problems: async (bank: Bank) => (await import('./gift.js')).giftProblems(bank),
    grader: 'Moodle',
  },
  'moodle-xml': {
    label: 'Moodle XML',
    extension: '.xml',
    text: true,
    render: async (bank: Bank) => (await import('./moodle-xml.js')).renderMoodleXml(bank),
    grader: 'Moodle',
  },
  qti: {
    label: 'QTI 1.2 zip for Canvas',
    extension: '.zip',
    text: false,
    render: async (bank: Bank) => {
      const [{ renderQti }, { zipFiles }] = await Promise.all([import('./qti.js'), import('./zip.js')]);
      return zipFiles(renderQti(bank));
    },
    grader: 'Canvas',
  },
  csv: {
    label: 'CSV flashcards: front, back, source',
    extension: '.csv',
    text: true,
    render: async (bank: Bank) => (await import('./csv.js')).renderCsv(bank),
  },
  json: {
    label: 'JSON of the whole resolved bank',
    extension: '.json',
    text: true,
    render: async (bank: Bank) => (await import('./json.js')).renderJson(bank),
  },
} as const satisfies Record<string, ExportFormatSpec>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];
