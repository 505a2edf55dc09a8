import type { PrintDocument, KeySource, PrintedQuestion, PrintJob, Version, PacketArticle } from '../../print/index.js';
import { keyGridRows, marksLabel, outletText, totalMarks, versionLabel } from './labels.js';
import { PAPERS, type Paper } from './paper.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Bank text is untrusted: every character HTML gives a meaning to is escaped, in text and attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export interface HtmlLayout {
  readonly paper: Paper;
}

/**
 * One document of a print run as a single self-contained HTML file: no scripts, no external
 * resources, print CSS that sets the paper and keeps each question (and each key entry) on one page.
 */
export function renderHtml(document: PrintDocument, job: PrintJob, layout: HtmlLayout): string {
  const { heading, sheets } = DOCUMENTS[document.kind](document as never, job);
  const body = sheets.map((sheet, i) => `<main class="sheet sheet-${i + 1}">\n${sheet.parts.join('\n')}\n</main>`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(heading)}</title>`,
    `<style>${style(layout.paper)}${sheets.map((sheet, i) => footer(i + 1, sheet.footer)).join('')}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A CSS string holding any text: quotes, backslashes, line breaks and `<` (which could end the
 * style element) written as escapes.
 */
const cssString = (text: string) => `"${text.replace(/["\\<>&\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/**
 * Each sheet's footer on every page it prints on, as the PDF has it: the title and version, and
 * the page number, so that loose pages find their set.
 */
const footer = (n: number, text: string) =>
  `\n@page sheet-${n} { @bottom-center { content: ${cssString(`${text} · page `)} counter(page) " of " counter(pages); font-size: 8pt; } }\n.sheet-${n} { page: sheet-${n}; }`;

const style = (paper: Paper) => `
@page { size: ${PAPERS[paper].css}; margin: 18mm 16mm; }
body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.4; color: #000; max-width: 46em; margin: 2em auto; padding: 0 1em; }
@media print { body { max-width: none; margin: 0; padding: 0; } }
h1 { font-size: 16pt; margin: 0 0 .2em; }
h2 { font-size: 13pt; margin: 1.4em 0 .3em; break-after: avoid; }
.version { font-weight: bold; margin: 0 0 .8em; }
.fields { display: flex; gap: 1.5em; margin: 0 0 .8em; }
.instructions { font-style: italic; font-size: 10pt; margin: 0 0 1.5em; }
.score .total { float: right; }
h2.group { font-size: 12pt; margin: 1.2em 0 .5em; break-after: avoid; page-break-after: avoid; }
.marks { float: right; font-weight: normal; text-indent: 0; padding-left: 1em; }
.grid { border-collapse: collapse; width: 100%; margin: 0 0 1em; }
.grid td { padding: .15em .4em .15em 0; vertical-align: top; width: 20%; }
.grid .number { width: 2.4em; }
p.total { margin: .6em 0 0; }
.field { flex: 1; border-bottom: 1px solid #000; padding-top: 1em; }
.field:first-child { flex: 2; }
.question, .entry, .paragraph { break-inside: avoid; page-break-inside: avoid; }
.question { margin: 0 0 1.1em; }
.prompt, .answer { margin: 0 0 .3em; }
/* Numbers right-aligned in a column of their own, so 9. and 10. line up and so does the text after them. */
.prompt, .entry > .answer, .paragraph { padding-left: 2.4em; text-indent: -2.4em; }
.number { display: inline-block; width: 2.4em; padding-right: .5em; box-sizing: border-box; text-indent: 0; text-align: right; font-weight: bold; font-variant-numeric: tabular-nums; }
.choices { list-style: none; margin: 0; padding-left: 2.4em; }
.choices li { margin: .1em 0; }
.correct { font-weight: bold; }
.true-false { padding-left: 2.4em; margin: 0; word-spacing: .3em; }
.ruled { margin-left: 2.4em; height: 1.9em; border-bottom: 1px solid #000; }
.entry { margin: 0 0 .9em; }
.source { margin: .2em 0 0 2.4em; font-size: 10pt; }
.sentence { font-style: italic; }
.sentence mark { background: none; font-weight: bold; font-style: normal; }
.explanation { margin: .2em 0 0 2.4em; font-style: italic; }
.details { color: #333; margin: 0 0 .8em; }
.paragraph { margin: 0 0 .6em; }
.paragraph .number { font-weight: normal; }
.article + .article { break-before: page; page-break-before: always; }
.sheet + .sheet { break-before: page; page-break-before: always; }
`;

/** A sheet starts on a new page and has its own footer; a document is one sheet or more. */
type Sheet = { parts: readonly string[]; footer: string };
type Part = { heading: string; sheets: readonly Sheet[] };

const DOCUMENTS: {
  [K in PrintDocument['kind']]: (document: Extract<PrintDocument, { kind: K }>, job: PrintJob) => Part;
} = {
  quiz: ({ version }, job) => {
    const heading = `${job.title} — ${versionLabel(version)}`;
    return {
      heading,
      sheets: [{ parts: [quizHeader(job, version), ...groupedQuestions(version, job, false)], footer: heading }],
    };
  },
  key: ({ version, sources }, job) => {
    const heading = `${job.title} — Answer key, ${versionLabel(version)}`;
    const label = `Answer key · ${versionLabel(version)}`;
    return {
      heading,
      sheets: [
        { parts: [header(job.title, label), keyGrid(version, job)], footer: heading },
        ...(sources
          ? [{ parts: [header(job.title, `${label} · sources`), ...version.questions.map(keyEntry)], footer: heading }]
          : []),
      ],
    };
  },
  teacher: ({ versions }, job) => ({
    heading: `${job.title} — Teacher's copy`,
    sheets: versions.map((version) => ({
      parts: [header(job.title, `Teacher's copy · ${versionLabel(version)}`), ...groupedQuestions(version, job, true)],
      footer: `${job.title} — Teacher's copy, ${versionLabel(version)}`,
    })),
  }),
  articles: (_document, job) => ({
    heading: `${job.title} — Articles`,
    sheets: [
      {
        parts: [header(job.title, 'Articles'), ...job.articles.map(article)],
        footer: `${job.title} — Articles`,
      },
    ],
  }),
};

const header = (title: string, label: string): string =>
  `<h1>${escapeHtml(title)}</h1>\n<p class="version">${escapeHtml(label)}</p>`;

/** The students' header: title, version, lines for name, class and date (and the score), and what to do. */
function quizHeader(job: PrintJob, version: Version): string {
  const score =
    job.marks === undefined
      ? ''
      : `<span class="field score">Score: <span class="total">/ ${totalMarks(job, version)}</span></span>`;
  return [
    header(job.title, versionLabel(version)),
    `<div class="fields"><span class="field">Name:</span><span class="field">Class:</span><span class="field">Date:</span>${score}</div>`,
    `<p class="instructions">${escapeHtml(job.instructions)}</p>`,
  ].join('\n');
}

/** Each group's heading, then its questions. */
const groupedQuestions = (version: Version, job: PrintJob, marked: boolean): string[] =>
  version.groups.flatMap((group) => [
    ...(group.heading === undefined ? [] : [`<h2 class="group">${escapeHtml(group.heading)}</h2>`]),
    ...group.questions.map((q) => question(q, marked, job.marks)),
  ]);

/** Every answer of the version on one page, read down the columns: what a teacher marks from. */
function keyGrid(version: Version, job: PrintJob): string {
  const rows = keyGridRows(version).map(
    (row) =>
      `<tr>${row.map((q) => `<td><span class="number">${q.number}.</span> ${escapeHtml(q.keyAnswer)}</td>`).join('')}</tr>`,
  );
  const total = job.marks === undefined ? '' : `\n<p class="total">Total: ${totalMarks(job, version)} marks</p>`;
  return `<table class="grid">\n${rows.join('\n')}\n</table>${total}`;
}

function question(q: PrintedQuestion, marked: boolean, marks: number | undefined): string {
  const label = marksLabel(marks);
  const trailer = label === undefined ? '' : `<span class="marks">${label}</span>`;
  const prompt = `<p class="prompt">${trailer}<span class="number">${q.number}.</span> ${escapeHtml(q.prompt)}</p>`;
  return `<section class="question" id="q${q.number}">\n${prompt}\n${answerSpace(q, marked)}\n${marked ? teacherNotes(q) : ''}</section>`;
}

function answerSpace(q: PrintedQuestion, marked: boolean): string {
  const cls = (correct: boolean) => (marked && correct ? ' class="correct"' : '');
  const tick = (correct: boolean) => (marked && correct ? ' ← answer' : '');
  const bubble = (correct: boolean) => (marked && correct ? '●' : '○');
  switch (q.type) {
    case 'multiple-choice':
      return `<ul class="choices">${q.choices.map((c) => `<li${cls(c.correct)}>${bubble(c.correct)} ${c.letter}. ${escapeHtml(c.text)}${tick(c.correct)}</li>`).join('')}</ul>`;
    case 'true-false':
      return `<p class="true-false">${q.choices.map((c) => `<span${cls(c.correct)}>${bubble(c.correct)} ${c.text}${tick(c.correct)}</span>`).join('&emsp;')}</p>`;
    case 'short-answer':
      return marked
        ? `<p class="answer choices correct">${escapeHtml(q.keyAnswer)}${alsoAccepted(q)}</p>`
        : '<div class="ruled"></div><div class="ruled"></div>';
  }
}

function teacherNotes(q: PrintedQuestion): string {
  const explanation = q.explanation === undefined ? '' : `<p class="explanation">${escapeHtml(q.explanation)}</p>\n`;
  return `${explanation}${q.sources.map(source).join('\n')}\n`;
}

function keyEntry(q: PrintedQuestion): string {
  const detail = q.type === 'multiple-choice' ? ` — ${escapeHtml(q.keyDetail[0] ?? '')}` : alsoAccepted(q);
  const answer = `<p class="answer"><span class="number">${q.number}.</span> <strong>${escapeHtml(q.keyAnswer)}</strong>${detail}</p>`;
  return `<section class="entry">\n${answer}\n${q.sources.map(source).join('\n')}\n</section>`;
}

const alsoAccepted = (q: PrintedQuestion) =>
  q.type === 'short-answer' && q.keyDetail.length > 0
    ? ` <span class="accepted">(also accepted: ${q.keyDetail.map(escapeHtml).join('; ')})</span>`
    : '';

function source(s: KeySource, index: number): string {
  const where = `“${escapeHtml(s.title)}”${escapeHtml(outletText(s.outlet))}, paragraph ${s.paragraph}`;
  const sentence = `<span class="sentence">“${escapeHtml(s.before)}<mark>${escapeHtml(s.marked)}</mark>${escapeHtml(s.after)}”</span>`;
  return `<p class="source">${index === 0 ? 'Source' : 'Also in'}: ${where}: ${sentence}</p>`;
}

function article(entry: PacketArticle): string {
  const details = [entry.outlet, entry.published]
    .filter((d) => d !== undefined)
    .map((d) => escapeHtml(d))
    .join(' · ');
  const paragraphs = entry.paragraphs.map(
    (p) => `<p class="paragraph"><span class="number">${p.number}</span>${escapeHtml(p.text)}</p>`,
  );
  return [
    '<section class="article">',
    `<h2>${escapeHtml(entry.title)}</h2>`,
    ...(details ? [`<p class="details">${details}</p>`] : []),
    ...paragraphs,
    '</section>',
  ].join('\n');
}
