import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type YAMLMap, type YAMLSeq } from 'yaml';

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

interface Splice {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

const OPTIONS = { lineWidth: 0, version: '1.2' } as const;

/**
 * Edits bank.yaml as text, so that everything not edited stays byte for byte as the author wrote
 * it: comments, blank lines, quoting and flow lists. The `yaml` package's Document API finds where
 * each question starts and ends and writes the new parts; block-style banks (as people and
 * `generate` write them) are spliced, and only a bank whose question list or an edited question is
 * in flow style (`[...]`, `{...}`) is rewritten through the Document, which keeps comments but may
 * change spacing.
 */
export function editBankYaml(
  text: string,
  edits: { readonly cite?: readonly CitationEdit[]; readonly append?: readonly QuestionRecord[] },
): string {
  if ((edits.cite?.length ?? 0) === 0 && (edits.append?.length ?? 0) === 0) return text;
  const doc = parseDocument(text, { keepSourceTokens: false });
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const questions = doc.get('questions', true);
  const splices = planSplices(text, doc, questions, edits, newline);
  if (splices === undefined) return throughDocument(doc, edits);
  let out = text;
  for (const splice of [...splices].sort((a, b) => b.at - a.at))
    out = out.slice(0, splice.at) + splice.insert + out.slice(splice.at + splice.remove);
  return out;
}

function planSplices(
  text: string,
  doc: Document,
  questions: unknown,
  edits: { readonly cite?: readonly CitationEdit[]; readonly append?: readonly QuestionRecord[] },
  newline: string,
): Splice[] | undefined {
  const splices: Splice[] = [];
  const items = isSeq(questions) ? (questions as YAMLSeq).items : [];
  if (isSeq(questions) && (questions as YAMLSeq).flow && items.length > 0) return undefined;
  for (const edit of edits.cite ?? []) {
    const item = items[edit.index];
    if (!isMap(item) || item.flow || !item.range) return undefined;
    const column = columnOf(text, (item as YAMLMap).range![0]);
    const block = indent(citationText(edit), column, newline);
    splices.push(atLineStart(text, item.range[1], block, newline));
  }
  const append = edits.append ?? [];
  if (append.length === 0) return splices;
  const last = items.at(-1);
  if (last !== undefined) {
    if (!isMap(last) || !last.range || !items[0] || !isMap(items[0])) return undefined;
    const dash = dashColumn(text, (items[0] as YAMLMap).range![0]);
    const gap = items.length > 1 && blankLineBetween(text, items.at(-2) as YAMLMap, last) ? newline : '';
    const block = append.map((record) => gap + indent(stringify([record], OPTIONS), dash, newline)).join('');
    splices.push(atLineStart(text, last.range[1], block, newline));
    return splices;
  }
  // No questions yet: `questions: []`, `questions:` with nothing after it, or no key at all.
  const block = append.map((record) => indent(stringify([record], OPTIONS), 2, newline)).join('');
  const key = findKey(doc, 'questions');
  if (key === undefined) return [...splices, atLineStart(text, text.length, `questions:${newline}${block}`, newline)];
  if (isSeq(questions) && questions.range) {
    const end = questions.range[1];
    return [...splices, { at: key, remove: end - key, insert: `${newline}${block.replace(/\r?\n$/, '')}` }];
  }
  if (questions === null || (isScalar(questions) && questions.value === null))
    return [...splices, atLineStart(text, key, block, newline)];
  return undefined;
}

/** The edit made through the Document instead: for flow-style lists and questions. */
function throughDocument(
  doc: Document,
  edits: { readonly cite?: readonly CitationEdit[]; readonly append?: readonly QuestionRecord[] },
): string {
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

/** `needs-review` and `sources`, with the comment above them, as YAML at column 0. */
function citationText(edit: CitationEdit): string {
  const comment = edit.comment.map((line) => `# ${line}`.trimEnd() + '\n').join('');
  const fields = {
    ...(edit.needsReview ? { 'needs-review': true } : {}),
    sources: edit.sources.map(sourceRecord),
  };
  return comment + stringify(fields, OPTIONS);
}

/** Every line indented by `column` spaces, with the bank's line ends. */
const indent = (block: string, column: number, newline: string): string =>
  block
    .split('\n')
    .filter((line, i, lines) => i < lines.length - 1 || line !== '')
    .map((line) => (line === '' ? '' : ' '.repeat(column) + line) + newline)
    .join('');

/** Inserts `block` at the start of the line after offset `at` (or at `at` when a line starts there). */
function atLineStart(text: string, at: number, block: string, newline: string): Splice {
  if (at === 0 || text[at - 1] === '\n') return { at, remove: 0, insert: block };
  const end = text.indexOf('\n', at);
  if (end < 0) return { at: text.length, remove: 0, insert: newline + block };
  return { at: end + 1, remove: 0, insert: block };
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Where the `-` of the list item whose content starts at `offset` stands; 2 when it is not on that line. */
function dashColumn(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  const match = /^(\s*)-\s+$/.exec(prefix);
  return match ? match[1]!.length : 2;
}

function blankLineBetween(text: string, before: YAMLMap, after: YAMLMap): boolean {
  if (!before.range || !after.range) return false;
  return /\n[ \t]*\r?\n/.test(text.slice(before.range[1] - 1, after.range[0]));
}

/** The offset just after `key:` at the top level, or undefined when the key is not there. */
function findKey(doc: Document, name: string): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === name);
  if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
  return pair.key.range[1] + 1;
}
