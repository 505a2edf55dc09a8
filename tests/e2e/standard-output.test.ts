// What the built CLI does when its standard output cannot be written: the process owner (main.ts)
// decides, so this runs the real binary.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin/citequiz.js');
const env = { ...process.env, CITEQUIZ_HOME: mkdtempSync(join(tmpdir(), 'citequiz-home-')) };

describe('standard output that cannot be written', () => {
  // /dev/full fails every write with ENOSPC, as a file on a full disk does.
  it
    .skipIf(!existsSync('/dev/full'))
    .each([
      ['export', '--format', 'json', '--out', '-'],
      ['read', 'newsweek-isis-claims'],
      ['stats'],
      ['check'],
      ['check', '--json'],
    ])('%s … exits 1 and says so', (...argv) => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, ...argv], { env, stdio: ['ignore', full, 'pipe'] });
      expect(result.status).toBe(1);
      expect(result.stderr.toString()).toBe('citequiz: cannot write to standard output: ENOSPC\n');
    } finally {
      closeSync(full);
    }
  });

  it('exits 0 when a reader stops reading early, as `| head` does', () => {
    const script = '"$0" "$1" export --format json --out - | head -c 10; exit "${PIPESTATUS[0]}"';
    const result = spawnSync('bash', ['-c', script, process.execPath, BIN], { env, encoding: 'utf8' });
    expect(result.stdout).toBe('{\n  "forma');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
