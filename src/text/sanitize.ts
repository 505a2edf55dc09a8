// Article text is untrusted (docs/ARCHITECTURE.md, The terminal): an escape sequence in a pasted
// article could retitle the terminal, hide text or move the cursor. strip-ansi covers only the ANSI
// escapes, not the other C0 and C1 controls, so this one pattern covers both.
const CONTROL_SEQUENCES =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text safe to print: control sequences removed, tabs and line feeds kept. */
export const sanitize = (text: string): string => text.replace(CONTROL_SEQUENCES, '');
