// `citequiz print` timings: a class set of PDFs is the slow case (a font subset embedded per file).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 3;

/**
 * 30 versions of a 20-question quiz with their keys as PDF (60 files), timed as a teacher runs it.
 * Bash's `time` also gives the CPU time, which says more than wall time on a shared machine.
 */
export function benchPrint(root: string, bin: string): void {
  const runs: { wall: number; cpu: number }[] = [];
  let files = 0;
  for (let i = 0; i < RUNS; i++) {
    const out = mkdtempSync(join(tmpdir(), 'citequiz-bench-print-'));
    try {
      const args = [
        bin,
        'print',
        '--format',
        'pdf',
        '--out',
        out,
        '--versions',
        '30',
        '--count',
        '20',
        '--seed',
        String(i + 1),
      ];
      const script = 'TIMEFORMAT="%R %U %S"; time "$@" >/dev/null 2>/dev/null || exit 1';
      const result = spawnSync('bash', ['-c', script, 'bench', process.execPath, ...args], {
        cwd: root,
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`citequiz print failed: ${result.stderr}`);
      const [wall, user, system] = result.stderr.trim().split(/\s+/).map(Number);
      runs.push({ wall: wall! * 1000, cpu: (user! + system!) * 1000 });
      files = readdirSync(out).length;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const walls = runs.map((r) => r.wall);
  console.log(
    `print: 30 versions of a 20-question quiz with keys, as PDF (target: under 3 s); load average ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    `  median of ${RUNS} runs, ${files} files       ${median(walls).toFixed(0)} ms  (min ${Math.min(...walls).toFixed(0)} ms, max ${Math.max(...walls).toFixed(0)} ms)`,
  );
  console.log(`  CPU time (user + system), median    ${median(runs.map((r) => r.cpu)).toFixed(0)} ms`);
}
