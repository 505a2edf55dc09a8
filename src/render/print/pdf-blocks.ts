// What each printed document is made of, as data for the PDF renderer to lay out: blocks of text
// and ruled lines that must each stay on one page. No pdfkit here.
import type { PrintDocument, KeySource, PrintedQuestion, PrintJob, Version, PacketArticle } from '../../print/index.js';
import type { FontStyle } from './fonts.js';
import { keyGridRows, marksLabel, outletText, totalMarks, versionLabel } from './labels.js';

/** A stretch of text in one typeface. */
export interface Run {
  readonly text: string;
  readonly font: FontStyle;
}

/** One cell of a grid: a bold label (a question's number) and its text (the answer). */
export interface Cell {
  readonly label: string;
  readonly text: string;
}

/**
 * What a block is made of: wrapped text (with an optional number hung in the margin, and an
 * optional note such as the marks set against the right margin), a ruled line to write on, or a
 * row of grid cells side by side.
 */
export type Piece =
  | {
      readonly kind: 'text';
      readonly runs: readonly Run[];
      readonly size: number;
      readonly indent: number;
      readonly gap: number;
      readonly hang?: string;
      readonly trailer?: string;
    }
  | { readonly kind: 'rule'; readonly indent: number; readonly height: number }
  | { readonly kind: 'space'; readonly height: number }
  | { readonly kind: 'cells'; readonly cells: readonly Cell[]; readonly columns: number; readonly size: number };

/** Pieces that must stay on one page: a question with its choices, a key entry, a paragraph. */
export type Block = readonly Piece[];

const BODY = 10.5;
const SMALL = 9.5;
const INDENT = 22;

const text = (
  runs: readonly Run[] | string,
  options: { size?: number; indent?: number; gap?: number; hang?: string; font?: FontStyle; trailer?: string } = {},
): Piece => ({
  kind: 'text',
  runs: typeof runs === 'string' ? [{ text: runs, font: options.font ?? 'regular' }] : runs,
  size: options.size ?? BODY,
  indent: options.indent ?? INDENT,
  gap: options.gap ?? 3,
  ...(options.hang === undefined ? {} : { hang: options.hang }),
  ...(options.trailer === undefined ? {} : { trailer: options.trailer }),
});

export interface PdfPages {
  /** Each section starts on a new page. */
  readonly sections: readonly (readonly Block[])[];
  readonly heading: string;
  /** Each section's footer, on every page it prints on. */
  readonly footers: readonly string[];
}

export const pdfLayout = (document: PrintDocument, job: PrintJob): PdfPages =>
  DOCUMENTS[document.kind](document as never, job);

const DOCUMENTS: {
  [K in PrintDocument['kind']]: (document: Extract<PrintDocument, { kind: K }>, job: PrintJob) => PdfPages;
} = {
  quiz: ({ version }, job) => ({
    heading: `${job.title} — ${versionLabel(version)}`,
    footers: [`${job.title} — ${versionLabel(version)}`],
    sections: [[quizHeader(job, version), ...groupedQuestions(version, job, false)]],
  }),
  key: ({ version, sources }, job) => {
    const label = `Answer key · ${versionLabel(version)}`;
    return {
      heading: `${job.title} — Answer key, ${versionLabel(version)}`,
      footers: [0, 1].map(() => `${job.title} — Answer key, ${versionLabel(version)}`),
      sections: [
        [header(job.title, label), ...keyGrid(version, job)],
        ...(sources ? [[header(job.title, `${label} · sources`), ...version.questions.map(keyEntry)]] : []),
      ],
    };
  },
  teacher: ({ versions }, job) => ({
    heading: `${job.title} — Teacher's copy`,
    footers: versions.map((version) => `${job.title} — Teacher's copy, ${versionLabel(version)}`),
    sections: versions.map((version: Version) => [
      header(job.title, `Teacher's copy · ${versionLabel(version)}`),
      ...groupedQuestions(version, job, true),
    ]),
  }),
  articles: (_document, job) => ({
    heading: `${job.title} — Articles`,
    footers: job.articles.map(() => `${job.title} — Articles`),
    sections: job.articles.map((entry, i) => [...(i === 0 ? [header(job.title, 'Articles')] : []), ...article(entry)]),
  }),
};

function header(title: string, label: string): Block {
  return [
    text(title, { font: 'bold', size: 16, indent: 0, gap: 2 }),
    text(label, { font: 'bold', size: 12, indent: 0, gap: 16 }),
  ];
}

/** The students' header: title, version, lines for name, class and date (and the score), and what to do. */
function quizHeader(job: PrintJob, version: Version): Block {
  const score = job.marks === undefined ? '' : `   Score: ______ / ${totalMarks(job, version)}`;
  return [
    text(job.title, { font: 'bold', size: 16, indent: 0, gap: 2 }),
    text(versionLabel(version), { font: 'bold', size: 12, indent: 0, gap: 14 }),
    text(`Name: ________________________   Class: ___________   Date: ___________${score}`, { indent: 0, gap: 10 }),
    text(job.instructions, { font: 'italic', size: SMALL, indent: 0, gap: 16 }),
  ];
}

/** Each group's heading (kept on the page of its first question), then its questions. */
function groupedQuestions(version: Version, job: PrintJob, marked: boolean): Block[] {
  return version.groups.flatMap((group) =>
    group.questions.map((q, i) => {
      const block = question(q, marked, job.marks);
      if (i > 0 || group.heading === undefined) return block;
      return [text(group.heading, { font: 'bold', size: 12, indent: 0, gap: 8 }), ...block];
    }),
  );
}

/** Every answer of the version on one page, read down the columns: what a teacher marks from. */
function keyGrid(version: Version, job: PrintJob): Block[] {
  const rows = keyGridRows(version);
  const columns = rows[0]?.length ?? 1;
  const grid = rows.map((row): Block => [
    { kind: 'cells', columns, size: BODY, cells: row.map((q) => ({ label: `${q.number}.`, text: q.keyAnswer })) },
  ]);
  const total =
    job.marks === undefined ? [] : [[text(`Total: ${totalMarks(job, version)} marks`, { indent: 0, gap: 4 })]];
  return [...grid, ...total];
}

function question(q: PrintedQuestion, marked: boolean, marks: number | undefined): Block {
  const trailer = marksLabel(marks);
  return [
    text(q.prompt, { hang: `${q.number}.`, gap: 4, ...(trailer === undefined ? {} : { trailer }) }),
    ...answerSpace(q, marked),
    ...(marked ? teacherNotes(q) : []),
    { kind: 'space', height: 8 },
  ];
}

function answerSpace(q: PrintedQuestion, marked: boolean): Piece[] {
  const face = (correct: boolean): FontStyle => (marked && correct ? 'bold' : 'regular');
  const bubble = (correct: boolean) => (marked && correct ? '●' : '○');
  const tick = (correct: boolean) => (marked && correct ? '  ← answer' : '');
  switch (q.type) {
    case 'multiple-choice':
      return q.choices.map((c) =>
        text(`${bubble(c.correct)} ${c.letter}. ${c.text}${tick(c.correct)}`, {
          font: face(c.correct),
          indent: INDENT + 8,
          gap: 2,
        }),
      );
    case 'true-false':
      return [
        text(
          q.choices.map((c, i) => ({
            text: `${i > 0 ? '        ' : ''}${bubble(c.correct)} ${c.text}${tick(c.correct)}`,
            font: face(c.correct),
          })),
          { indent: INDENT + 8, gap: 2 },
        ),
      ];
    case 'short-answer':
      return marked
        ? [
            text(
              [
                { text: q.keyAnswer, font: 'bold' },
                { text: alsoAccepted(q), font: 'regular' },
              ],
              { indent: INDENT + 8 },
            ),
          ]
        : [
            { kind: 'rule', indent: INDENT + 8, height: 22 },
            { kind: 'rule', indent: INDENT + 8, height: 22 },
          ];
  }
}

function teacherNotes(q: PrintedQuestion): Piece[] {
  return [
    ...(q.explanation === undefined ? [] : [text(q.explanation, { font: 'italic', indent: INDENT + 8, size: SMALL })]),
    ...q.sources.map((s, i) => source(s, i)),
  ];
}

function keyEntry(q: PrintedQuestion): Block {
  const detail = q.type === 'multiple-choice' ? ` — ${q.keyDetail[0] ?? ''}` : alsoAccepted(q);
  return [
    text(
      [
        { text: q.keyAnswer, font: 'bold' },
        { text: detail, font: 'regular' },
      ],
      { hang: `${q.number}.`, gap: 2 },
    ),
    ...q.sources.map((s, i) => source(s, i)),
    { kind: 'space', height: 6 },
  ];
}

const alsoAccepted = (q: PrintedQuestion) =>
  q.type === 'short-answer' && q.keyDetail.length > 0 ? ` (also accepted: ${q.keyDetail.join('; ')})` : '';

function source(s: KeySource, index: number): Piece {
  const sentence: Run[] = [
    { text: s.before, font: 'italic' },
    { text: s.marked, font: 'bold' },
    { text: s.after, font: 'italic' },
  ].filter((run): run is Run => run.text !== '');
  return text(
    [
      {
        text: `${index === 0 ? 'Source' : 'Also in'}: “${s.title}”${outletText(s.outlet)}, paragraph ${s.paragraph}: `,
        font: 'regular',
      },
      ...quoted(sentence),
    ],
    { size: SMALL, indent: INDENT + 8, gap: 2 },
  );
}

/** The quotation marks join the first and last words, so a line never ends on an opening mark. */
function quoted(runs: readonly Run[]): Run[] {
  return runs.map((run, i) => ({
    font: run.font,
    text: `${i === 0 ? '“' : ''}${run.text}${i === runs.length - 1 ? '”' : ''}`,
  }));
}

function article(entry: PacketArticle): Block[] {
  const details = [entry.outlet, entry.published].filter((d) => d !== undefined).join(' · ');
  const title: Block = [
    text(entry.title, { font: 'bold', size: 13, indent: 0, gap: details ? 2 : 10 }),
    ...(details ? [text(details, { indent: 0, gap: 10, size: SMALL })] : []),
  ];
  return [title, ...entry.paragraphs.map((p): Block => [text(p.text, { hang: String(p.number), gap: 6 })])];
}
