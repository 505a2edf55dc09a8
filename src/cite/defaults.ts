/** How sure `cite` must be to write a citation as final rather than as a draft, unless told. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;
