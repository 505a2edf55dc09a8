import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyKey } from '../../src/cli/bank-folder.js';
import { runCli } from '../../src/cli/program.js';
import { BUNDLED_BANK, loadFixtureBank, MINI_BANK } from '../helpers.js';
import { CTRL_C, fakeIo, tempHome } from './fake-io.js';

const BANK = ['--bank', MINI_BANK];
const historyFile = (home: string) => join(home, 'history', `${historyKey(MINI_BANK)}.jsonl`);
const records = (home: string) =>
  readFileSync(historyFile(home), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
const answersFile = (answers: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'citequiz-answers-')), 'answers.json');
  writeFileSync(file, JSON.stringify(answers));
  return file;
};
/** A time on a January day, local time: noon unless given. */
const day =
  (n: number, hour = 12) =>
  () =>
    new Date(2026, 0, n, hour);

// With seed 3 the mini bank asks: visitors, renovation-years, opener, then two choice questions.
const SEED = ['--seed', '3'];

describe('every answer is saved as it is given', () => {
  it('records the start, each answer and the end of a quiz', async () => {
    const home = tempHome();
    const { io } = fakeIo({ home, answers: ['B', 'two', 'Omar Said', 'A', 'A'] });
    expect(await runCli(['quiz', ...BANK, ...SEED], io)).toBe(0);
    const kinds = records(home).map((r) => r.kind);
    expect(kinds).toEqual(['start', 'answer', 'answer', 'answer', 'answer', 'answer', 'end']);
    expect(records(home)[3]).toMatchObject({
      question: 'opener',
      given: 'Omar Said',
      correct: false,
      hash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it('keeps the answers given before Ctrl+C and says so', async () => {
    const home = tempHome();
    const { io, stderr } = fakeIo({ home, answers: ['B', 'two', CTRL_C] });
    expect(await runCli(['quiz', ...BANK, ...SEED], io)).toBe(130);
    expect(stderr().trimEnd().split('\n').at(-1)).toBe(
      'Quiz stopped after 2 of 5 questions. Your answers are saved: `citequiz quiz` offers to resume.',
    );
    expect(records(home).map((r) => r.question ?? r.kind)).toEqual(['start', 'visitors', 'renovation-years']);
  });

  it('records answers from --answers, but not the questions the file leaves out', async () => {
    const home = tempHome();
    const { io } = fakeIo({ home });
    expect(
      await runCli(['quiz', ...BANK, '--answers', answersFile({ visitors: 'B', parade: true }), '--json'], io),
    ).toBe(0);
    expect(records(home).filter((r) => r.kind === 'answer')).toMatchObject([
      { question: 'visitors', given: '12,000', correct: true },
      { question: 'parade', given: 'True', correct: false },
    ]);
  });

  it('keeps apart the histories of two banks in folders of the same name', async () => {
    const home = tempHome();
    const courses = mkdtempSync(join(tmpdir(), 'citequiz-courses-'));
    const [a, b] = ['course-a', 'course-b'].map((course) => join(courses, course, 'week1'));
    for (const dir of [a!, b!]) cpSync(MINI_BANK, dir, { recursive: true });
    expect(await runCli(['quiz', '--bank', a!, '--answers', answersFile({ visitors: 'B' })], fakeIo({ home }).io)).toBe(
      0,
    );
    expect(await runCli(['quiz', '--bank', b!, '--answers', answersFile({ visitors: 'A' })], fakeIo({ home }).io)).toBe(
      0,
    );
    expect(await runCli(['history', '--bank', b!, '--clear', '--yes'], fakeIo({ home }).io)).toBe(0);
    const left = fakeIo({ home });
    expect(await runCli(['history', '--bank', a!, '--json'], left.io)).toBe(0);
    expect(JSON.parse(left.stdout())).toMatchObject({ answers: 1 });
  });

  it('leaves no session behind when the answers file cannot be read', async () => {
    const home = tempHome();
    const { io } = fakeIo({ home });
    expect(await runCli(['quiz', ...BANK, '--answers', 'missing.json'], io)).toBe(1);
    const later = fakeIo({ home, answers: ['A'] });
    await runCli(['quiz', ...BANK, '--count', '1'], later.io);
    expect(later.asked[0]!.message).toMatch(/^1\/1/); // no unfinished quiz to offer
  });

  it('stops before the first question when the history cannot be written', async () => {
    const home = join(tempHome(), 'a-file');
    writeFileSync(home, '');
    const { io, stderr, asked } = fakeIo({ home, answers: ['A'] });
    expect(await runCli(['quiz', ...BANK], io)).toBe(1);
    expect(asked).toHaveLength(0);
    expect(stderr()).toMatch(
      /^citequiz: cannot read the study history .*a-file\/history\/mini-[0-9a-f]{8}\.jsonl: ENOTDIR.*Set CITEQUIZ_HOME to a folder you can write to\.\n$/,
    );
  });

  it('stops with a clear message when the disk refuses an answer', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'history'));
    symlinkSync('/dev/full', historyFile(home)); // every write fails with ENOSPC
    const { io, stderr, asked } = fakeIo({ home, answers: ['A'] });
    expect(await runCli(['quiz', ...BANK], io)).toBe(1);
    expect(asked).toHaveLength(0);
    expect(stderr()).toMatch(/^citequiz: cannot save answers to the study history .*mini-[0-9a-f]{8}\.jsonl: ENOSPC/);
  });
});

describe('resuming an unfinished quiz', () => {
  const interrupted = async () => {
    const home = tempHome();
    const { io } = fakeIo({ home, answers: ['B', 'two', CTRL_C] });
    await runCli(['quiz', ...BANK, ...SEED], io);
    return home;
  };

  it('--resume asks only the questions left, numbered on, and reports the whole quiz', async () => {
    const home = await interrupted();
    const { io, stdout, stderr, asked } = fakeIo({ home, answers: ['Alice Brown', 'A', 'A'] });
    expect(await runCli(['quiz', ...BANK, '--resume', '--json'], io)).toBe(0);
    expect(asked.map((a) => a.message.split('  ')[0])).toEqual(['3/5', '4/5', '5/5']);
    expect(stderr()).toContain('resumed: 2 answered');
    const report = JSON.parse(stdout());
    expect(report.questions.map((q: { id: string }) => q.id).slice(0, 3)).toEqual([
      'visitors',
      'renovation-years',
      'opener',
    ]);
    expect(report.total).toBe(5);
    expect(report.questions.slice(0, 3)).toMatchObject([
      { given: '4,000', correct: false },
      { given: 'two', correct: true },
      { given: 'Alice Brown', correct: true },
    ]);
    expect(records(home).at(-1)).toMatchObject({ kind: 'end', reason: 'finished' });
    // Finished: the next quiz starts afresh without asking.
    const next = fakeIo({ home, answers: Array(10).fill('A') });
    await runCli(['quiz', ...BANK], next.io);
    expect(next.asked[0]!.message).toMatch(/^1\/5/);
  });

  it('asks in a terminal when no flag decides, and setting it aside is remembered', async () => {
    const home = await interrupted();
    const { io, asked } = fakeIo({ home, answers: ['B', 'A', 'A', 'A', 'A', 'A'] });
    expect(await runCli(['quiz', ...BANK, ...SEED], io)).toBe(0);
    expect(asked[0]!.message.replace(/\s+/g, ' ')).toMatch(
      /^You have an unfinished quiz \(started .*, 2 of 5 questions answered\)\.$/,
    );
    expect(asked[0]!.choices).toEqual(['Resume it', 'Start a new quiz']);
    expect(asked[1]!.message).toMatch(/^1\/5/);
    expect(
      records(home)
        .filter((r) => r.kind === 'end')
        .map((r) => r.reason),
    ).toEqual(['abandoned', 'finished']);
  });

  it('resumes when chosen from the question', async () => {
    const home = await interrupted();
    const { io, asked } = fakeIo({ home, answers: ['A', 'Alice Brown', 'A', 'A'] });
    expect(await runCli(['quiz', ...BANK], io)).toBe(0);
    expect(asked.slice(1).map((a) => a.message.split('  ')[0])).toEqual(['3/5', '4/5', '5/5']);
  });

  it('--no-resume starts afresh without asking', async () => {
    const home = await interrupted();
    const { io, asked } = fakeIo({ home, answers: Array(5).fill('A') });
    expect(await runCli(['quiz', ...BANK, '--no-resume'], io)).toBe(0);
    expect(asked[0]!.message).toMatch(/^1\/5/);
    expect(
      records(home)
        .filter((r) => r.kind === 'end')
        .map((r) => r.reason),
    ).toEqual(['abandoned', 'finished']);
  });

  it('a script with --answers neither asks nor sets the quiz aside', async () => {
    const home = await interrupted();
    const script = fakeIo({ home });
    expect(await runCli(['quiz', ...BANK, '--answers', answersFile({}), '--json'], script.io)).toBe(0);
    const later = fakeIo({ home, answers: ['A', 'Alice Brown', 'A', 'A'] });
    await runCli(['quiz', ...BANK], later.io);
    expect(later.asked[0]!.message).toMatch(/^You have an unfinished quiz/);
  });

  it('does not offer a quiz stopped before its first answer', async () => {
    const home = tempHome();
    expect(await runCli(['quiz', ...BANK, ...SEED], fakeIo({ home, answers: [CTRL_C] }).io)).toBe(130);
    const { io, asked } = fakeIo({ home, answers: Array(5).fill('A') });
    expect(await runCli(['quiz', ...BANK], io)).toBe(0);
    expect(asked[0]!.message).toMatch(/^1\/5/);
  });

  it('says which options a resumed quiz leaves for a new one', async () => {
    const home = await interrupted();
    const { io, stderr, asked } = fakeIo({ home, answers: ['Alice Brown', 'A', 'A'] });
    expect(await runCli(['quiz', ...BANK, '--resume', '--count', '2', '--exam'], io)).toBe(0);
    expect(stderr()).toContain(
      'citequiz: resuming the quiz as it was started; --count 2 --exam apply to a new quiz (--no-resume starts one).\n',
    );
    expect(asked.map((a) => a.message.split('  ')[0])).toEqual(['3/5', '4/5', '5/5']);
  });

  it('says nothing of options when there are none to leave', async () => {
    const home = await interrupted();
    const { io, stderr } = fakeIo({ home, answers: ['Alice Brown', 'A', 'A'] });
    expect(await runCli(['quiz', ...BANK, '--resume'], io)).toBe(0);
    expect(stderr()).not.toContain('resuming the quiz as it was started');
  });

  it('says so when --resume finds nothing to resume', async () => {
    const { io, stderr } = fakeIo({ answers: Array(5).fill('A') });
    expect(await runCli(['quiz', ...BANK, '--resume', '--count', '1'], io)).toBe(0);
    expect(stderr()).toMatch(/^citequiz: there is no unfinished quiz to resume; starting a new one\.\n/);
  });

  it('leaves out a question edited since', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'citequiz-bank-')), 'mini');
    cpSync(MINI_BANK, dir, { recursive: true });
    const home = tempHome();
    await runCli(['quiz', '--bank', dir, ...SEED], fakeIo({ home, answers: ['B', CTRL_C] }).io);
    const yaml = join(dir, 'bank.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8').replace('Who opened the Harbour Festival?', 'Who opened the festival?'),
    );
    const { io, stderr, asked } = fakeIo({ home, answers: ['two', 'A', 'A'] });
    expect(await runCli(['quiz', '--bank', dir, '--resume'], io)).toBe(0);
    expect(stderr()).toContain(
      'citequiz: 1 question of the unfinished quiz changed in the bank since and is left out.',
    );
    expect(asked.map((a) => a.message.split('  ')[0])).toEqual(['2/4', '3/4', '4/4']);
  });

  it('starts a new quiz when nothing of the unfinished one is left to ask', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'citequiz-bank-')), 'mini');
    cpSync(MINI_BANK, dir, { recursive: true });
    const home = tempHome();
    await runCli(['quiz', '--bank', dir, ...SEED], fakeIo({ home, answers: ['B', CTRL_C] }).io);
    // Every question renamed: none of the unfinished quiz is in the bank any more.
    const yaml = join(dir, 'bank.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8').replace(/id: (visitors|opener|parade|renovation-years|both-crowds)/g, 'id: $1-2'),
    );
    const { io, stderr, asked } = fakeIo({ home, answers: Array(5).fill('A') });
    expect(await runCli(['quiz', '--bank', dir, '--resume'], io)).toBe(0);
    expect(stderr()).toContain('citequiz: nothing of the unfinished quiz is left to ask; starting a new one.');
    expect(asked[0]!.message).toMatch(/^1\/5/);
    const history = readFileSync(join(home, 'history', `${historyKey(dir)}.jsonl`), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(history.filter((r) => r.kind === 'end').map((r) => r.reason)).toEqual(['abandoned', 'finished']);
  });
});

describe('citequiz review', () => {
  /** A quiz on day 1 from a file: visitors and opener right, parade and renovation-years missed. */
  const quizzed = async () => {
    const home = tempHome();
    const answers = answersFile({ visitors: 'B', opener: 'Alice Brown', parade: true, 'renovation-years': 'three' });
    await runCli(['quiz', ...BANK, '--answers', answers], fakeIo({ home, now: day(1) }).io);
    return home;
  };
  const review = async (home: string, now: () => Date, answers: unknown, ...flags: string[]) => {
    const run = fakeIo({ home, now });
    const code = await runCli(['review', ...BANK, '--answers', answersFile(answers), '--json', ...flags], run.io);
    return { code, report: JSON.parse(run.stdout()), stderr: run.stderr() };
  };
  const ids = (report: { questions: { id: string }[] }) => report.questions.map((q) => q.id);

  it('asks nothing on the day of the quiz, then the misses the next day, then nothing once they are right', async () => {
    const home = await quizzed();
    const sameDay = await review(home, day(1), {}, '--new', '0');
    expect(sameDay.report.total).toBe(0);
    expect(sameDay.stderr).toContain(
      'Nothing is due for review today. The next question falls due Friday, 2 January 2026. 1 question not yet answered waits for --new N.',
    );
    const nextDay = await review(home, day(2), { parade: 'B', 'renovation-years': '2' }, '--new', '0');
    expect(ids(nextDay.report)).toEqual(['parade', 'renovation-years']);
    expect(nextDay.report).toMatchObject({ total: 2, correct: 2 });
    expect((await review(home, day(2), {}, '--new', '0')).report.total).toBe(0);
    // Days later the right answers of day 1 are due, and so (after a miss) is one of them.
    expect(ids((await review(home, day(5), {}, '--new', '0')).report).sort()).toEqual([
      'opener',
      'parade',
      'renovation-years',
      'visitors',
    ]);
  });

  it("with a fresh history, introduces new questions in the bank's order up to the cap", async () => {
    const bundled = await review(tempHome(), day(1), {}, '--bank', BUNDLED_BANK);
    const bank = await loadFixtureBank(BUNDLED_BANK);
    expect(ids(bundled.report)).toEqual(bank.questions.slice(0, 10).map((q) => q.id));
    expect(bundled.stderr).toBe('');

    const home = tempHome();
    const first = await review(home, day(1), { visitors: 'B', opener: 'x', parade: 'A' }, '--new', '3');
    expect(ids(first.report)).toEqual(['visitors', 'opener', 'parade']);
    // The same day: the three are introduced, and nothing is due yet.
    const again = await review(home, day(1, 18), {}, '--new', '3');
    expect(again.report.total).toBe(0);
    expect(again.stderr).toContain(
      "Today's 3 new questions have been introduced; 2 more wait for tomorrow, or for --new N today.",
    );
    // The next day: the misses first, then new questions again.
    const nextDay = await review(home, day(2), {}, '--new', '3');
    expect(ids(nextDay.report)).toEqual(['opener', 'parade', 'renovation-years', 'both-crowds']);
  });

  it('says what it asks: misses, due and new', async () => {
    const home = await quizzed();
    const run = fakeIo({ home, now: day(2), answers: ['A', 'B', 'A'] });
    expect(await runCli(['review', ...BANK, '--exam'], run.io)).toBe(0);
    expect(run.stderr()).toContain('3 questions: 2 missed before, 1 new · exam');
  });

  it('puts misses first and takes --count', async () => {
    const home = await quizzed();
    const { report } = await review(home, day(4), {}, '--count', '3');
    expect(ids(report).slice(0, 2).sort()).toEqual(['parade', 'renovation-years']);
    expect(report.total).toBe(3);
  });

  it('--missed takes the recent misses at once, and ends with where to read up', async () => {
    const home = await quizzed();
    const run = fakeIo({ home, now: day(1), answers: ['A', 'B'] });
    expect(await runCli(['review', ...BANK, '--missed'], run.io)).toBe(0);
    expect(run.asked.map((a) => a.message)).toEqual([
      '1/2  The tall ship parade went ahead despite the wind.',
      '2/2  How many years did the Market Square renovation take?',
    ]);
    expect(run.stdout()).toContain('Answered in “Market Square Reopens”, paragraph');
    expect(
      records(home)
        .filter((r) => r.kind === 'start')
        .map((r) => r.mode),
    ).toEqual(['quiz', 'review']);
  });

  it('warns about answers to questions the review does not ask', async () => {
    const home = await quizzed();
    const { stderr } = await review(home, day(2), { visitors: 'B', parade: 'B' });
    expect(stderr).toBe('citequiz: ignoring answers to questions this review does not ask: visitors\n');
  });

  it('without a terminal, fails at once naming --answers', async () => {
    const { io, stderr } = fakeIo({ tty: false });
    expect(await runCli(['review', ...BANK], io)).toBe(2);
    expect(stderr()).toMatch(/citequiz review --answers FILE/);
  });
});

describe('citequiz stats', () => {
  const studied = async () => {
    const home = tempHome();
    await runCli(
      ['quiz', ...BANK, '--answers', answersFile({ visitors: 'A', opener: 'Alice Brown', 'both-crowds': 'A' })],
      fakeIo({ home, now: day(1) }).io,
    );
    await runCli(['quiz', ...BANK, '--answers', answersFile({ visitors: 'C' })], fakeIo({ home, now: day(2) }).io);
    return home;
  };

  it('gives the figures as JSON', async () => {
    const { io, stdout } = fakeIo({ home: await studied(), now: day(2) });
    expect(await runCli(['stats', ...BANK, '--json'], io)).toBe(0);
    expect(JSON.parse(stdout())).toMatchObject({
      bank: 'mini',
      answers: 4,
      sessions: 2,
      streak: { current: 2, longest: 2 },
      overall: { correct: 2, total: 4, score: 0.5 },
      bySkill: [
        { skill: 'detail', correct: 1, total: 3 },
        { skill: 'cross-article', correct: 1, total: 1 },
      ],
      today: { new: 2, learning: 0, due: 0 },
      due: { today: 0, next7Days: 3, new: 2 },
      mostMissed: [
        {
          id: 'visitors',
          missed: 2,
          answered: 2,
          expected: '12,000',
          sources: [{ article: 'harbour', paragraph: 3, sentence: expect.stringContaining('12,000 visitors') }],
        },
      ],
    });
  });

  it('shows them on the terminal with where to read up on each question missed most', async () => {
    const { io, stdout } = fakeIo({ home: await studied(), now: day(3) });
    // The bank as typed, relative to the working folder: the read command shows it so.
    expect(await runCli(['stats', '--bank', 'tests/fixtures/banks/mini'], io)).toBe(0);
    expect(stdout()).toMatchInlineSnapshot(`
      "Study statistics · Mini bank for tests
      4 answers in 2 sessions · streak 2 days (longest 2 days)

      Accuracy 50% (2 of 4 answers to the questions as they are now)

      By article
         50%     2/4  Harbour Festival Draws Record Crowds

      By skill
         33%     1/3  detail
        100%     1/1  cross-article

      Today's review
        new 2 · learning 1 · due 0
        then 2 due in the next 7 days · 2 not yet answered

      Missed most often: where to read up

      1.  How many visitors did the Riverside Harbour Festival draw on Saturday?
          missed 2 of 2 · answer: 12,000
          Answered in “Harbour Festival Draws Record Crowds” (Riverside Times),
            paragraph 3:
            “The Riverside Harbour Festival drew «12,000» visitors on Saturday, the
            largest crowd in its history.”
            → citequiz read harbour --paragraph 3 --bank tests/fixtures/banks/mini

      Review them: citequiz review
      "
    `);
  });

  it('start from a summary each session keeps current, which says what replaying the whole history says', async () => {
    const home = await studied();
    await runCli(['review', ...BANK, '--answers', answersFile({ visitors: 'B' })], fakeIo({ home, now: day(3) }).io);
    const summary = join(home, 'history', `${historyKey(MINI_BANK)}.summary.json`);
    expect(JSON.parse(readFileSync(summary, 'utf8'))).toMatchObject({
      offset: readFileSync(historyFile(home)).length,
      data: { answers: 5 },
    });
    const kept = fakeIo({ home, now: day(4) });
    await runCli(['stats', ...BANK, '--json'], kept.io);
    rmSync(summary);
    const replayed = fakeIo({ home, now: day(4) });
    await runCli(['stats', ...BANK, '--json'], replayed.io);
    expect(JSON.parse(kept.stdout())).toEqual(JSON.parse(replayed.stdout()));
    expect(JSON.parse(kept.stdout())).toMatchObject({ answers: 5, sessions: 3 });
  });

  it('says how to start when nothing is recorded', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['stats', ...BANK], io)).toBe(0);
    expect(stdout()).toBe(
      "Study statistics · Mini bank for tests\n\nNo answers recorded for this bank yet. Take a quiz (citequiz quiz), or start on\ntoday's new questions (citequiz review).\n",
    );
  });

  it('warns once about unreadable lines, keeps every good record and leaves the file as it was', async () => {
    const home = await studied();
    appendFileSync(historyFile(home), 'garbage\n{"v": 99, "kind": "answer"}\n{"v":1,"kind":"answ');
    const before = readFileSync(historyFile(home));
    const { io, stdout, stderr } = fakeIo({ home, now: day(2) });
    expect(await runCli(['stats', ...BANK, '--json'], io)).toBe(0);
    expect(stderr()).toBe(
      `citequiz: warning: 3 lines of ${historyFile(home)} could not be read (cut short, damaged, or from another version of citequiz) and were skipped; every other record is kept and the file is left as it is.\n`,
    );
    expect(JSON.parse(stdout())).toMatchObject({ answers: 4 });
    expect(readFileSync(historyFile(home))).toEqual(before);
  });
});

describe('citequiz history', () => {
  const withHistory = async () => {
    const home = tempHome();
    await runCli(['quiz', ...BANK, '--answers', answersFile({ visitors: 'A', opener: 'x' })], fakeIo({ home }).io);
    return home;
  };

  it('says where the history is and what it holds', async () => {
    const home = await withHistory();
    const { io, stdout } = fakeIo({ home });
    expect(await runCli(['history', ...BANK], io)).toBe(0);
    expect(stdout()).toBe(`Study history of bank "mini": 2 answers in 1 session\n${historyFile(home)}\n`);
  });

  it('--clear --yes deletes it without asking', async () => {
    const home = await withHistory();
    const { io, stderr } = fakeIo({ home, tty: false });
    expect(await runCli(['history', '--clear', '--yes', ...BANK], io)).toBe(0);
    expect(stderr()).toBe('Deleted the study history of bank "mini" (2 answers in 1 session).\n');
    const after = fakeIo({ home });
    await runCli(['history', ...BANK, '--json'], after.io);
    expect(JSON.parse(after.stdout())).toMatchObject({ answers: 0, sessions: 0 });
  });

  it.each([
    ['keeps it when the answer is no', 'A', 'Nothing was deleted.\n', 2],
    [
      'deletes it when the answer is yes',
      'B',
      'Deleted the study history of bank "mini" (2 answers in 1 session).\n',
      0,
    ],
  ])('--clear asks first and %s', async (_name, choice, message, left) => {
    const home = await withHistory();
    const { io, stderr, asked } = fakeIo({ home, answers: [choice] });
    expect(await runCli(['history', '--clear', ...BANK], io)).toBe(0);
    expect(asked[0]!.message.replace(/\s+/g, ' ')).toBe(
      'Delete the study history of bank "mini" (2 answers in 1 session)? This cannot be undone.',
    );
    expect(stderr()).toBe(message);
    const after = fakeIo({ home });
    await runCli(['history', ...BANK, '--json'], after.io);
    expect(JSON.parse(after.stdout()).answers).toBe(left);
  });

  it('--clear without a terminal and without --yes refuses, naming --yes', async () => {
    const home = await withHistory();
    const { io, stderr } = fakeIo({ home, tty: false });
    expect(await runCli(['history', '--clear', ...BANK], io)).toBe(2);
    expect(stderr()).toMatch(/citequiz history --clear --yes\n$/);
    expect(records(home)).toHaveLength(4);
  });
});
