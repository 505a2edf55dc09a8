// Article text is untrusted (docs/ARCHITECTURE.md, The terminal): an escape sequence in a pasted
// article could retitle the terminal, hide text or move the cursor. strip-ansi covers only the ANSI
// escapes, not the other C0 and C1 controls, so this one pattern covers both. The bidirectional embeddings, overrides and
// isolates go too: a right-to-left override makes text read otherwise than it is stored ("Trojan
// Source"), in a terminal and in any program that shows an export.
const CONTROL_SEQUENCES =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// Characters no terminal or file format can carry: a lone half of a surrogate pair is not Unicode text.
const HALF_PAIR = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to print: control sequences removed, a lone surrogate made U+FFFD, tabs and line feeds kept. */
export const sanitize = (text: string): string => {
  const clean = text.replace(CONTROL_SEQUENCES, '');
  return HALF_PAIR.test(clean) ? clean.replace(LONE_SURROGATE, '\uFFFD') : clean;
};

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** True when the text prints as nothing but white space, once its control sequences are removed. */
export const printsBlank = (text: string): boolean =>
  text.trim() === '' || (CONTROL.test(text) && sanitize(text).trim() === '');

// JSON.stringify escapes C0 controls but leaves C1 controls and the bidirectional controls as
// they are, and a `--json` printed to a terminal is still printed.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON with every control character written as a \u escape: the same data for whoever parses it,
 * nothing a terminal acts on for whoever reads it. Such characters occur only inside strings.
 */
export const safeJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
