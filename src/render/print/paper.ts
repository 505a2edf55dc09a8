/** Paper sizes, by the name --paper takes, as each renderer names them. */
export const PAPERS = {
  a4: { pdfkit: 'A4', css: 'A4' },
  letter: { pdfkit: 'LETTER', css: 'letter' },
} as const;
export type Paper = keyof typeof PAPERS;
export const PAPER_NAMES = Object.keys(PAPERS) as Paper[];
