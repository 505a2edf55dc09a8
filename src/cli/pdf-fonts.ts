import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CitequizError } from '../errors.js';
import type { PdfFontFiles } from '../render/print/fonts.js';

// DejaVu (free licence that allows embedding and redistribution): the PDF standard fonts only
// cover Windows-1252, and quotes from news articles bring letters and marks beyond it. Serif for
// reading on paper; Sans for the characters Serif lacks.
const FILES: Readonly<Record<keyof PdfFontFiles, string>> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSerif.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf',
  fallback: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
};

/** The typefaces a printed PDF embeds, as font file bytes, from the installed dejavu-fonts-ttf. */
export function readPdfFonts(): PdfFontFiles {
  const require = createRequire(import.meta.url);
  const read = (file: string) => {
    try {
      return readFileSync(require.resolve(file));
    } catch (error) {
      throw new CitequizError(
        'output',
        `the font ${file} is missing from this installation (${(error as Error).message}); reinstall citequiz`,
      );
    }
  };
  return {
    regular: read(FILES.regular),
    bold: read(FILES.bold),
    italic: read(FILES.italic),
    fallback: read(FILES.fallback),
  };
}
