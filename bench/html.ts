// Reading HTML pages, ordinary and hostile, as `generate` does (issue 15's target: any shape up to
// 5 MB at no more than 2 s per MB; memory under 10x the input plus 300 MB).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { HTML_SHAPES } from './html-shapes.js';

interface Measure {
  bytes: number;
  wall: number;
  cpu: number;
  paragraphs: number;
  maxRssMiB: number;
}

export function benchHtml(root: string): void {
  console.log('Reading an HTML page (target: 2 s per MB, any shape, up to 5 MB; memory under 10x + 300 MB)');
  for (const shape of Object.keys(HTML_SHAPES)) {
    for (const bytes of [1_000_000, 5_000_000]) {
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'bench/html-child.ts'), shape, String(bytes)],
        { cwd: root, encoding: 'utf8' },
      );
      if (child.status !== 0) throw new Error(`html bench failed on ${shape}: ${child.stderr}`);
      const m = JSON.parse(child.stdout) as Measure;
      const mb = m.bytes / 1e6;
      console.log(
        `  ${shape.padEnd(22)} ${mb.toFixed(1)} MB: ${(m.wall / 1000).toFixed(2)} s (CPU ${(m.cpu / 1000).toFixed(2)} s = ${(m.cpu / 1000 / mb).toFixed(2)} s/MB), peak ${m.maxRssMiB.toFixed(0)} MiB, ${m.paragraphs} paragraphs`,
      );
    }
  }
}
