// `citequiz cite` on 10,000 questions over 50 articles (target: under 10 s): the questions a
// generate run writes on 50 Brown corpus texts, repeated with new ids to 10,000, their sources
// removed. Then how often the sentence chosen is the one each question was made from, after a GIFT
// round trip of the generated bank.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { brownArticles } from './brown.js';
import { median, ms, timeNodeWithCpu } from './measure.js';

const QUESTIONS = 10_000;
const ARTICLES = 50;

interface Entry {
  id: string;
  type?: string;
  prompt?: string;
  sources?: { article: string; quote: string }[];
  [field: string]: unknown;
}

function run(root: string, args: string[]): string {
  const result = spawnSync(process.execPath, [join(root, 'bin/citequiz.js'), ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`citequiz ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export function benchCite(root: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'citequiz-cite-'));
  try {
    for (const article of brownArticles(ARTICLES)) writeFileSync(join(dir, `${article.id}.txt`), article.text);
    const generated = join(dir, 'generated');
    run(root, ['generate', dir, '--out', generated]);
    const bank = parse(readFileSync(join(generated, 'bank.yaml'), 'utf8')) as { questions: Entry[] };

    const big = join(dir, 'big');
    cpSync(generated, big, { recursive: true });
    const questions = Array.from({ length: QUESTIONS }, (_, i) => {
      const { sources: _sources, ...entry } = bank.questions[i % bank.questions.length]!;
      return { ...entry, id: `${entry.id}-${i}` };
    });
    writeFileSync(join(big, 'bank.yaml'), stringify({ ...bank, questions }, { lineWidth: 0 }));
    const fresh = readFileSync(join(big, 'bank.yaml'), 'utf8');
    const runs = Array.from({ length: 3 }, () => {
      writeFileSync(join(big, 'bank.yaml'), fresh);
      return timeNodeWithCpu(root, [join(root, 'bin/citequiz.js'), 'cite', '--bank', big]);
    });
    const wall = runs.map((r) => r.wall);
    console.log(`cite ${QUESTIONS.toLocaleString('en-US')} questions over ${ARTICLES} articles (target: under 10 s)`);
    console.log(
      `  median of 3 runs                 ${ms(median(wall))} wall (min ${ms(Math.min(...wall))}), ${ms(median(runs.map((r) => r.cpu)))} CPU`,
    );

    const gift = join(dir, 'generated.gift');
    run(root, ['export', '--format', 'gift', '--out', gift, '--bank', generated]);
    const empty = join(dir, 'empty');
    cpSync(generated, empty, { recursive: true });
    writeFileSync(join(empty, 'bank.yaml'), stringify({ ...bank, questions: [] }, { lineWidth: 0 }));
    const report = JSON.parse(run(root, ['import', gift, '--bank', empty, '--json'])) as {
      questions: { id: string; status: string; sources: { article: string; quote: string }[] }[];
    };
    const imported = parse(readFileSync(join(empty, 'bank.yaml'), 'utf8')) as { questions: Entry[] };
    const originalByPrompt = new Map(bank.questions.map((q) => [`${q.type}:${q.prompt}`, q]));
    let right = 0;
    let sure = 0;
    let sureWrong = 0;
    for (const q of imported.questions) {
      const original = originalByPrompt.get(`${q.type}:${q.prompt}`);
      const chosen = report.questions.find((r) => r.id === q.id)!;
      const first = chosen.sources[0];
      const ok =
        first !== undefined &&
        original?.sources?.some(
          (s) => s.article === first.article && (s.quote.includes(first.quote) || first.quote.includes(s.quote)),
        );
      if (ok) right++;
      if (chosen.status === 'cited') {
        sure++;
        if (!ok) sureWrong++;
      }
    }
    const n = imported.questions.length;
    console.log(
      `  generated bank (${n} questions, Brown texts) after a GIFT round trip: ${((right / n) * 100).toFixed(1)}% cited to the sentence they were made from; ${sure} confident, ${sureWrong} of them wrong`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
