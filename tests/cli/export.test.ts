import { spawnSync } from 'node:child_process';
import {
  cpSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormat } from '../../src/render/export/formats.js';
import { loadFixtureBank, MINI_BANK, ROOT } from '../helpers.js';
import { parseGift } from '../render/export/gift-parser.js';
import { fakeIo } from './fake-io.js';

const BANK = ['--bank', 'tests/fixtures/banks/mini'];
const TEXT_FORMATS = EXPORT_FORMAT_NAMES.filter((name) => EXPORT_FORMATS[name].text);
const freshDir = () => mkdtempSync(join(tmpdir(), 'citequiz-export-'));

async function exportTo(args: string[], cwd = ROOT) {
  const { io, stdout, stderr } = fakeIo({ cwd });
  const code = await runCli(['export', ...args], io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** What an export for an LMS says of the mini bank's two short answers; other formats say nothing. */
const shortAnswerNote = (format: ExportFormat) => {
  const grader = { gift: 'Moodle', 'moodle-xml': 'Moodle', qti: 'Canvas' }[format as string];
  return grader === undefined
    ? ''
    : `2 short answers carry 12 accepted forms (as written, without punctuation or accents, numbers in digits and words, with and without "the", with a full stop); ${grader} will still mark wrong what the quiz forgives beyond them: a spelling slip in a long answer, and punctuation, spacing or number words other than the forms exported.\n`;
};

describe('citequiz export', () => {
  it.each(EXPORT_FORMAT_NAMES)('writes %s to --out and says what it wrote', async (format) => {
    const dir = freshDir();
    const out = join(dir, `mini${EXPORT_FORMATS[format].extension}`);
    const { code, stdout, stderr } = await exportTo(['--format', format, '--out', out, ...BANK]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Wrote 5 questions (${EXPORT_FORMATS[format].label}) to ${out}\n${shortAnswerNote(format)}`);
    const expected = await EXPORT_FORMATS[format].render(await loadFixtureBank(MINI_BANK));
    expect(new Uint8Array(readFileSync(out))).toEqual(
      typeof expected === 'string' ? new TextEncoder().encode(expected) : expected,
    );
    expect(readdirSync(dir)).toEqual([`mini${EXPORT_FORMATS[format].extension}`]); // no temporary file left behind
  });

  it.each(TEXT_FORMATS)('writes %s to standard output with --out -', async (format) => {
    const { code, stdout, stderr } = await exportTo(['--format', format, '--out', '-', ...BANK]);
    expect(code).toBe(0);
    expect(stderr).toBe(shortAnswerNote(format));
    expect(stdout).toBe(await EXPORT_FORMATS[format].render(await loadFixtureBank(MINI_BANK)));
  });

  it('refuses to send a zip to standard output', async () => {
    const { code, stdout, stderr } = await exportTo(['--format', 'qti', '--out', '-', ...BANK]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'citequiz: qti is a zip file and cannot go to standard output; give a file name: --out quiz.zip\n',
    );
  });

  it('never overwrites a file without --force, and replaces it with --force', async () => {
    const dir = freshDir();
    const out = join(dir, 'quiz.gift');
    writeFileSync(out, 'the teacher’s edited copy');
    const refused = await exportTo(['--format', 'gift', '--out', out, ...BANK]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`citequiz: ${out} already exists; add --force to replace it\n`);
    expect(readFileSync(out, 'utf8')).toBe('the teacher’s edited copy');

    const forced = await exportTo(['--format', 'gift', '--out', out, '--force', ...BANK]);
    expect(forced.code).toBe(0);
    expect(parseGift(readFileSync(out, 'utf8'))).toHaveLength(6); // the category and 5 questions
    expect(readdirSync(dir)).toEqual(['quiz.gift']);
  });

  it('replaces a symlink named by --out, never the file it points to', async () => {
    const dir = freshDir();
    const elsewhere = join(freshDir(), 'precious.txt');
    writeFileSync(elsewhere, 'keep me');
    const out = join(dir, 'quiz.csv');
    symlinkSync(elsewhere, out);
    expect((await exportTo(['--format', 'csv', '--out', out, ...BANK])).code).toBe(1);
    expect(readlinkSync(out)).toBe(elsewhere);
    expect((await exportTo(['--format', 'csv', '--out', out, '--force', ...BANK])).code).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(false);
    expect(readFileSync(elsewhere, 'utf8')).toBe('keep me');
  });

  it.each([
    [
      'a folder',
      (dir: string) => dir,
      (dir: string) => `${dir} is a folder; --out takes a file name, such as ${join(dir, 'quiz.gift')}`,
    ],
    [
      'a folder not made yet ("new/")',
      (dir: string) => `${join(dir, 'new')}/`,
      (dir: string) =>
        `${join(dir, 'new')}/ is a folder; --out takes a file name, such as ${join(dir, 'new', 'quiz.gift')}`,
    ],
    [
      'a file in a missing folder',
      (dir: string) => join(dir, 'no-such', 'quiz.gift'),
      (dir: string) => `cannot write ${join(dir, 'no-such', 'quiz.gift')}: there is no folder ${join(dir, 'no-such')}`,
    ],
    [
      'a file inside a file',
      (dir: string) => join(dir, 'file', 'quiz.gift'),
      (dir: string) => `cannot write ${join(dir, 'file', 'quiz.gift')}: ${join(dir, 'file')} is not a folder`,
    ],
  ])('refuses --out naming %s, and writes nothing', async (_name, outIn, message) => {
    const dir = freshDir();
    writeFileSync(join(dir, 'file'), '');
    const { code, stderr } = await exportTo(['--format', 'gift', '--out', outIn(dir), '--force', ...BANK]);
    expect(code).toBe(1);
    expect(stderr).toBe(`citequiz: ${message(dir)}\n`);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('sweeps what a killed export or print left in the folder an hour ago, and nothing younger', async () => {
    const dir = freshDir();
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const name of ['.quiz.gift.0123456789ab.citequiz-tmp', '.quiz.gift.a1b2c3d4e5f6.partial']) {
      writeFileSync(join(dir, name), 'half a file');
      utimesSync(join(dir, name), old, old);
    }
    writeFileSync(join(dir, '.quiz.gift.ffffffffffff.citequiz-tmp'), 'a write still running');
    expect((await exportTo(['--format', 'gift', '--out', join(dir, 'quiz.gift'), ...BANK])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.quiz.gift.ffffffffffff.citequiz-tmp', 'quiz.gift']);
  });

  it('writes a path relative to the working directory', async () => {
    const dir = freshDir();
    const { code } = await exportTo(['--format', 'json', '--out', 'bank.json', '--bank', MINI_BANK], dir);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'bank.json'), 'utf8')).questions).toHaveLength(5);
  });

  it('exports only the questions --article and --type pick', async () => {
    const { stdout } = await exportTo([
      '--format',
      'json',
      '--out',
      '-',
      ...BANK,
      '--article',
      'market',
      '--type',
      'short-answer',
    ]);
    expect(JSON.parse(stdout).questions.map((q: { id: string }) => q.id)).toEqual(['renovation-years']);
    const none = await exportTo(['--format', 'json', '--out', '-', ...BANK, '--article', 'nope']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no article "nope"');
  });

  it('refuses, naming the question, a short answer GIFT cannot carry, and writes nothing', async () => {
    const dir = freshDir();
    const bankDir = join(dir, 'bank');
    cpSync(MINI_BANK, bankDir, { recursive: true });
    const yaml = join(bankDir, 'bank.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8').replace(
        'accept: [Mayor Alice Brown, Mayor Brown]',
        'accept: [Mayor Alice Brown, "Brown -> Mayor"]',
      ),
    );
    const gift = await exportTo(['--format', 'gift', '--out', join(dir, 'quiz.gift'), '--bank', bankDir]);
    expect(gift.code).toBe(1);
    expect(gift.stderr).toBe(
      'citequiz: Moodle GIFT cannot carry 1 question faithfully, so nothing was written:\n  question "opener": GIFT cannot hold "->" in a short answer (Moodle would read a matching question and reject the whole file); export --format moodle-xml instead, or edit the answer\n',
    );
    expect(readdirSync(dir)).toEqual(['bank']);
    const xml = await exportTo(['--format', 'moodle-xml', '--out', join(dir, 'quiz.xml'), '--bank', bankDir]);
    expect(xml.code).toBe(0);
  });

  it('writes nothing from a bank with problems', async () => {
    const dir = freshDir();
    const { code, stderr } = await exportTo([
      '--format',
      'gift',
      '--out',
      join(dir, 'quiz.gift'),
      '--bank',
      'tests/fixtures/banks/broken/quote-not-found',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('quote not found');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    [
      ['--format', 'pdf', '--out', 'x'],
      "error: option '-f, --format <format>' argument 'pdf' is invalid. expected one of: gift, moodle-xml, qti, csv, json.",
    ],
    [['--out', 'x'], "error: required option '-f, --format <format>' not specified"],
    [['--format', 'gift'], "error: required option '-o, --out <file>' not specified"],
  ])('explains a usage error: %j', async (args, message) => {
    const { code, stderr } = await exportTo(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('works from the built command, loading each format on demand', () => {
    const dir = freshDir();
    const run = (format: string, out: string) =>
      spawnSync('node', [join(ROOT, 'bin/citequiz.js'), 'export', '--format', format, '--out', out], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 20_000,
      });
    const qti = run('qti', 'london.zip');
    expect(qti.status).toBe(0);
    const zip = unzipSync(readFileSync(join(dir, 'london.zip')));
    expect(strFromU8(zip['imsmanifest.xml']!)).toContain('type="imsqti_xmlv1p2"');
    const gift = run('gift', '-');
    expect(gift.status).toBe(0);
    expect(parseGift(gift.stdout).length).toBeGreaterThan(60);
  });
});
