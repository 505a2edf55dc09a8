import type { Version } from '../../print/job.js';

/** The words under a document's title that name its version. */
export const versionLabel = (version: Version) => `Version ${version.letter}`;

/** " (Outlet)" after an article's title, or nothing when the bank names no outlet. */
export const outletText = (outlet: string | undefined) => (outlet ? ` (${outlet})` : '');
