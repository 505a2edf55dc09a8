const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(text[index]!);
}

/** True when `text[at, at + length)` neither starts nor ends inside a word: "ridge" is not in "bridge". */
export function onWordEdges(text: string, at: number, length: number): boolean {
  const end = at + length;
  return !(isWordChar(text, at - 1) && isWordChar(text, at)) && !(isWordChar(text, end - 1) && isWordChar(text, end));
}

/** Every place `needle` stands in `text` on word edges, in order. */
export function* findOnWordEdges(text: string, needle: string): Generator<number> {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (onWordEdges(text, at, needle.length)) yield at;
  }
}
