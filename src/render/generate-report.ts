import type { ArticleReport } from '../generate/index.js';
import { count } from '../text/count.js';
import { sanitize } from '../text/sanitize.js';
import type { Style } from './style.js';

const byCount = (record: Record<string, number>) =>
  Object.entries(record).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** Per article: sentences read and passed over, candidates made, kept and rejected, with reasons. */
export function renderGenerateReport(reports: readonly ArticleReport[], style: Style): string {
  let out = '';
  for (const r of reports) {
    const rejected = r.candidates - r.kept;
    out += `${style.bold(sanitize(r.article))}: ${count(r.sentences, 'citable sentence')}, ${count(r.candidates, 'candidate')}, ${r.kept} kept, ${rejected} rejected\n`;
    if (r.fewer) out += `  ${style.dim(sanitize(r.fewer))}\n`;
    const skipped = byCount(r.sentencesPassedOver);
    if (skipped.length > 0) {
      out += style.dim('  sentences passed over:\n');
      for (const [reason, n] of skipped) out += `    ${String(n).padStart(4)}  ${reason}\n`;
    }
    const reasons = byCount(r.rejected);
    if (reasons.length > 0) {
      out += style.dim('  candidates rejected:\n');
      for (const [reason, n] of reasons) out += `    ${String(n).padStart(4)}  ${reason}\n`;
    }
  }
  return out;
}
