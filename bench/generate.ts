// `citequiz generate` on the Brown corpus: total time against the NLP library's own parsing time
// in the same process, growth over 125, 250 and 500 texts, and peak memory; then the real command
// on the 500 texts written out as files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brownArticles } from './brown.js';
import { measureNode } from './measure.js';

interface Measure {
  texts: number;
  words: number;
  nlp: { wall: number; cpu: number };
  total: { wall: number; cpu: number };
  questions: number;
  /** Loading WordNet and the word vectors. */
  languageMs: number;
  maxRssMiB: number;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function measure(root: string, texts: number): Measure {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/generate-child.ts'), String(texts)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`generate bench failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Measure;
}

export function benchGenerate(root: string): void {
  console.log(
    'generate on the Brown corpus (targets: 500 texts under 60 s and 1 GiB; at most 2x the NLP library alone; linear growth)',
  );
  for (const texts of [125, 250, 500]) {
    const m = measure(root, texts);
    console.log(
      `  ${String(m.texts).padStart(3)} texts, ${m.words.toLocaleString('en-US').padStart(9)} words: total ${s(m.total.wall).padStart(6)}, NLP alone ${s(m.nlp.wall).padStart(6)} = ${(m.total.wall / m.nlp.wall).toFixed(2)}x (CPU time ${(m.total.cpu / m.nlp.cpu).toFixed(2)}x); ${(m.total.wall / m.texts).toFixed(1)} ms a text; peak ${m.maxRssMiB.toFixed(0)} MiB; ${m.questions} questions; WordNet and word vectors loaded in ${m.languageMs.toFixed(0)} ms`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'citequiz-brown-'));
  try {
    for (const article of brownArticles()) writeFileSync(join(dir, `${article.id}.txt`), article.text);
    const run = measureNode(root, [join(root, 'bin/citequiz.js'), 'generate', dir, '--out', join(dir, 'bank')]);
    if (run.status !== 0) throw new Error(`citequiz generate exited ${run.status}: ${run.stderr}`);
    console.log(
      `  citequiz generate, 500 files → bank: ${s(run.wall)} (CPU time ${s(run.cpu)}), peak ${run.maxRssMiB.toFixed(0)} MiB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
