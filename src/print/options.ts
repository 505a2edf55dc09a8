/** What `citequiz print` can write. */
export const PRINT_FORMATS = ['pdf', 'html', 'md'] as const;
export type PrintFormat = (typeof PRINT_FORMATS)[number];

/** Enough for a version per student in a large class, few enough to notice a typo. */
export const MAX_VERSIONS = 100;

/** Paper sizes for PDF and HTML. */
export const PAPER_NAMES = ['a4', 'letter'] as const;
export type Paper = (typeof PAPER_NAMES)[number];
