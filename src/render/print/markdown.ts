import type { PrintDocument } from '../../print/documents.js';
import type { KeySource, PrintedQuestion, PrintJob, Version } from '../../print/job.js';
import type { PacketArticle } from '../../print/packet.js';
import { outletText, versionLabel } from './labels.js';

const RULE = '_'.repeat(40);

/**
 * Bank text in Markdown that reads as plain text and renders as the same text: the characters that
 * would start emphasis, links, code or raw HTML are escaped with a backslash (CommonMark lets any
 * ASCII punctuation be escaped), and so is anything that would start a block at a line's start.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/^([#>+=-])/gm, '\\$1')
    .replace(/^(\d+)([.)])/gm, '$1\\$2');
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
    'Name: ______________________  Class: ____________  Date: ____________',
    ...version.questions.map(quizQuestion),
  ],
  key: ({ version }, job) => [
    `# ${escapeMarkdown(job.title)} — Answer key, ${versionLabel(version)}`,
    ...version.questions.map(keyEntry),
  ],
  teacher: ({ versions }, job) => versions.flatMap((version) => teacherVersion(version, job)),
  articles: (_document, job) => [`# ${escapeMarkdown(job.title)} — Articles`, ...job.articles.flatMap(article)],
};

function quizQuestion(question: PrintedQuestion): string {
  return [`**${question.number}.** ${escapeMarkdown(question.prompt)}`, '', answerSpace(question)].join('\n');
}

function answerSpace(question: PrintedQuestion, marked = false): string {
  const tick = (correct: boolean) => (marked && correct ? ' ← answer' : '');
  switch (question.type) {
    case 'multiple-choice':
      return question.choices.map((c) => `- ${c.letter}. ${escapeMarkdown(c.text)}${tick(c.correct)}`).join('\n');
    case 'true-false':
      return question.choices.map((c) => `${c.text}${tick(c.correct)}`).join('  /  ');
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
    ...version.questions.map((question) =>
      [
        `**${question.number}.** ${escapeMarkdown(question.prompt)}`,
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
    ? ` (also accepted: ${question.keyDetail.map(escapeMarkdown).join('; ')})`
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
    .map((d) => escapeMarkdown(d!))
    .join(' · ');
  return [
    `## ${escapeMarkdown(entry.title)}`,
    ...(details ? [details] : []),
    ...entry.paragraphs.map((p) => {
      const text = escapeMarkdown(p.text);
      return p.notCited === undefined
        ? `**${p.number}** ${text}`
        : `**${p.number}** *[${p.notCited}, not cited]* ${text}`;
    }),
  ];
}
