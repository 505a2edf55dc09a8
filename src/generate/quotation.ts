import type { Token } from './nlp.js';
import type { WorkingSentence } from './sentences.js';
import type { Span } from './speech.js';

// Where quotations open and close in an article's sentences. A quotation may go on over several
// sentences, and in news copy over paragraphs: each paragraph of it reopens with a mark.

export const isMark = (t: Token | undefined) => t !== undefined && /^["“”]$/.test(t.text);

/** Which tokens of each sentence stand inside a quotation, followed across sentences. */
export interface Quoting {
  readonly inside: Uint8Array;
  readonly openAtStart: boolean;
  readonly openAtEnd: boolean;
}

export function quoting(sentences: readonly WorkingSentence[]): Quoting[] {
  let open = false;
  let paragraph = -1;
  return sentences.map((s) => {
    const { tokens } = s;
    // A quotation left open at a paragraph's end goes on only where the next one reopens it.
    if (s.paragraph !== paragraph && !isMark(tokens[0])) open = false;
    paragraph = s.paragraph;
    const openAtStart = open;
    const inside = new Uint8Array(tokens.length);
    for (const [i, t] of tokens.entries()) {
      if (!isMark(t)) {
        inside[i] = open ? 1 : 0;
        continue;
      }
      if (t.text === '“') open = true;
      else if (t.text === '”') open = false;
      // A straight mark opening a sentence inside a quotation reopens it (its next paragraph).
      else if (!(i === 0 && open)) open = !open;
    }
    return { inside, openAtStart, openAtEnd: open };
  });
}

/** The quoted runs of a sentence: content tokens only, a closing comma left out. */
export function quotedRuns(s: WorkingSentence, q: Quoting): (Span & { open: number; close: number })[] {
  const runs: (Span & { open: number; close: number })[] = [];
  const { tokens } = s;
  for (let i = 0; i < tokens.length;) {
    if (!q.inside[i]) {
      i++;
      continue;
    }
    const first = i;
    while (i < tokens.length && q.inside[i]) i++;
    let last = i - 1;
    while (last > first && /^[,:]$/.test(tokens[last]!.text)) last--;
    runs.push({ first, last, open: first - 1, close: i });
  }
  return runs;
}

/** Whether every word of a sentence is quoted: a quotation with no attribution of its own. */
export function whollyQuoted(s: WorkingSentence, q: Quoting): boolean {
  return s.tokens.every((t, i) => q.inside[i] || isMark(t) || t.pos === 'PUNCT');
}
