import type { PrintDocument, KeySource, PrintedQuestion, PrintJob, Version, PacketArticle } from '../../print/index.js';
import { keyGridRows, marksLabel, outletText, totalMarks, versionLabel } from './labels.js';

const RULE = '_'.repeat(40);

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * A run of `*`, `_` or `~` can start or end emphasis only where it touches text: with a space (or
 * the edge) on both sides it is only itself, as in `5 * 3` or a `___` blank; `_` inside a word
 * (`snake_case`) is only itself too.
 */
function escapeEmphasis(text: string): string {
  return text.replace(/\*+|_+|~+/g, (run, at: number) => {
    const before = text[at - 1];
    const after = text[at + run.length];
    if (isSpace(before) && isSpace(after)) return run;
    if (run[0] === '_' && isWordChar(before) && isWordChar(after)) return run;
    return run.replace(/./g, '\\$&');
  });
}

/** What would start a block at the start of a line: a heading, quote, list item, rule or underline. */
const BLOCK_START = /^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|[-=_*](?=[-=_*\s]*$))/gm;

/**
 * Bank text in Markdown that reads as plain text and renders as the same text, escaping only what
 * Markdown would act on here (CommonMark lets any ASCII punctuation be escaped): code, links, raw
 * HTML and entities anywhere; emphasis where it could start or end; block markers at a line's
 * start. `6.7`, `5 * 3` and a `___` blank stay as they are. `lineStart` says the text begins a
 * line of the document; text placed after other text on a line only needs its own line breaks
 * watched.
 */
export function escapeMarkdown(text: string, options: { lineStart?: boolean } = {}): string {
  const inline = escapeEmphasis(
    text
      .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
      .replace(/[`[\]<|]/g, '\\$&')
      .replace(/&(?=#?\w+;)/g, '\\&'),
  );
  const escaped = inline.replace(BLOCK_START, (marker, _group, at: number) =>
    at === 0 && !options.lineStart ? marker : marker.replace(/^\d+$/, '$&\\').replace(/^[^\d]/, '\\$&'),
  );
  return escaped;
}

/** One document of a print run as Markdown. */
export function renderMarkdown(document: PrintDocument, job: PrintJob): string {
  const blocks = DOCUMENTS[document.kind](document as never, job);
  return `${blocks.join('\n\n')}\n`;
}

const DOCUMENTS: {
  [K in PrintDocument['kind']]: (document: Extract<PrintDocument, { kind: K }>, job: PrintJob) => string[];
} = {
  quiz: ({ version }, job) => [
    `# ${escapeMarkdown(job.title)} — ${versionLabel(version)}`,
    `Name: ______________________  Class: ____________  Date: ____________${job.marks === undefined ? '' : `  Score: ______ / ${totalMarks(job, version)}`}`,
    `*${escapeMarkdown(job.instructions)}*`,
    ...groupedQuestions(version, job, quizQuestion),
  ],
  key: ({ version, sources }, job) => [
    `# ${escapeMarkdown(job.title)} — Answer key, ${versionLabel(version)}`,
    keyGrid(version),
    ...(job.marks === undefined ? [] : [`Total: ${totalMarks(job, version)} marks`]),
    ...(sources ? ['## Sources', ...version.questions.map(keyEntry)] : []),
  ],
  teacher: ({ versions }, job) => versions.flatMap((version) => teacherVersion(version, job)),
  articles: (_document, job) => [`# ${escapeMarkdown(job.title)} — Articles`, ...job.articles.flatMap(article)],
};

/** Each group's heading, then its questions, each rendered by `render`. */
const groupedQuestions = (
  version: Version,
  job: PrintJob,
  render: (question: PrintedQuestion, marks: number | undefined) => string,
): string[] =>
  version.groups.flatMap((group) => [
    ...(group.heading === undefined ? [] : [`## ${escapeMarkdown(group.heading)}`]),
    ...group.questions.map((question) => render(question, job.marks)),
  ]);

/** The prompt after its number, and the marks it is worth when they are shown. */
const prompt = (question: PrintedQuestion, marks: number | undefined) => {
  const label = marksLabel(marks);
  return `**${question.number}.** ${escapeMarkdown(question.prompt)}${label === undefined ? '' : ` *${label}*`}`;
};

function quizQuestion(question: PrintedQuestion, marks: number | undefined): string {
  return [prompt(question, marks), '', answerSpace(question)].join('\n');
}

/** Every answer of the version in a table, read down the columns: what a teacher marks from. */
function keyGrid(version: Version): string {
  const rows = keyGridRows(version);
  const columns = rows[0]?.length ?? 1;
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(Array.from({ length: columns }, () => ['No.', 'Answer']).flat()),
    line(Array.from({ length: columns }, () => ['--:', '---']).flat()),
    ...rows.map((row) =>
      line(
        Array.from({ length: columns }, (_, i) => row[i]).flatMap((q) =>
          q === undefined ? ['', ''] : [`${q.number}.`, escapeMarkdown(q.keyAnswer)],
        ),
      ),
    ),
  ].join('\n');
}

function answerSpace(question: PrintedQuestion, marked = false): string {
  const tick = (correct: boolean) => (marked && correct ? ' ← answer' : '');
  const bubble = (correct: boolean) => (marked && correct ? '●' : '○');
  switch (question.type) {
    case 'multiple-choice':
      return question.choices
        .map((c) => `- ${bubble(c.correct)} ${c.letter}. ${escapeMarkdown(c.text)}${tick(c.correct)}`)
        .join('\n');
    case 'true-false':
      return question.choices.map((c) => `${bubble(c.correct)} ${c.text}${tick(c.correct)}`).join('  /  ');
    case 'short-answer':
      return marked ? `Answer: **${escapeMarkdown(question.keyAnswer)}**${alsoAccepted(question)}` : `Answer: ${RULE}`;
  }
}

function keyEntry(question: PrintedQuestion): string {
  const detail =
    question.type === 'multiple-choice' ? ` — ${escapeMarkdown(question.keyDetail[0] ?? '')}` : alsoAccepted(question);
  return [
    `**${question.number}.** **${escapeMarkdown(question.keyAnswer)}**${detail}`,
    ...question.sources.map(sourceLine),
  ].join('\n');
}

function teacherVersion(version: Version, job: PrintJob): string[] {
  return [
    `# ${escapeMarkdown(job.title)} — Teacher's copy, ${versionLabel(version)}`,
    ...groupedQuestions(version, job, (question, marks) =>
      [
        prompt(question, marks),
        '',
        answerSpace(question, true),
        ...(question.explanation === undefined ? [] : ['', `*${escapeMarkdown(question.explanation)}*`]),
        '',
        ...question.sources.map(sourceLine),
      ].join('\n'),
    ),
  ];
}

const alsoAccepted = (question: PrintedQuestion) =>
  question.type === 'short-answer' && question.keyDetail.length > 0
    ? ` (also accepted: ${question.keyDetail.map((detail) => escapeMarkdown(detail)).join('; ')})`
    : '';

/** `> “Title” (Outlet), paragraph 4: “… **answer** …”` */
function sourceLine(source: KeySource, index: number): string {
  const where = `“${escapeMarkdown(source.title)}”${escapeMarkdown(outletText(source.outlet))}, paragraph ${source.paragraph}`;
  const sentence = `“${escapeMarkdown(source.before)}**${escapeMarkdown(source.marked)}**${escapeMarkdown(source.after)}”`;
  return `${index === 0 ? '' : '\n'}> ${index === 0 ? 'Source' : 'Also in'}: ${where}:  \n> ${sentence}`;
}

function article(entry: PacketArticle): string[] {
  const details = [entry.outlet, entry.published]
    .filter((d) => d !== undefined)
    .map((d) => escapeMarkdown(d, { lineStart: true }))
    .join(' · ');
  return [
    `## ${escapeMarkdown(entry.title)}`,
    ...(details ? [details] : []),
    ...entry.paragraphs.map((p) => `**${p.number}** ${escapeMarkdown(p.text)}`),
  ];
}
