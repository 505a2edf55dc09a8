// `citequiz print` timings: a class set of PDFs is the slow case (fonts embedded per file).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 3;

/** 30 versions of a 20-question quiz with their keys as PDF (60 files), timed as a teacher runs it. */
export function benchPrint(root: string, bin: string): void {
  const times: number[] = [];
  let files = 0;
  for (let i = 0; i < RUNS; i++) {
    const out = mkdtempSync(join(tmpdir(), 'citequiz-bench-print-'));
    try {
      const start = performance.now();
      const args = [bin, 'print', '--format', 'pdf', '--out', out, '--versions', '30', '--count', '20', '--seed', String(i + 1)];
      const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      times.push(performance.now() - start);
      if (result.status !== 0) throw new Error(`citequiz print failed: ${result.stderr}`);
      files = readdirSync(out).length;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log('print: 30 versions of a 20-question quiz with keys, as PDF (target: under 3 s)');
  console.log(`  median of ${RUNS} runs, ${files} files       ${sorted[1]!.toFixed(0)} ms  (min ${sorted[0]!.toFixed(0)} ms, max ${sorted[2]!.toFixed(0)} ms)`);
}
