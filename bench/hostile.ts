// Issue 15's targets on hostile input, as whole commands: any article up to 5 MB, of any shape,
// loads, reads, quizzes, prints and generates at no more than 2 s per MB, and no command takes more than 10x
// its input plus 300 MB; then the hostile banks and histories of the issue, timed the same way.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyKey } from '../src/cli/bank-folder.js';
import { HTML_SHAPES } from './html-shapes.js';
import { measureNode, type NodeRun } from './measure.js';
import { writeSyntheticBank } from './synthetic-bank.js';

const MB = 1e6;
/** The sizes of article tried, in MB; BENCH_HOSTILE_MB=1,5 by default. */
const SIZES = (process.env.BENCH_HOSTILE_MB ?? '1,5').split(',').map(Number);
/** Commands and shapes to leave out, comma-separated names: BENCH_HOSTILE_SKIP=generate,"one word". */
const SKIP = new Set((process.env.BENCH_HOSTILE_SKIP ?? '').split(',').filter(Boolean));
const QUOTED = 'The council said the bridge would reopen on Monday.';

/** A sentence of its own for each n, so that no line is a repeat (which cannot be cited). */
const sentence = (n: number) => `Repairs to span ${n} were said to cost ${n % 97} million pounds in all.`;

function repeatTo(bytes: number, make: (n: number) => string, separator: string): string {
  const parts: string[] = [];
  for (let n = 0, length = 0; length < bytes; n++) {
    const part = make(n);
    parts.push(part);
    length += part.length + separator.length;
  }
  return parts.join(separator);
}

/** Each shape: the article's file name and its text, about `bytes` long, holding QUOTED as paragraph 2. */
const SHAPES: Record<string, (bytes: number) => { file: string; text: string }> = {
  'one paragraph': (bytes) => ({ file: 'a.txt', text: `A Headline\n${QUOTED} ${repeatTo(bytes, sentence, ' ')}\n` }),
  'a line a sentence': (bytes) => ({
    file: 'a.txt',
    text: `A Headline\n${QUOTED}\n${repeatTo(bytes, sentence, '\n')}\n`,
  }),
  'tiny sentences': (bytes) => ({ file: 'a.txt', text: `A Headline\n${QUOTED} ${'Go on. '.repeat(bytes / 7)}\n` }),
  'one word': (bytes) => ({ file: 'a.txt', text: `A Headline\n${QUOTED}\n${'x'.repeat(bytes)}\n` }),
  'long dashes': (bytes) => ({ file: 'a.txt', text: `A Headline\n${QUOTED}\na${'-'.repeat(bytes)}b\n` }),
  'markdown block of short lines': (bytes) => ({
    file: 'a.md',
    text: `# A Headline\n\n${QUOTED}\n\n${'Go on\n'.repeat(bytes / 6)}`,
  }),
};

/** Each command as a student or teacher runs it; `out` is a scratch folder. */
const COMMANDS: Record<string, (out: string) => string[]> = {
  check: () => ['check'],
  list: () => ['list'],
  read: () => ['read', 'a'],
  quiz: (out) => ['quiz', '--answers', join(out, 'answers.json')],
  'export gift': () => ['export', '--format', 'gift', '--out', '-'],
  'export moodle-xml': () => ['export', '--format', 'moodle-xml', '--out', '-'],
  'export qti': (out) => ['export', '--format', 'qti', '--out', join(out, 'quiz.zip'), '--force'],
  'export csv': () => ['export', '--format', 'csv', '--out', '-'],
  'export json': () => ['export', '--format', 'json', '--out', '-'],
  'print md': (out) => ['print', '--format', 'md', '--articles', '--out', join(out, 'print'), '--force'],
  'print html': (out) => ['print', '--format', 'html', '--articles', '--out', join(out, 'print'), '--force'],
  'print pdf': (out) => ['print', '--format', 'pdf', '--articles', '--out', join(out, 'print'), '--force'],
  generate: (out) => ['generate', join(out, 'articles'), '--out', join(out, 'generated'), '--force'],
};

/** Exit 1 is what generate gives when no question could be made: a hostile article may make none. */
const succeeded = (name: string, run: NodeRun) => run.status === 0 || (name === 'generate' && run.status === 1);

function writeBank(dir: string, file: string, text: string): number {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  writeFileSync(join(dir, 'articles', file), text);
  const yaml = `title: Hostile shapes\narticles:\n  - {id: a, file: articles/${file}, title: A}\nquestions:\n  - {id: q, type: true-false, prompt: The bridge would reopen on Monday., answer: true, skill: detail, sources: [{article: a, quote: "${QUOTED}", paragraph: 2}]}\n`;
  writeFileSync(join(dir, 'bank.yaml'), yaml);
  writeFileSync(join(dir, 'answers.json'), '{"q": true}');
  return statSync(join(dir, 'articles', file)).size + yaml.length;
}

/** The memory target: 10 times the input plus 300 MB. */
const memoryBound = (inputBytes: number) => (10 * inputBytes + 300 * MB) / 2 ** 20;

/** Prints one run; CPU time per MB of `perMb` (the article), or of the whole input. Exit 1 is what check gives a bad bank. */
function report(label: string, run: NodeRun, inputBytes: number, perMb?: number): { cpuPerMb: number; ok: boolean } {
  const cpuPerMb = run.cpu / 1000 / (perMb ?? inputBytes / MB);
  const within = run.maxRssMiB <= memoryBound(inputBytes);
  console.log(
    `    ${label.padEnd(30)} wall ${(run.wall / 1000).toFixed(2).padStart(6)} s   CPU ${(run.cpu / 1000).toFixed(2).padStart(6)} s = ${cpuPerMb.toFixed(2).padStart(5)} s/MB   peak ${run.maxRssMiB.toFixed(0).padStart(5)} MiB${within ? '' : ` (over ${memoryBound(inputBytes).toFixed(0)} MiB)`}${run.status === 0 ? '' : `   exit ${run.status}`}`,
  );
  return { cpuPerMb, ok: within };
}

function benchShapes(root: string, bin: string): void {
  console.log(
    'Hostile article shapes, each command run once (targets: CPU time at most 2 s per MB of article; peak at most 10x the input + 300 MB)',
  );
  let worst = { perMb: 0, where: '' };
  let overMemory = 0;
  for (const [shape, make] of Object.entries(SHAPES)) {
    if (SKIP.has(shape)) continue;
    for (const size of SIZES) {
      const dir = mkdtempSync(join(tmpdir(), 'citequiz-bench-hostile-'));
      try {
        const { file, text } = make(size * MB);
        const inputBytes = writeBank(dir, file, text);
        const articleMb = text.length / MB;
        console.log(`  ${shape}, ${articleMb.toFixed(1)} MB`);
        for (const [name, args] of Object.entries(COMMANDS)) {
          if (SKIP.has(name)) continue;
          const bank = name === 'generate' ? [] : ['--bank', dir];
          const run = measureNode(root, [bin, ...args(dir), ...bank]);
          if (!succeeded(name, run)) throw new Error(`${name} on ${shape} failed: ${run.stderr}`);
          const { cpuPerMb, ok } = report(name, run, inputBytes, articleMb);
          if (cpuPerMb > worst.perMb)
            worst = { perMb: cpuPerMb, where: `${name} on ${shape}, ${articleMb.toFixed(1)} MB` };
          if (!ok) overMemory++;
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  console.log(
    `  slowest: ${worst.perMb.toFixed(2)} s/MB (${worst.where}); commands over the memory target: ${overMemory}`,
  );
}

/** `generate` on the HTML pages of bench/html-shapes.ts: unclosed and deeply nested tags among them. */
function benchHtmlShapes(root: string, bin: string): void {
  console.log('generate on hostile HTML pages (the same targets)');
  for (const [shape, make] of Object.entries(HTML_SHAPES)) {
    if (SKIP.has(shape)) continue;
    for (const size of SIZES) {
      const dir = mkdtempSync(join(tmpdir(), 'citequiz-bench-hostile-'));
      try {
        const page = join(dir, 'page.html');
        writeFileSync(page, make(size * MB));
        const bytes = statSync(page).size;
        const run = measureNode(root, [bin, 'generate', page, '--out', join(dir, 'generated')]);
        if (!succeeded('generate', run)) throw new Error(`generate on ${shape} failed: ${run.stderr}`);
        report(`${shape}, ${(bytes / MB).toFixed(1)} MB`, run, bytes);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}

/** The hostile banks and histories of the issue, each as the command that met it. */
function benchHostileFiles(root: string, bin: string): void {
  console.log('Hostile banks and histories (the same targets)');
  const dir = mkdtempSync(join(tmpdir(), 'citequiz-bench-hostile-'));
  try {
    // A 50 MB bank with one bad quote: its line is found without building the whole YAML document.
    const big = join(dir, 'big');
    writeSyntheticBank(big, 50, 155_000);
    const yaml = join(big, 'bank.yaml');
    const bytes = statSync(yaml).size + 50 * statSync(join(big, 'articles', 'a0.txt')).size;
    console.log(`  a bank of ${(statSync(yaml).size / MB).toFixed(0)} MB (155,000 questions over 50 articles)`);
    report('check, valid', measureNode(root, [bin, 'check', '--bank', big]), bytes);
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8').replace('quote: The council approved', 'quote: The council never approved'),
    );
    report(`check, one bad quote`, measureNode(root, [bin, 'check', '--bank', big]), bytes);
    rmSync(big, { recursive: true, force: true });

    // 2,000 aliases of one 1 MB text: refused before anything expands them.
    const aliases = join(dir, 'aliases');
    mkdirSync(join(aliases, 'articles'), { recursive: true });
    writeFileSync(join(aliases, 'articles', 'a.txt'), `A Headline\n${QUOTED}\n`);
    const questions = Array.from(
      { length: 2000 },
      (_, i) =>
        `  - {id: q${i}, type: true-false, prompt: P, answer: true, skill: detail, explanation: ${i === 0 ? `&long "${'x'.repeat(MB)}"` : '*long'}, sources: [{article: a, quote: "${QUOTED}"}]}`,
    );
    writeFileSync(
      join(aliases, 'bank.yaml'),
      `title: T\narticles: [{id: a, file: articles/a.txt, title: A}]\nquestions:\n${questions.join('\n')}\n`,
    );
    const aliasBytes = statSync(join(aliases, 'bank.yaml')).size;
    console.log(`  a bank of ${(aliasBytes / MB).toFixed(1)} MB aliasing one 1 MB text 2,000 times`);
    report(
      'export gift',
      measureNode(root, [bin, 'export', '--format', 'gift', '--out', '-', '--bank', aliases]),
      aliasBytes,
    );

    // A 100 MB line of garbage in the study history, before the first question.
    const home = join(dir, 'home');
    mkdirSync(join(home, 'history'), { recursive: true });
    const history = join(home, 'history', `${historyKey(join(root, 'questions', 'london-attacks-2017'))}.jsonl`);
    appendFileSync(history, `${'x'.repeat(100 * MB)}\n`);
    writeFileSync(join(dir, 'answers.json'), '{}');
    const env = { ...process.env, CITEQUIZ_HOME: home };
    console.log('  a study history holding a 100 MB line of garbage');
    report('quiz --answers', measureNode(root, [bin, 'quiz', '--answers', join(dir, 'answers.json')], env), 100 * MB);
    report('stats', measureNode(root, [bin, 'stats'], env), 100 * MB);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchHostile(root: string, bin: string): void {
  benchShapes(root, bin);
  console.log();
  benchHtmlShapes(root, bin);
  console.log();
  benchHostileFiles(root, bin);
}

// `npm run bench:hostile` runs this part alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.env.CITEQUIZ_HOME = mkdtempSync(join(tmpdir(), 'citequiz-bench-home-'));
  benchHostile(root, join(root, 'bin/citequiz.js'));
}
