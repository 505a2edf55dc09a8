import type { Paper } from '../../print/index.js';

/** Each paper size --paper takes, as each renderer names it. */
export const PAPERS: Readonly<Record<Paper, { pdfkit: string; css: string }>> = {
  a4: { pdfkit: 'A4', css: 'A4' },
  letter: { pdfkit: 'LETTER', css: 'letter' },
};
export type { Paper };
