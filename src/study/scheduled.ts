// Everything that needs the FSRS scheduler, behind one lazily imported module: `review` and
// `stats` load it with `await import()`, so a quiz starts without it.
export { keepSummaryCurrent, loadSummary } from './load-summary.js';
export { NEW_PER_DAY, nextDue, recentMisses, RECENT_SESSIONS, reviewOrder, today } from './review-queue.js';
export { addDays, buildStats, startOfDay } from './stats.js';
export { answeredQuestions } from './bank-history.js';
