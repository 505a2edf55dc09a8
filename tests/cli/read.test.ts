// `citequiz read`: the report's read line opens a paragraph with its neighbours and the cited
// sentence marked; an article can be named by its title; a long one goes through the pager.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { fakeIo } from './fake-io.js';

const BANK = ['--bank', 'tests/fixtures/banks/mini'];
const read = async (...args: string[]) => {
  const run = fakeIo();
  const code = await runCli(['read', ...args, ...BANK], run.io);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
};

describe('citequiz read --paragraph', () => {
  it('shows the paragraph and those either side, with the sentence the bank cites marked', async () => {
    const { code, stdout } = await read('harbour', '--paragraph', '4');
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "Harbour Festival Draws Record Crowds
      Riverside Times · 2024-05-04 · 6 paragraphs

      3 │ The Riverside Harbour Festival drew 12,000 visitors on Saturday, the largest
        │ crowd in its history.

      4 ┃ «Mayor Alice Brown opened the festival at 10 a.m. and praised the volunteers
        ┃ who had spent three months preparing it.»

      5 │ The town’s “tall ship” parade, which began in 1998, was cancelled because of
        │ high winds.
      "
    `);
  });

  it('marks the cited sentence of a Markdown article as a reader sees it', async () => {
    const { stdout } = await read('market', '-p', '3');
    expect(stdout).toContain("3 ┃ «Shopkeepers said trade doubled in the first week.» The council's planning");
    expect(stdout).toContain('4 ┆ [source line, not cited] Source: Town Gazette');
    expect(stdout).not.toMatch(/^1 /m); // the headline is not beside paragraph 3
  });

  it('gives only those paragraphs as JSON', async () => {
    const { stdout } = await read('harbour', '--paragraph', '6', '--json');
    expect(JSON.parse(stdout).paragraphs.map((p: { number: number }) => p.number)).toEqual([5, 6]);
  });

  it('says how many paragraphs there are when there is no such one', async () => {
    const { code, stderr } = await read('harbour', '--paragraph', '7');
    expect(code).toBe(1);
    expect(stderr).toBe('citequiz: article "harbour" has 6 paragraphs; there is no paragraph 7\n');
  });
});

describe('citequiz read by title', () => {
  it.each([['Market Square Reopens'], ['market square reopens'], ['Square Re']])(
    'finds the article titled %j',
    async (title) => {
      const { code, stdout } = await read(title);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Market Square Reopens\n/);
    },
  );

  it('asks for an id when the words are in several titles', async () => {
    const { code, stderr } = await read('re');
    expect(code).toBe(1);
    expect(stderr).toBe(
      'citequiz: "re" is in the titles of 2 articles; give one\'s id: harbour (“Harbour Festival Draws Record Crowds”), market (“Market Square Reopens”)\n',
    );
  });
});

describe('citequiz read through a pager', () => {
  const withPager = (tty: boolean, shown: boolean, rows = 10) => {
    const run = fakeIo();
    const paged: string[] = [];
    Object.assign(run.io.stdout, { isTTY: tty, columns: 80, rows });
    Object.assign(run.io, { pager: async (text: string) => (paged.push(text), shown) });
    return { run, paged };
  };

  it('pages an article longer than the terminal', async () => {
    const { run, paged } = withPager(true, true);
    expect(await runCli(['read', 'harbour', ...BANK], run.io)).toBe(0);
    expect(paged).toHaveLength(1);
    expect(paged[0]).toContain('Mayor Alice Brown');
    expect(run.stdout()).toBe('');
  });

  it('writes it out itself when no pager could be started', async () => {
    const { run, paged } = withPager(true, false);
    expect(await runCli(['read', 'harbour', ...BANK], run.io)).toBe(0);
    expect(paged).toHaveLength(1);
    expect(run.stdout()).toContain('Mayor Alice Brown');
  });

  it('never pages what is piped, or what fits the screen', async () => {
    const piped = withPager(false, true);
    expect(await runCli(['read', 'harbour', ...BANK], piped.run.io)).toBe(0);
    const fits = withPager(true, true, 40);
    expect(await runCli(['read', 'market', '--paragraph', '2', ...BANK], fits.run.io)).toBe(0);
    expect([...piped.paged, ...fits.paged]).toEqual([]);
    expect(piped.run.stdout()).toContain('Mayor Alice Brown');
  });
});
