// `npm run bench`: the speed targets of the issues, measured on this machine and printed as
// figures. Never timing asserts in tests: machines differ, a benchmark reports.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCite } from './cite.js';
import { benchExport } from './export.js';
import { median, ms, timeNode, timeNodeInTerminal, timeToFirstQuestion } from './measure.js';
import { benchGenerate } from './generate.js';
import { benchHostile } from './hostile.js';
import { benchHtml } from './html.js';
import { benchPrint } from './print.js';
import { writeSyntheticBank } from './synthetic-bank.js';
import { benchStudy } from './study.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/citequiz.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// The quizzes below save their answers: keep them out of the user's own study history.
process.env.CITEQUIZ_HOME = mkdtempSync(join(tmpdir(), 'citequiz-bench-home-'));

async function startup(): Promise<void> {
  const baseline: number[] = [];
  const list: number[] = [];
  const first: number[] = [];
  const scriptBaseline: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    baseline.push(timeNode(ROOT, ['-e', '0']));
    list.push(timeNode(ROOT, [BIN, 'list', '--json']));
    first.push(await timeToFirstQuestion(ROOT, BIN, process.env));
    scriptBaseline.push(timeNodeInTerminal());
  }
  const node = median(baseline);
  const viaScript = median(scriptBaseline);
  console.log(`Start-up, median of ${RUNS} runs (target: within 3x node -e 0)`);
  console.log(`  node -e 0                        ${ms(node)}`);
  console.log(`  citequiz list --json             ${ms(median(list))}  = ${(median(list) / node).toFixed(2)}x`);
  console.log(
    `  quiz: first question on screen   ${ms(median(first))}  = ${(median(first) / viaScript).toFixed(2)}x node -e 0 in the same pseudo-terminal (${ms(viaScript)})`,
  );
}

function checkLargeBank(): void {
  const dir = mkdtempSync(join(tmpdir(), 'citequiz-bench-'));
  try {
    writeSyntheticBank(dir, 50, 10_000);
    const times = Array.from({ length: 5 }, () => timeNode(ROOT, [BIN, 'check', '--bank', dir]));
    console.log('check on a 10,000-question bank over 50 articles (target: under 1 s)');
    console.log(
      `  median of 5 runs                 ${ms(median(times))}  (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`citequiz benchmarks · node ${process.version} · ${new Date().toISOString()}\n`);
await startup();
console.log();
checkLargeBank();
console.log();
await benchStudy(ROOT, BIN, RUNS);
console.log();
await benchExport(ROOT);
console.log();
benchGenerate(ROOT);
console.log();
benchHtml(ROOT);
console.log();
benchCite(ROOT);
console.log();
benchPrint(ROOT, BIN);
console.log();
benchHostile(ROOT, BIN);
