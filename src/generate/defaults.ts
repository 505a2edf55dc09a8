/** Defaults of `citequiz generate`, apart from the generator so the CLI can name them without loading it. */
export const DEFAULT_PER_ARTICLE = 8;
/** Without --seed the same articles still give the same bank. */
export const DEFAULT_SEED = 'citequiz';
/**
 * Characters of an article the generator reads, about 16,000 words: more than the longest news
 * report. What a longer file holds past it (a book, a whole site's text) is not analysed, since
 * the time and memory analysis takes grow with what it reads, and an article's questions need no
 * more than this.
 */
export const MAX_READ_PER_ARTICLE = 100_000;
