// What every print format says and arranges the same way.
import type { PrintedQuestion, PrintJob, Version } from '../../print/index.js';

/** The words under a document's title that name its version. */
export const versionLabel = (version: Version) => `Version ${version.letter}`;

/** " (Outlet)" after an article's title, or nothing when the bank names no outlet. */
export const outletText = (outlet: string | undefined) => (outlet ? ` (${outlet})` : '');

/** The marks of a whole version, when marks are shown. */
export const totalMarks = (job: PrintJob, version: Version) => (job.marks ?? 0) * version.questions.length;

/** "(1 mark)" or "(2 marks)" beside a question, when marks are shown. */
export const marksLabel = (marks: number | undefined) =>
  marks === undefined ? undefined : `(${marks} mark${marks === 1 ? '' : 's'})`;

/**
 * The key's grid: every answer of the version in rows of columns, read down each column as an
 * answer sheet is. Letters and True/False fit five across; short answers need room.
 */
export function keyGridRows(version: Version): PrintedQuestion[][] {
  const columns = version.questions.some((q) => q.type === 'short-answer') ? 3 : 5;
  const rows = Math.ceil(version.questions.length / columns);
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => version.questions[row + column * rows]).filter(
      (q): q is PrintedQuestion => q !== undefined,
    ),
  );
}
