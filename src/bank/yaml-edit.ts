import { load, CORE_SCHEMA } from 'js-yaml';
import { isMap, isSeq, parseDocument, stringify } from 'yaml';

/** A source as bank.yaml holds it. */
export interface SourceEntry {
  readonly article: string;
  readonly quote: string;
  readonly paragraph?: number;
}

/** Sources found for the question at `index` of bank.yaml's `questions`, and what to say about them. */
export interface CitationEdit {
  readonly index: number;
  readonly sources: readonly SourceEntry[];
  /** A draft: written with `needs-review: true`. */
  readonly needsReview: boolean;
  /** Comment lines written above the sources (without the `#`). */
  readonly comment: readonly string[];
}

/** A question as appended to bank.yaml: its fields in the order they are written. */
export type QuestionRecord = Readonly<Record<string, unknown>>;

export interface BankEdits {
  readonly cite?: readonly CitationEdit[];
  readonly append?: readonly QuestionRecord[];
}

const OPTIONS = { lineWidth: 0, version: '1.2' } as const;

/**
 * Edits bank.yaml as text, so that everything not edited stays byte for byte as the author wrote
 * it: comments, blank lines, quoting and flow lists. A block-style question list (as people and
 * `generate` write it) is found line by line and spliced, and the result is read back to prove it
 * says what was meant; any other layout (`questions: []`, a question in `{...}`) is edited through
 * the `yaml` package's Document API, which keeps comments but may change spacing. The Document is
 * not the first choice because reading a 10,000-question bank into one takes seconds.
 */
export function editBankYaml(text: string, edits: BankEdits): string {
  if ((edits.cite?.length ?? 0) === 0 && (edits.append?.length ?? 0) === 0) return text;
  const spliced = splice(text, edits);
  return spliced !== undefined && saysWhatWasMeant(text, spliced, edits) ? spliced : throughDocument(text, edits);
}

interface Item {
  /** Offset just after the item's last line of content (before trailing blank lines and comments). */
  readonly end: number;
  /** Column of the item's keys. */
  readonly keyColumn: number;
}

interface BlockList {
  readonly items: readonly Item[];
  readonly dash: number;
  /** Offset where a first item goes when there is none. */
  readonly emptyAt: number;
  /** Whether the author separates questions with a blank line. */
  readonly spaced: boolean;
}

const GAP = /^[ \t]*(?:#.*)?\r?$/;
const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** The top-level `questions:` block list, item by item, or undefined when it is not in block style. */
function blockList(text: string): BlockList | undefined {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const key = lines.findIndex((line) => /^questions:[ \t]*(?:#.*)?\r?$/.test(line));
  if (key < 0) return undefined;
  let dash: number | undefined;
  const items: { start: number; lastContent: number }[] = [];
  let i = key + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (GAP.test(line)) continue;
    const indent = indentOf(line);
    const isItem = /^ *-(?:[ \t]|\r?$)/.test(line);
    dash ??= isItem ? indent : undefined;
    if (dash === undefined || indent < dash || (indent === dash && !isItem)) break;
    if (indent === dash) items.push({ start: i, lastContent: i });
    else items.at(-1)!.lastContent = i;
  }
  const lineEnd = (n: number) => Math.min(starts[n]! + lines[n]!.length + 1, text.length);
  const keyColumn = (item: { start: number; lastContent: number }) => {
    const after = /^( *-[ \t]+)\S/.exec(lines[item.start]!);
    if (after) return after[1]!.length;
    const next = lines.slice(item.start + 1, item.lastContent + 1).find((l) => !GAP.test(l));
    return next === undefined ? (dash ?? 0) + 2 : indentOf(next);
  };
  const spaced =
    items.length > 1 && GAP.test(lines[items[1]!.start - 1] ?? '') && lines[items[1]!.start - 1]!.trim() === '';
  return {
    items: items.map((item) => ({ end: lineEnd(item.lastContent), keyColumn: keyColumn(item) })),
    dash: dash ?? 2,
    emptyAt: lineEnd(key),
    spaced,
  };
}

function splice(text: string, edits: BankEdits): string | undefined {
  const list = blockList(text);
  if (list === undefined) return undefined;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const inserts: { at: number; text: string }[] = [];
  for (const edit of edits.cite ?? []) {
    const item = list.items[edit.index];
    if (item === undefined) return undefined;
    inserts.push({ at: item.end, text: indent(citationText(edit), item.keyColumn, newline) });
  }
  const append = edits.append ?? [];
  if (append.length > 0) {
    let block = stringify(append, OPTIONS);
    if (list.spaced) block = block.replace(/\n(?=- )/g, '\n\n');
    const last = list.items.at(-1);
    const at = last ? last.end : list.emptyAt;
    inserts.push({ at, text: (last && list.spaced ? newline : '') + indent(block, list.dash, newline) });
  }
  // One pass over the text, pieces joined once: a 10,000-question bank gets 10,000 inserts.
  let out = '';
  let from = 0;
  for (const insert of inserts.sort((a, b) => a.at - b.at)) {
    const atLineStart = insert.at === 0 || text[insert.at - 1] === '\n';
    out += text.slice(from, insert.at) + (atLineStart ? '' : newline) + insert.text;
    from = insert.at;
  }
  return out + text.slice(from);
}

/** Reads the edited text back: the questions are those of before, with the edits made, and nothing else. */
function saysWhatWasMeant(before: string, after: string, edits: BankEdits): boolean {
  try {
    const read = (text: string) => (load(text, { schema: CORE_SCHEMA }) as { questions?: unknown[] } | null)?.questions;
    const old = read(before) ?? [];
    const now = read(after);
    const append = edits.append ?? [];
    if (!Array.isArray(now) || now.length !== old.length + append.length) return false;
    const expected = [...old, ...append].map((q): Record<string, unknown> => ({ ...(q as object) }));
    for (const edit of edits.cite ?? []) {
      const q = expected[edit.index];
      if (q === undefined) return false;
      if (edit.needsReview) q['needs-review'] = true;
      q.sources = edit.sources.map(sourceRecord);
    }
    return JSON.stringify(now) === JSON.stringify(expected.map((q, i) => orderLike(q, now[i])));
  } catch {
    return false;
  }
}

/** `q`'s fields in the order `like` has them, so that the comparison ignores where fields were added. */
function orderLike(q: Record<string, unknown>, like: unknown): Record<string, unknown> {
  const order = like && typeof like === 'object' ? Object.keys(like) : [];
  return Object.fromEntries(
    [...order.filter((k) => k in q), ...Object.keys(q).filter((k) => !order.includes(k))].map((k) => [k, q[k]]),
  );
}

/** The edit made through the Document instead: for flow-style lists and questions. */
function throughDocument(text: string, edits: BankEdits): string {
  const doc = parseDocument(text, { keepSourceTokens: false });
  for (const edit of edits.cite ?? []) {
    const item = doc.getIn(['questions', edit.index], true);
    if (!isMap(item)) continue;
    if (edit.needsReview) item.set('needs-review', true);
    const sources = doc.createNode(edit.sources.map(sourceRecord));
    sources.commentBefore = edit.comment.map((line) => ` ${line}`).join('\n') || undefined;
    item.set('sources', sources);
  }
  if ((edits.append?.length ?? 0) > 0) {
    const questions = doc.get('questions', true);
    if (isSeq(questions)) for (const record of edits.append!) questions.items.push(doc.createNode(record));
    else doc.set('questions', doc.createNode(edits.append));
  }
  return doc.toString(OPTIONS);
}

const sourceRecord = (source: SourceEntry) => ({
  article: source.article,
  quote: source.quote,
  ...(source.paragraph === undefined ? {} : { paragraph: source.paragraph }),
});

// A plain scalar that YAML reads back as this same text: it starts with a letter, holds no `:` or
// `#` (which could start a mapping or a comment), no control characters, and is no YAML word.
const PLAIN = /^\p{L}[^:#\p{Cc}]*[^\s:#\p{Cc}]$/u;
const YAML_WORDS = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
/** Text as a YAML scalar: plain where that is safe, otherwise double-quoted (JSON's escapes are YAML's). */
const scalar = (text: string): string => (PLAIN.test(text) && !YAML_WORDS.test(text) ? text : JSON.stringify(text));

/** `needs-review` and `sources`, with the comment above them, as YAML at column 0. */
function citationText(edit: CitationEdit): string {
  let out = edit.comment.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`.trimEnd() + '\n').join('');
  if (edit.needsReview) out += 'needs-review: true\n';
  out += 'sources:\n';
  for (const source of edit.sources) {
    out += `  - article: ${scalar(source.article)}\n    quote: ${scalar(source.quote)}\n`;
    if (source.paragraph !== undefined) out += `    paragraph: ${source.paragraph}\n`;
  }
  return out;
}

/** Every line indented by `column` spaces, with the bank's line ends. */
const indent = (block: string, column: number, newline: string): string =>
  block
    .split('\n')
    .filter((line, i, lines) => i < lines.length - 1 || line !== '')
    .map((line) => (line === '' ? '' : ' '.repeat(column) + line) + newline)
    .join('');
