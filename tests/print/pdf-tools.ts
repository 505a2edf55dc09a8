// Reading printed PDFs back with poppler-utils (pdftotext, pdfinfo, pdffonts): an independent
// reader of what pdfkit or Chromium wrote. CI installs it (.ci/run).
import { execFileSync, spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import type { PrintedQuestion, Version } from '../../src/print/job.js';

export const hasTool = (tool: string) => spawnSync(tool, ['-v']).error === undefined;
export const hasPoppler = hasTool('pdftotext');

/**
 * The text of a PDF, or of one page of it (1-based), as laid out on the page; `raw`: in the order
 * it was drawn, which keeps a cell of a grid together when its text wraps.
 */
export function pdfText(file: string, page?: number, order: 'layout' | 'raw' = 'layout'): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [`-${order}`, '-enc', 'UTF-8', ...pages, file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '' };
}

export const pdfFonts = (file: string) => execFileSync('pdffonts', [file], { encoding: 'utf8' });

/**
 * Text with every space and line break removed: where a line wraps differs between renderers and
 * readers, and a test should only care that the words are there, in order.
 */
export const squash = (text: string) => text.replace(/\s+/g, '');

/** Asserts that each of `parts` occurs in `text`, in this order; returns where each one starts. */
export function expectInOrder(text: string, parts: readonly string[], label: string): number[] {
  const haystack = squash(text);
  let from = 0;
  return parts.map((part) => {
    const needle = squash(part);
    const at = haystack.indexOf(needle, from);
    expect(at, `${label}: "${part}" should follow position ${from} in:\n${text}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
    return at;
  });
}

/** What a student's copy must show of a question, in order. */
export const questionParts = (q: PrintedQuestion) => [
  `${q.number}.`,
  q.prompt,
  ...q.choices.map((c) => `${q.type === 'true-false' ? '' : `${c.letter}.`} ${c.text}`),
];

/** What a key must show of a question, in order: number, letter or answer, then each source. */
export const keyParts = (q: PrintedQuestion) => [
  `${q.number}.`,
  q.type === 'multiple-choice' ? `${q.keyAnswer} — ${q.keyDetail[0]}` : q.keyAnswer,
  ...q.sources.flatMap((s) => [`“${s.title}”`, `paragraph ${s.paragraph}:`, `“${s.before}${s.marked}${s.after}”`]),
];

/**
 * Every question of the version is wholly on one page of the PDF: its prompt and its last line
 * of choices (or, for a short answer, the prompt alone) are on the same page. Returns the pages used.
 */
export function expectNoQuestionSplit(file: string, version: Version): number {
  const { pages } = pdfInfo(file);
  const texts = Array.from({ length: pages }, (_, i) => squash(pdfText(file, i + 1)));
  for (const q of version.questions) {
    const prompt = squash(q.prompt);
    const page = texts.findIndex((t) => t.includes(prompt));
    expect(page, `question ${q.number} "${q.prompt}" whole on one page of ${file}`).toBeGreaterThanOrEqual(0);
    const last = q.choices.at(-1);
    if (last)
      expect(
        texts[page]!.slice(texts[page]!.indexOf(prompt)),
        `question ${q.number}: its choices on the page of its prompt`,
      ).toContain(squash(last.text));
  }
  return pages;
}
