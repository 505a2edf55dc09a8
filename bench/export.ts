// Time to export a bank in each format: the bundled bank and a 10,000-question bank, in process
// (render only, the bank already loaded) and as a whole command (start, load, render, write).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBankFolder, requireBank } from '../src/cli/bank-folder.js';
import type { Bank } from '../src/bank/types.js';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormat } from '../src/render/export/formats.js';
import { writeSyntheticBank } from './synthetic-bank.js';

const RUNS = 5;
const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function renderTime(bank: Bank, format: ExportFormat): Promise<number> {
  await EXPORT_FORMATS[format].render(bank); // loads the renderer's module, as the first export does
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await EXPORT_FORMATS[format].render(bank);
    times.push(performance.now() - start);
  }
  return median(times);
}

function commandTime(root: string, bankArgs: string[], format: string, out: string): number {
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [join(root, 'bin/citequiz.js'), 'export', ...bankArgs, '--format', format, '--out', out, '--force'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`export --format ${format} failed: ${result.stderr.toString()}`);
  return elapsed;
}

export async function benchExport(root: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'citequiz-bench-export-'));
  try {
    const large = join(dir, 'large');
    writeSyntheticBank(large, 50, 10_000);
    const banks = [
      { name: 'bundled bank (69 questions)', dir: undefined, args: [] as string[] },
      { name: '10,000-question bank', dir: large, args: ['--bank', large] },
    ];
    // The machine may be shared: the load average says how far wall times are stretched.
    console.log(
      `export: render (median of ${RUNS}, bank loaded) and whole command (one run); load average ${loadavg()[0]!.toFixed(1)}`,
    );
    for (const bank of banks) {
      const loaded = requireBank(await readBankFolder(bank.dir, root));
      for (const format of EXPORT_FORMAT_NAMES) {
        const render = await renderTime(loaded, format);
        const command = commandTime(root, bank.args, format, join(dir, `out${EXPORT_FORMATS[format].extension}`));
        console.log(`  ${bank.name.padEnd(28)} ${format.padEnd(11)} render ${ms(render)}   command ${ms(command)}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
