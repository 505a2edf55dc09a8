import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/program.js';
import { editBankYaml } from '../../src/bank/yaml-edit.js';
import { fakeIo } from '../cli/fake-io.js';
import { BUNDLED_BANK, loadFixtureBank, readText, ROOT } from '../helpers.js';
import { citesAsOriginal, emptyBankLike, originalOf, withoutSources } from './helpers.js';

const ABSENT = `  - id: red-planet
    type: multiple-choice
    prompt: Which planet is known as the Red Planet?
    choices: [Mars, Venus, Jupiter, Saturn]
    answer: Mars
    skill: detail
`;

describe('citequiz cite', () => {
  it('fills in the sources of the questions without, and check then passes but for drafts and the unanswerable', async () => {
    const dir = withoutSources(BUNDLED_BANK);
    writeFileSync(join(dir, 'bank.yaml'), readText(join(dir, 'bank.yaml')) + `\n${ABSENT}`);
    const before = readText(join(dir, 'bank.yaml'));
    const check = fakeIo();
    expect(await runCli(['check', '--bank', dir], check.io)).toBe(1);
    expect(check.stdout()).toContain('question "red-planet" has no sources; run `citequiz cite`');

    const { io, stdout, stderr } = fakeIo();
    expect(await runCli(['cite', '--bank', dir, '--report'], io)).toBe(0);
    // The answer is in no article: left uncited, and named.
    expect(stderr()).toMatch(/No sentence of the articles supports the answer of:\n {2}red-planet\n/);
    expect(stdout()).toMatch(/red-planet {2}not cited/);
    expect(stdout()).toMatch(/westminster-car-model {2}cited {2}confidence 0\.\d\d\n {2}chosen: {2}newsweek-/);
    const after = readText(join(dir, 'bank.yaml'));
    // Only the sources (and for drafts, the mark and its comment) were added; the rest is as it was.
    const added = /^ {4}(?:# .*|#|needs-review: true|sources:)\n|^ {6}- article: .*\n|^ {8}(?:quote|paragraph): .*\n/gm;
    expect(after.replace(added, '')).toBe(before);
    const data = parse(after) as { questions: { id: string; sources?: unknown; 'needs-review'?: boolean }[] };
    expect(data.questions.find((q) => q.id === 'red-planet')!.sources).toBeUndefined();

    const recheck = fakeIo();
    expect(await runCli(['check', '--bank', dir, '--json'], recheck.io)).toBe(1);
    const codes = (JSON.parse(recheck.stdout()) as { errors: { code: string; message: string }[] }).errors.map(
      (e) => e.code,
    );
    expect(new Set(codes)).toEqual(new Set(['needs-review', 'no-sources']));
    expect(codes.filter((c) => c === 'no-sources')).toHaveLength(1);
    // A draft names its other candidates in a comment above its sources.
    expect(after).toMatch(
      /# citequiz cite: not sure of this source \(confidence 0\.\d\d, below 0\.50\)\.\n {4}# Check it against the article; other candidates:\n {4}# {3}1\. [a-z-]+, paragraph \d+: "/,
    );
  });

  it('--json lists per question the chosen sentence, the runner-up and the confidence; --min-confidence 0 writes no drafts', async () => {
    const dir = withoutSources(BUNDLED_BANK);
    const { io, stdout } = fakeIo();
    expect(await runCli(['cite', '--bank', dir, '--json', '--min-confidence', '0'], io)).toBe(0);
    const json = JSON.parse(stdout()) as {
      minConfidence: number;
      questions: { id: string; status: string; confidence: number; sources: unknown[]; runnerUp: unknown }[];
    };
    expect(json.minConfidence).toBe(0);
    expect(json.questions).toHaveLength(69);
    expect(json.questions[0]).toEqual({
      id: 'westminster-car-model',
      status: 'cited',
      confidence: expect.any(Number),
      sources: [
        expect.objectContaining({
          article: expect.any(String),
          paragraph: expect.any(Number),
          quote: expect.any(String),
        }),
        expect.anything(),
      ],
      runnerUp: expect.objectContaining({ quote: expect.any(String) }),
    });
    expect(json.questions.filter((q) => q.status === 'draft')).toEqual([]);
    expect(readText(join(dir, 'bank.yaml'))).not.toContain('needs-review');
    // Nothing left to do the second time.
    const again = fakeIo();
    expect(await runCli(['cite', '--bank', dir], again.io)).toBe(0);
    expect(again.stderr()).toContain('every question has sources; nothing to cite');
  });

  it.each([['-1'], ['2'], ['x']])('refuses --min-confidence %s', async (value) => {
    const { io, stderr } = fakeIo();
    expect(await runCli(['cite', '--bank', BUNDLED_BANK, '--min-confidence', value], io)).toBe(2);
    expect(stderr()).toContain('expected a number from 0 to 1');
  });
});

describe("a generate run's bank, exported as GIFT and imported again", () => {
  it('gets the sentences its questions were made from, and every confident citation right', async () => {
    const generated = join(emptyBankLike(BUNDLED_BANK), 'generated');
    const gen = fakeIo();
    expect(await runCli(['generate', join(BUNDLED_BANK, 'articles'), '--out', generated], gen.io), gen.stderr()).toBe(
      0,
    );
    const gift = join(generated, '..', 'generated.gift');
    expect(await runCli(['export', '--format', 'gift', '--out', gift, '--bank', generated], fakeIo().io)).toBe(0);
    const dir = emptyBankLike(generated);
    const { io, stdout } = fakeIo();
    expect(await runCli(['import', gift, '--bank', dir, '--json'], io)).toBe(0);
    const report = JSON.parse(stdout()) as { questions: { id: string; status: string }[] };
    const original = await loadFixtureBank(generated);
    const imported = await loadFixtureBank(withoutDrafts(dir));
    expect(imported.questions).toHaveLength(original.questions.length);
    const right = imported.questions.filter((q) => citesAsOriginal(originalOf(original, q), q.sources[0]!));
    expect(right.length / imported.questions.length).toBeGreaterThanOrEqual(0.9);
    const sure = report.questions.filter((r) => r.status === 'cited').map((r) => r.id);
    expect(imported.questions.filter((q) => sure.includes(q.id) && !right.includes(q)).map((q) => q.id)).toEqual([]);
  });
});

/** The bank with its `needs-review` lines deleted, as a teacher who accepts the drafts would. */
function withoutDrafts(dir: string): string {
  writeFileSync(join(dir, 'bank.yaml'), readText(join(dir, 'bank.yaml')).replace(/^ *needs-review: true,?\n/gm, ''));
  return dir;
}

describe('editing bank.yaml', () => {
  const source = { article: 'a', quote: 'A quote: with a colon.' };
  it.each([
    ['an empty flow list', 'title: T\narticles: []\nquestions: []\n'],
    ['an empty key', 'title: T\narticles: []\nquestions:\n'],
    ['CRLF line ends', 'title: T\r\narticles: []\r\nquestions:\r\n  - id: old\r\n    answer: x\r\n'],
    ['a flow-style question', 'title: T\narticles: []\nquestions:\n  - { id: old, answer: x }\n'],
    [
      'items at column 0 and keys after them',
      'questions:\n- id: old\n  answer: x # note\n\n# about the title\ntitle: T\narticles: []\n',
    ],
    ['a last line without a line end', 'title: T\narticles: []\nquestions:\n  - id: old\n    answer: x'],
  ])('appends to %s and cites, keeping what was there', (_name, text) => {
    const appended = editBankYaml(text, { append: [{ id: 'new', answer: 'y' }] });
    const data = parse(appended) as { questions: { id: string }[] };
    const index = data.questions.findIndex((q) => q.id === 'new');
    const cited = editBankYaml(appended, { cite: [{ index, sources: [source], needsReview: true, comment: ['why'] }] });
    const result = parse(cited) as { questions: Record<string, unknown>[] };
    expect(result.questions.at(-1)).toEqual({ id: 'new', answer: 'y', 'needs-review': true, sources: [source] });
    expect(result.questions.slice(0, -1)).toEqual(data.questions.slice(0, -1));
    expect(cited).toContain('# why');
    if (text.includes('\r\n')) expect(cited.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('leaves the rest of the bundled bank byte for byte as it was', () => {
    const text = readFileSync(join(BUNDLED_BANK, 'bank.yaml'), 'utf8');
    const edited = editBankYaml(text, {
      append: [{ id: 'new', type: 'true-false', prompt: 'P', answer: true, skill: 'detail' }],
    });
    expect(edited.startsWith(text)).toBe(true);
    expect(edited.slice(text.length)).toBe(
      '\n  - id: new\n    type: true-false\n    prompt: P\n    answer: true\n    skill: detail\n',
    );
  });
});

// The quiz must not pay for the search engine or the parsers: they load only with cite and import.
it('keeps the search engine and the question parsers out of the quiz start-up bundle', () => {
  const main = readFileSync(join(ROOT, 'dist/main.js'), 'utf8');
  const chunks = readdirSync(join(ROOT, 'dist/chunks')).filter((f) => f.endsWith('.js'));
  const heavy = chunks.filter((f) =>
    /winkBM25S|peg\$SyntaxError|XMLValidator|CsvError/.test(readFileSync(join(ROOT, 'dist/chunks', f), 'utf8')),
  );
  expect(heavy.length).toBeGreaterThan(0);
  expect(/winkBM25S|peg\$SyntaxError|CsvError/.test(main)).toBe(false);
  const staticImports = [...main.matchAll(/from"\.\/chunks\/([^"]+)"/g)].map((m) => m[1]);
  expect(staticImports.filter((f) => heavy.includes(f!))).toEqual([]);
});
