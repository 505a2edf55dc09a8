// The study history's speed targets: with 100,000 recorded answers, `stats` under 0.5 s and a
// quiz's first question within 3x `node -e 0`.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBankFolder, requireBank } from '../src/cli/bank-folder.js';
import { questionHash } from '../src/study/content-hash.js';
import { encodeRecord, type HistoryRecord } from '../src/study/records.js';
import { median, ms, timeNode, timeNodeInTerminal, timeToFirstQuestion } from './measure.js';

const ANSWERS = 100_000;
const PER_SESSION = 10;

/** Three years of daily quizzes on the bundled bank, as the quiz writes them. */
async function writeHistory(home: string, root: string): Promise<number> {
  const bank = requireBank(await readBankFolder(undefined, root));
  const questions = bank.questions.map((q) => ({ id: q.id, hash: questionHash(q), choices: q.choices }));
  const sessions = ANSWERS / PER_SESSION;
  const first = Date.now() - 3 * 365 * 86_400_000;
  const step = (Date.now() - 3_600_000 - first) / sessions;
  const lines: string[] = [];
  for (let s = 0; s < sessions; s++) {
    const session = `bench-${s}`;
    const at = (k: number) => new Date(first + s * step + k * 20_000).toISOString();
    const picked = Array.from({ length: PER_SESSION }, (_, k) => questions[(s * 7 + k * 13) % questions.length]!);
    const records: HistoryRecord[] = [
      {
        v: 1,
        kind: 'start',
        session,
        at: at(0),
        mode: 'quiz',
        seed: String(s),
        exam: false,
        items: picked.map((q) => ({ question: q.id, hash: q.hash, choices: q.choices })),
      },
      ...picked.map((q, k): HistoryRecord => ({
        v: 1,
        kind: 'answer',
        session,
        at: at(k + 1),
        question: q.id,
        hash: q.hash,
        given: 'A',
        correct: (s + k) % 4 !== 0,
      })),
      { v: 1, kind: 'end', session, at: at(PER_SESSION + 1), reason: 'finished' },
    ];
    lines.push(...records.map(encodeRecord));
  }
  mkdirSync(join(home, 'history'), { recursive: true });
  const file = join(home, 'history', `${bank.id}.jsonl`);
  writeFileSync(file, lines.join(''));
  return statSync(file).size;
}

export async function benchStudy(root: string, bin: string, runs: number): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'citequiz-bench-home-'));
  try {
    const bytes = await writeHistory(home, root);
    const env = { ...process.env, CITEQUIZ_HOME: home };
    console.log(
      `Study history of ${ANSWERS.toLocaleString('en')} answers (${(bytes / 1024 / 1024).toFixed(1)} MiB, ${ANSWERS / PER_SESSION} sessions)`,
    );
    // The first `stats` replays every answer through the scheduler and saves a summary; later
    // ones read the summary and only the answers since.
    const cold = timeNode(root, [bin, 'stats', '--json'], env);
    // Interleaved, so that a busy machine slows every figure alike: `list` loads the same bank
    // without the history, so stats minus list is what the history costs.
    const node: number[] = [];
    const list: number[] = [];
    const warm: number[] = [];
    const baseline: number[] = [];
    const first: number[] = [];
    for (let i = 0; i < runs; i++) {
      node.push(timeNode(root, ['-e', '0'], env));
      list.push(timeNode(root, [bin, 'list', '--json'], env));
      warm.push(timeNode(root, [bin, 'stats', '--json'], env));
      baseline.push(timeNodeInTerminal());
      first.push(await timeToFirstQuestion(root, bin, env));
    }
    console.log(
      `  stats, first run (no summary yet)   ${ms(cold)}  (replays every answer; each session's end keeps the summary current after that)`,
    );
    console.log(
      `  stats, median of ${runs}               ${ms(median(warm))}  (min ${ms(Math.min(...warm))}; target: under 500 ms)`,
    );
    console.log(`    same runs: node -e 0 ${ms(median(node))}, list --json on the same bank ${ms(median(list))}`);
    console.log(
      `  quiz: first question on screen     ${ms(median(first))}  = ${(median(first) / median(baseline)).toFixed(2)}x node -e 0 in the same pseudo-terminal (${ms(median(baseline))}; target: within 3x)`,
    );
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
