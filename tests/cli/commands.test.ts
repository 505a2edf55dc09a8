import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { MINI_BANK } from '../helpers.js';
import { CTRL_C, fakeIo } from './fake-io.js';

const BANK = ['--bank', 'tests/fixtures/banks/mini'];
const tmp = mkdtempSync(join(tmpdir(), 'citequiz-cli-'));
const answersFile = (answers: unknown, name = 'answers.json') => {
  const file = join(tmp, name);
  writeFileSync(file, typeof answers === 'string' ? answers : JSON.stringify(answers));
  return file;
};

describe('citequiz check', () => {
  it('passes a sound bank with a summary and exit 0', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['check', ...BANK], io)).toBe(0);
    expect(stdout()).toBe(
      '✓ tests/fixtures/banks/mini/bank.yaml: 5 questions on 2 articles; all 6 quotes found in their articles.\n',
    );
  });

  it('lists each problem with file and line and exits 1', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['check', '--bank', 'tests/fixtures/banks/broken/quote-not-found'], io)).toBe(1);
    expect(stdout()).toContain('tests/fixtures/banks/broken/quote-not-found/bank.yaml:15:16: error quote not found');
  });

  it('prints JSON for scripts', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['check', '--json', '--bank', 'tests/fixtures/banks/broken/duplicate-choice'], io)).toBe(1);
    expect(JSON.parse(stdout())).toMatchObject({
      ok: false,
      errors: [{ code: 'duplicate-choice', line: 10, file: 'tests/fixtures/banks/broken/duplicate-choice/bank.yaml' }],
    });
  });

  it('answers in JSON even when there is no bank to read', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['check', '--json', '--bank', 'no/such/folder'], io)).toBe(1);
    expect(JSON.parse(stdout())).toMatchObject({
      ok: false,
      errors: [{ code: 'bank-unreadable', message: expect.stringContaining('no bank at no/such/folder') }],
    });
  });

  it('says where it looked when there is no bank', async () => {
    const { io, stderr } = fakeIo();
    expect(await runCli(['check', '--bank', 'no/such/folder'], io)).toBe(1);
    expect(stderr()).toBe('citequiz: no bank at no/such/folder: expected a folder holding bank.yaml\n');
  });

  it('says so when bank.yaml is not a file', async () => {
    const dir = join(tmp, 'folder-bank');
    mkdirSync(join(dir, 'bank.yaml'), { recursive: true });
    const { io, stderr } = fakeIo();
    expect(await runCli(['check', '--bank', dir], io)).toBe(1);
    expect(stderr()).toBe(`citequiz: ${join(dir, 'bank.yaml')} is not a regular file\n`);
  });

  it('accepts the path of bank.yaml itself', async () => {
    const { io } = fakeIo();
    expect(await runCli(['check', '--bank', join(MINI_BANK, 'bank.yaml')], io)).toBe(0);
  });
});

describe('citequiz list and read', () => {
  it('lists articles as JSON with paragraph and question counts', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['list', '--json', ...BANK], io)).toBe(0);
    expect(JSON.parse(stdout())).toEqual({
      bank: 'mini',
      title: 'Mini bank for tests',
      questions: 5,
      articles: [
        {
          id: 'harbour',
          title: 'Harbour Festival Draws Record Crowds',
          outlet: 'Riverside Times',
          published: '2024-05-04',
          paragraphs: 6,
          questions: 4,
        },
        { id: 'market', title: 'Market Square Reopens', paragraphs: 4, questions: 2 },
      ],
    });
  });

  it('reads an article with paragraph numbers and boilerplate set apart', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['read', 'harbour', ...BANK], io)).toBe(0);
    expect(stdout()).toContain('4 │ Mayor Alice Brown opened the festival');
    expect(stdout()).toContain('6 ┆ [comment form, not cited] Leave a Reply');
  });

  it('gives paragraphs as JSON with their numbers, offsets and whether they can be cited', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['read', 'market', '--json', ...BANK], io)).toBe(0);
    const article = JSON.parse(stdout());
    expect(article).toMatchObject({ id: 'market', title: 'Market Square Reopens', file: 'articles/market.md' });
    expect(article.paragraphs.map((p: { number: number; kind: string }) => [p.number, p.kind])).toEqual([
      [1, 'headline'],
      [2, 'body'],
      [3, 'body'],
      [4, 'source'],
    ]);
    expect(article.paragraphs[1]).toMatchObject({
      citable: true,
      start: 25,
      text: expect.stringMatching(/^The Market Square reopened/),
    });
  });

  it('names the articles there are when the id is unknown', async () => {
    const { io, stderr } = fakeIo();
    expect(await runCli(['read', 'harbor', ...BANK], io)).toBe(1);
    expect(stderr()).toBe(
      'citequiz: no article "harbor" in bank "mini", by id or title; its articles are: harbour, market\n',
    );
  });

  it('says why an article of the bank could not be read, rather than that there is none', async () => {
    const { io, stderr } = fakeIo();
    expect(await runCli(['read', 'bridge', '--bank', 'tests/fixtures/banks/broken/article-binary'], io)).toBe(1);
    expect(stderr()).toMatch(
      /citequiz: article "bridge" could not be read: tests\/fixtures\/banks\/broken\/article-binary\/articles\/binary\.txt: the file is binary, not text\n$/,
    );
    const unknown = fakeIo();
    expect(await runCli(['read', 'other', '--bank', 'tests/fixtures/banks/broken/article-binary'], unknown.io)).toBe(1);
    expect(unknown.stderr()).toMatch(
      /no article "other" in bank "article-binary", by id or title; none of its articles could be read/,
    );
  });

  it('reads an article of a bank with problems, so its author can find paragraph numbers', async () => {
    const { io, stdout, stderr } = fakeIo();
    expect(await runCli(['read', 'bridge', '--bank', 'tests/fixtures/banks/broken/quote-ambiguous'], io)).toBe(0);
    expect(stdout()).toContain('4 │ The bridge opened to traffic at noon');
    expect(stderr()).toBe(
      'citequiz: tests/fixtures/banks/broken/quote-ambiguous/bank.yaml has 1 problem; showing what loaded (see citequiz check)\n',
    );
  });

  it('refuses a quiz on a bank with problems and shows them', async () => {
    const { io, stderr } = fakeIo({ answers: [] });
    expect(await runCli(['quiz', '--bank', 'tests/fixtures/banks/broken/quote-not-found'], io)).toBe(1);
    expect(stderr()).toMatch(/has 1 problem:\n.*bank.yaml:15:16: error quote not found/);
    expect(stderr()).not.toContain('to see them all');
  });

  it('cannot show a bank whose YAML does not parse, and says why', async () => {
    const { io, stderr } = fakeIo();
    expect(await runCli(['list', '--bank', 'tests/fixtures/banks/broken/malformed-yaml'], io)).toBe(1);
    expect(stderr()).toMatch(
      /has 1 problem:\n.*bank.yaml:19:1: error unexpected end of the stream within a double quoted scalar/,
    );
  });
});

describe('untrusted text', () => {
  it('strips terminal control sequences from articles and titles before printing them', async () => {
    const dir = join(tmp, 'hostile');
    mkdirSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(
      join(dir, 'articles', 'a.txt'),
      'The bridge \u001b[31mopened\u0007\u001b[0m in 1932.\nIt cost \u001b]0;owned\u0007£4 million.\n',
    );
    writeFileSync(
      join(dir, 'bank.yaml'),
      'title: "Hostile \\e[2J bank"\narticles:\n  - {id: a, file: articles/a.txt, title: "Bridge \\e]0;x\\a news"}\nquestions:\n  - {id: q, type: short-answer, prompt: "When did it open? \\e[1A", answer: "1932", skill: detail, sources: [{article: a, quote: "in 1932."}]}\n',
    );
    for (const argv of [['read', 'a'], ['list'], ['check']]) {
      const { io, stdout, stderr } = fakeIo();
      expect(await runCli([...argv, '--bank', dir], io), argv.join(' ')).toBe(0);
      expect(stdout() + stderr(), argv.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    }
    const { io, stdout } = fakeIo();
    await runCli(['quiz', '--bank', dir, '--answers', answersFile({ q: '1931' })], io);
    expect(stdout()).toContain('When did it open?');
    expect(stdout()).not.toContain('\u001b');
  });
});

describe('hostile names and characters', () => {
  const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it('keeps right-to-left overrides and C1 controls out of the terminal, and escapes them in JSON', async () => {
    const dir = join(tmp, 'bidi');
    mkdirSync(join(dir, 'articles'), { recursive: true });
    const paragraph = 'The fee was \u202e0051\u202c pounds \u009b2J in 1932.';
    writeFileSync(join(dir, 'articles', 'a.txt'), `${paragraph}\n`);
    writeFileSync(
      join(dir, 'bank.yaml'),
      'title: "Bidi \\u202E bank"\narticles:\n  - {id: a, file: articles/a.txt, title: "A \\u2067title"}\nquestions:\n  - {id: q, type: short-answer, prompt: "When? \\u202E", answer: "1932", skill: detail, sources: [{article: a, quote: "in 1932."}]}\n',
    );
    for (const argv of [
      ['read', 'a'],
      ['read', 'a', '--json'],
      ['list', '--json'],
      ['check', '--json'],
    ]) {
      const { io, stdout, stderr } = fakeIo();
      expect(await runCli([...argv, '--bank', dir], io), argv.join(' ')).toBe(0);
      expect(stdout() + stderr(), argv.join(' ')).not.toMatch(UNSAFE);
    }
    const { io, stdout } = fakeIo();
    await runCli(['read', 'a', '--json', '--bank', dir], io);
    // Escaped, not dropped: a script reading the JSON gets the text as it is.
    expect(JSON.parse(stdout()).paragraphs[0].text).toBe(paragraph);
    const quiz = fakeIo();
    await runCli(['quiz', '--bank', dir, '--json', '--answers', answersFile({ q: '1931' })], quiz.io);
    expect(quiz.stdout()).not.toMatch(UNSAFE);
  });

  it('names a bank folder and an article id holding escape sequences without printing them', async () => {
    const dir = join(tmp, 'red\u001b[31m\u009b2J');
    mkdirSync(dir);
    writeFileSync(join(dir, 'bank.yaml'), 'title: T\narticles: [{id: a, file: gone.txt, title: A}]\nquestions: []\n');
    for (const [argv, code, said] of [
      [['check', '--bank', dir], 1, /gone\.txt/],
      [['list', '--bank', dir], 0, /has 1 problem; showing what loaded/],
      [['check', '--bank', `${dir}\u001b[2J-missing`], 1, /no bank at/],
      [['read', 'x\u001b]0;owned\u0007', ...BANK], 1, /no article "x" in bank/],
    ] as const) {
      const { io, stdout, stderr } = fakeIo();
      expect(await runCli(argv, io)).toBe(code);
      expect(stdout() + stderr()).toMatch(said);
      expect(stdout() + stderr()).not.toMatch(UNSAFE);
    }
  });
});

describe('citequiz quiz --answers', () => {
  it('grades a file of answers, counting omitted questions as missed', async () => {
    const file = answersFile({ visitors: 'B', opener: 'alice brown', parade: false, 'renovation-years': 'two' });
    const { io, stdout } = fakeIo();
    expect(await runCli(['quiz', ...BANK, '--answers', file, '--json'], io)).toBe(0);
    const report = JSON.parse(stdout());
    expect(report).toMatchObject({ total: 5, correct: 4, score: 0.8 });
    expect(report.questions[4]).toEqual({
      id: 'both-crowds',
      prompt: 'Which event do both articles describe as drawing more people than before?',
      given: null,
      expected: 'The Harbour Festival and the reopened market',
      correct: false,
      overridden: false,
      sources: [
        {
          article: 'harbour',
          title: 'Harbour Festival Draws Record Crowds',
          outlet: 'Riverside Times',
          paragraph: 3,
          quote: 'the largest crowd in its history',
          sentence:
            'The Riverside Harbour Festival drew 12,000 visitors on Saturday, the largest crowd in its history.',
        },
        {
          article: 'market',
          title: 'Market Square Reopens',
          outlet: null,
          paragraph: 3,
          quote: 'Shopkeepers said trade doubled in the first week.',
          sentence: 'Shopkeepers said trade doubled in the first week.',
        },
      ],
    });
  });

  it('prints the report of misses with their sources', async () => {
    const file = answersFile({ opener: 'Omar Said' });
    const { io, stdout } = fakeIo();
    expect(await runCli(['quiz', ...BANK, '--answers', file, '--type', 'short-answer'], io)).toBe(0);
    expect(stdout()).toContain('Your answer:    Omar Said');
    expect(stdout()).toContain(
      'Answered in “Harbour Festival Draws Record Crowds” (Riverside Times),\n      paragraph 4:',
    );
    expect(stdout()).toContain('“Mayor «Alice Brown» opened the festival at 10 a.m.');
  });

  it('warns about answers to questions the bank does not have', async () => {
    const { io, stderr } = fakeIo();
    await runCli(['quiz', ...BANK, '--answers', answersFile({ nope: 'A' }), '--json'], io);
    expect(stderr()).toBe('citequiz: ignoring answers to questions not in the bank: nope\n');
  });

  it('names the first five of half a million unknown ids, and counts the rest', async () => {
    const file = answersFile(
      Object.fromEntries(Array.from({ length: 560_000 }, (_, i) => [`x${i}`, 'A'])),
      'many.json',
    );
    const { io, stderr } = fakeIo();
    expect(await runCli(['quiz', ...BANK, '--answers', file], io)).toBe(0);
    expect(stderr()).toBe(
      'citequiz: ignoring answers to questions not in the bank: x0, x1, x2, x3, x4 and 559995 more\n',
    );
  });

  it.each([
    ['not JSON', '{visitors: B', /is not valid JSON/],
    ['an array', '["B"]', /must hold a JSON object/],
    ['a nested answer', '{"visitors": {"x": 1}}', /the answer to "visitors" must be text/],
  ])('rejects a file that is %s', async (_name, content, message) => {
    const { io, stderr } = fakeIo();
    expect(await runCli(['quiz', ...BANK, '--answers', answersFile(content, 'bad.json')], io)).toBe(1);
    expect(stderr()).toMatch(message);
  });

  it('reads answers from standard input with --answers -', async () => {
    const { io, stdout } = fakeIo({ stdin: '{"visitors": "12,000"}' });
    expect(await runCli(['quiz', ...BANK, '--answers', '-', '--json'], io)).toBe(0);
    expect(JSON.parse(stdout())).toMatchObject({ total: 5, correct: 1 });
  });

  it('reads answers from a pipe, as `--answers <(...)` gives them', async () => {
    const fifo = join(tmp, 'answers.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf '{"visitors": "B"}' > ${fifo}`]);
    const { io, stdout } = fakeIo();
    expect(await runCli(['quiz', ...BANK, '--answers', fifo, '--json'], io)).toBe(0);
    expect(JSON.parse(stdout())).toMatchObject({ correct: 1 });
    writer.kill();
  });

  it('refuses a folder as the answers file', async () => {
    const { io, stderr } = fakeIo();
    expect(await runCli(['quiz', ...BANK, '--answers', tmp], io)).toBe(1);
    expect(stderr()).toBe(`citequiz: ${tmp} is not a file of answers\n`);
  });

  it('says so when the answers file is missing', async () => {
    const { io, stderr } = fakeIo();
    expect(await runCli(['quiz', ...BANK, '--answers', 'missing.json'], io)).toBe(1);
    expect(stderr()).toBe('citequiz: answers file not found: missing.json\n');
  });
});

describe('citequiz quiz in a terminal', () => {
  it('asks each question, gives feedback naming the source, and ends with the report', async () => {
    // With seed 3 the order is: visitors, renovation-years, opener, and two more choice questions.
    const { io, stdout, stderr, asked } = fakeIo({ answers: ['B', 'two', 'Omar Said', 'A', 'A'] });
    expect(await runCli(['quiz', ...BANK, '--seed', '3'], io)).toBe(0);
    expect(asked.map((a) => a.message.split('  ')[0])).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(asked[2]!.message).toBe('3/5  Who opened the Harbour Festival?');
    expect(asked[0]!.choices).toHaveLength(4);
    expect(asked[0]!.choices[0]).toMatch(/^A\. /);
    expect(stderr()).toContain('✓ Correct.');
    expect(stderr()).toContain('✗ Not quite. The answer is Alice Brown.');
    expect(stderr()).toContain('Answered in “');
    expect(stdout()).toMatch(/^Score: \d of 5/);
    expect(stdout()).toContain('Your answer:    Omar Said');
  });

  it('gives no feedback in exam mode, then the whole report at the end', async () => {
    // Seed 3 asks visitors, renovation-years, opener, ...: the typed "x" answers are misses.
    const { io, stdout, stderr, asked } = fakeIo({ answers: ['B', 'x', 'x', 'A', 'A'] });
    expect(await runCli(['quiz', ...BANK, '--exam', '--seed', '3'], io)).toBe(0);
    expect(asked).toHaveLength(5);
    expect(stderr()).toContain('exam: answers and sources at the end');
    expect(stderr()).not.toContain('Answered in');
    expect(stderr()).not.toContain('Correct.');
    expect(stderr()).not.toContain('Not quite.');
    // What exam mode held back is in the report: the score, and each miss with its source.
    expect(stdout()).toMatch(/^Score: \d of 5/);
    expect(stdout()).toContain('Your answer:    x');
    expect(stdout()).toContain('Correct answer: Alice Brown');
  });

  it('asks ten questions by default', async () => {
    const { io, asked } = fakeIo({ answers: Array(10).fill('A') });
    expect(await runCli(['quiz'], io)).toBe(0);
    expect(asked).toHaveLength(10);
  });

  it('takes --article and --type more than once', async () => {
    const { io, stdout } = fakeIo();
    const argv = [
      'quiz',
      ...BANK,
      '--answers',
      answersFile({}),
      '--json',
      '-a',
      'market',
      '-a',
      'harbour',
      '-t',
      'true-false',
      '-t',
      'short-answer',
    ];
    expect(await runCli(argv, io)).toBe(0);
    expect(JSON.parse(stdout()).questions.map((q: { id: string }) => q.id)).toEqual([
      'opener',
      'parade',
      'renovation-years',
    ]);
  });

  it('asks --count questions', async () => {
    const { io, asked } = fakeIo({ answers: ['A', 'A'] });
    await runCli(['quiz', ...BANK, '--count', '2'], io);
    expect(asked).toHaveLength(2);
  });

  it('says so when the bank has no questions yet', async () => {
    const dir = join(tmp, 'empty');
    mkdirSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(join(dir, 'articles', 'a.txt'), 'Some text.\n');
    writeFileSync(
      join(dir, 'bank.yaml'),
      'title: T\narticles: [{id: a, file: articles/a.txt, title: A}]\nquestions: []\n',
    );
    const { io, stderr } = fakeIo({ answers: [] });
    expect(await runCli(['quiz', '--bank', dir], io)).toBe(1);
    expect(stderr()).toBe('citequiz: bank "empty" has no questions yet\n');
  });

  it('shows the seed so the same quiz can be taken again', async () => {
    const { io, stderr } = fakeIo({ answers: ['A'] });
    await runCli(['quiz', ...BANK, '--count', '1'], io);
    expect(stderr()).toContain('seed 12345');
  });

  it('stops on Ctrl+C with one line and exit 130', async () => {
    const { io, stdout, stderr } = fakeIo({ answers: ['A', CTRL_C] });
    expect(await runCli(['quiz', ...BANK, '--seed', '1'], io)).toBe(130);
    expect(stderr().trimEnd().split('\n').at(-1)).toBe(
      'Quiz stopped after 1 of 5 questions. Your answers are saved: `citequiz quiz` offers to resume.',
    );
    expect(stdout()).toBe('');
  });

  it('without a terminal, fails at once naming --answers', async () => {
    const { io, stderr } = fakeIo({ tty: false });
    expect(await runCli(['quiz', ...BANK], io)).toBe(2);
    expect(stderr()).toMatch(/^citequiz: .*--answers FILE/);
  });

  it.each([[[]], [['--count', '2', '--exam']]])('is the default command: %j', async (argv) => {
    const { io, stderr } = fakeIo({ tty: false });
    expect(await runCli(argv, io)).toBe(2);
    expect(stderr()).toContain('--answers');
  });
});

describe('usage errors', () => {
  it.each([
    [['quiz', '--count', '0'], /--count.*expected a whole number of 1 or more/],
    [['quiz', '--type', 'essay'], /expected one of: multiple-choice, true-false, short-answer/],
    [['quiz', '--colour'], /unknown option '--colour'/],
    [['frobnicate'], /^error: unknown command 'frobnicate'\n/],
    [['qiuz'], /^error: unknown command 'qiuz'\n\(Did you mean quiz\?\)/],
    [['revew', '--json'], /^error: unknown command 'revew'\n\(Did you mean review\?\)/],
    [['help', 'nonexistent'], /^error: unknown command 'nonexistent'\n/],
    [['help', 'stat'], /^error: unknown command 'stat'\n\(Did you mean stats\?\)/],
    [['read'], /missing required argument 'article'/],
  ])('%j exits 2 with a message', async (argv, message) => {
    const { io, stderr } = fakeIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(stderr()).toMatch(message);
  });

  it.each([[['help']], [['--help']], [['help', 'quiz']]])('prints help for %j with exit 0', async (argv) => {
    const { io, stdout } = fakeIo();
    expect(await runCli(argv, io)).toBe(0);
    expect(stdout()).toMatch(/^Usage: citequiz/);
  });

  it('prints help to stdout with exit 0', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['quiz', '--help'], io)).toBe(0);
    expect(stdout()).toContain('--answers <file>');
  });

  it('rejects an unknown article id with the list of ids', async () => {
    const { io, stderr } = fakeIo({ answers: [] });
    expect(await runCli(['quiz', ...BANK, '--article', 'nope'], io)).toBe(1);
    expect(stderr()).toContain('its articles are: harbour, market');
  });
});
