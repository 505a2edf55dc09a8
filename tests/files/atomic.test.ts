import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TargetExistsError, writeFilesAtomically, writeFolderAtomically } from '../../src/files/atomic.js';
import { STALE_AFTER_MS, sweepStale } from '../../src/files/sweep.js';
import { ROOT } from '../helpers.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'citequiz-atomic-'));
const ageBy = (path: string, ms: number) => {
  const when = new Date(Date.now() - ms);
  utimesSync(path, when, when);
};

describe('writeFilesAtomically', () => {
  it('puts every file in place and leaves nothing else', () => {
    const dir = fresh();
    writeFilesAtomically(
      dir,
      [
        { name: 'a.txt', content: 'A' },
        { name: 'b.bin', content: new Uint8Array([1, 2]) },
      ],
      { replace: false },
    );
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.bin']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('A');
  });

  it('writes none of the set when one file cannot be placed', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'b.txt'), 'mine');
    expect(() =>
      writeFilesAtomically(
        dir,
        [
          { name: 'a.txt', content: 'A' },
          { name: 'b.txt', content: 'B' },
        ],
        { replace: false },
      ),
    ).toThrow(TargetExistsError);
    expect(readdirSync(dir)).toEqual(['b.txt']);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a name that is not a plain file name', () => {
    expect(() => writeFilesAtomically(fresh(), [{ name: '../x', content: '' }], { replace: true })).toThrow(
      'not a plain file name',
    );
  });
});

describe('writeFolderAtomically', () => {
  it('replaces a folder only when asked, and leaves no temporary either way', () => {
    const parent = fresh();
    const dir = join(parent, 'bank');
    writeFolderAtomically(dir, [{ name: 'articles/a.txt', content: 'one' }], { replace: false });
    expect(() => writeFolderAtomically(dir, [{ name: 'bank.yaml', content: 'x' }], { replace: false })).toThrow(
      TargetExistsError,
    );
    expect(readdirSync(dir)).toEqual(['articles']);
    writeFolderAtomically(dir, [{ name: 'bank.yaml', content: 'two' }], { replace: true });
    expect(readdirSync(dir)).toEqual(['bank.yaml']);
    expect(readdirSync(parent)).toEqual(['bank']);
  });
});

describe('sweepStale', () => {
  it('removes what a killed write left an hour ago, by this tool’s naming only', () => {
    const dir = fresh();
    const names = {
      staleFile: '.quiz-A.pdf.0123456789ab.citequiz-tmp',
      staleFolder: '.week3.0123456789ab.citequiz-tmp',
      youngFile: '.quiz-B.pdf.0123456789ab.citequiz-tmp',
      earlierExport: '.london.gift.a1b2c3d4e5f6.partial',
      earlierBank: '.a1b2c3d4e5f6.citequiz-new',
      earlierSnapshot: 'london.summary.json.4242.tmp',
      userHidden: '.notes.txt',
      userLookalike: '.quiz-A.pdf.not-hex.citequiz-tmp',
    };
    for (const [kind, name] of Object.entries(names)) {
      if (kind === 'staleFolder' || kind === 'earlierBank') {
        mkdirSync(join(dir, name));
        writeFileSync(join(dir, name, 'bank.yaml'), 'half');
      } else writeFileSync(join(dir, name), 'x');
      if (kind !== 'youngFile') ageBy(join(dir, name), STALE_AFTER_MS + 1000);
    }
    ageBy(join(dir, names.youngFile), STALE_AFTER_MS - 60_000);
    sweepStale(dir);
    expect(readdirSync(dir).sort()).toEqual([names.userHidden, names.youngFile, names.userLookalike].sort());
  });

  it('puts back a bank folder set aside whose replacement never arrived, and removes one that was replaced', () => {
    const dir = fresh();
    const aside = join(dir, '.week3.0123456789ab.citequiz-old');
    mkdirSync(aside);
    writeFileSync(join(aside, 'bank.yaml'), 'the teacher’s bank');
    ageBy(aside, STALE_AFTER_MS + 1000);
    sweepStale(dir);
    expect(readdirSync(dir)).toEqual(['week3']);
    expect(readFileSync(join(dir, 'week3', 'bank.yaml'), 'utf8')).toBe('the teacher’s bank');

    const replaced = join(dir, '.week3.ba9876543210.citequiz-old');
    mkdirSync(replaced);
    ageBy(replaced, STALE_AFTER_MS + 1000);
    sweepStale(dir);
    expect(readdirSync(dir)).toEqual(['week3']);
  });
});

describe('a signal during a write', () => {
  it('waits until the whole set is in place, then ends the process as the signal asks', () => {
    const dir = fresh();
    // The child sends itself Ctrl+C in the middle of writing 40 files of 256 KB, as a user might.
    const script = `
      import { writeFilesAtomically } from ${JSON.stringify(join(ROOT, 'src/files/atomic.ts'))};
      import { holdSignals } from ${JSON.stringify(join(ROOT, 'src/files/signals.ts'))};
      const files = Array.from({ length: 40 }, (_, i) => ({ name: 'file-' + i + '.pdf', content: new Uint8Array(256 * 1024).fill(i) }));
      holdSignals(() => {
        process.kill(process.pid, 'SIGINT');
        writeFilesAtomically(${JSON.stringify(dir)}, files, { replace: false });
      });
      setTimeout(() => console.log('not stopped'), 2000);
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(child.signal).toBe('SIGINT');
    expect(child.stdout).toBe('');
    const left = readdirSync(dir);
    expect(left).toHaveLength(40);
    expect(left.every((name) => /^file-\d+\.pdf$/.test(name))).toBe(true);
  });
});
