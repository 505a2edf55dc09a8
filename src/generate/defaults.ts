/** Defaults of `citequiz generate`, apart from the generator so the CLI can name them without loading it. */
export const DEFAULT_PER_ARTICLE = 8;
/** Without --seed the same articles still give the same bank. */
export const DEFAULT_SEED = 'citequiz';
