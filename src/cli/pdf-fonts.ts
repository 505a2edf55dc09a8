import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CitequizError } from '../errors.js';

/** The typefaces a printed PDF embeds, as font file bytes. */
export interface PdfFontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  readonly italic: Uint8Array;
}

// DejaVu Serif (free licence that allows embedding and redistribution): the PDF standard fonts
// only cover Windows-1252, and quotes from news articles bring letters and marks beyond it.
const FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSerif.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf',
} as const;

export function readPdfFonts(): PdfFontFiles {
  const require = createRequire(import.meta.url);
  const read = (file: string) => {
    try {
      return readFileSync(require.resolve(file));
    } catch (error) {
      throw new CitequizError('output', `the font ${file} is missing from this installation (${(error as Error).message}); reinstall citequiz`);
    }
  };
  return { regular: read(FILES.regular), bold: read(FILES.bold), italic: read(FILES.italic) };
}
