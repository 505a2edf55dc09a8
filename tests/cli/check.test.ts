import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SKILLS } from '../../src/bank/schema.js';
import { runCli } from '../../src/cli/program.js';
import { MINI_BANK } from '../helpers.js';
import { fakeIo } from './fake-io.js';

/** A copy of the mini bank with bank.yaml (and an article) edited. */
function editedBank(edit: (yaml: string) => string, article?: (text: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'citequiz-check-')), 'bank');
  cpSync(MINI_BANK, dir, { recursive: true });
  writeFileSync(join(dir, 'bank.yaml'), edit(readFileSync(join(dir, 'bank.yaml'), 'utf8')));
  const harbour = join(dir, 'articles/harbour.txt');
  if (article) writeFileSync(harbour, article(readFileSync(harbour, 'utf8')));
  return dir;
}

async function check(dir: string, json = false) {
  const { io, stdout } = fakeIo();
  const code = await runCli(['check', '--bank', dir, ...(json ? ['--json'] : [])], io);
  return { code, stdout: stdout() };
}

describe('citequiz check, telling all', () => {
  it('reports every problem in one run, schema errors and the rest, naming the id and sentence meant', async () => {
    const dir = editedBank((yaml) =>
      yaml
        .replace(
          '    skill: detail\n    sources:\n      - article: harbour\n        quote: The Riverside',
          '    skill: detial\n    sources:\n      - article: harbour\n        quote: The Riverside',
        )
        .replace('  - id: parade\n', '  - id: parade\n    colour: red\n')
        .replace('quote: after a two-year renovation', 'quote: after a three-year renovation')
        .replace('article: market\n        quote: Shopkeepers', 'article: markt\n        quote: Shopkeepers'),
    );
    const { code, stdout } = await check(dir);
    expect(code).toBe(1);
    const file = join(dir, 'bank.yaml');
    expect(stdout).toBe(
      [
        `${file}:17:12: error "skill": expected one of: ${SKILLS.join(', ')}; did you mean "detail"? [schema]`,
        `${file}:32:13: error unknown field "colour" [schema]`,
        `${file}:47:16: error quote not found in article "market" (articles/market.md): "after a three-year renovation"; the closest sentence is in paragraph 2: "The Market Square reopened on Monday after a two-year renovation that cost £4 million." [quote-not-found]`,
        `${file}:57:18: error no article "markt" in this bank; did you mean "market"? (articles: harbour, market) [unknown-article]`,
        `4 problems in ${file}`,
        '',
      ].join('\n'),
    );
  });

  it('points a YAML syntax error at the line where an unclosed quote opens, not where reading broke', async () => {
    const dir = editedBank((yaml) =>
      yaml.replace('    prompt: Who opened the Harbour Festival?', '    prompt: "Who opened the Harbour Festival?'),
    );
    const { code, stdout } = await check(dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /bank\.yaml:23:\d+: error the " quote opened on this line is not closed \(YAML reads on to line 38: .*\) \[yaml-syntax\]\n/,
    );
  });

  it('warns of scraping damage in an article, at its line, without failing the bank', async () => {
    const dir = editedBank(
      (yaml) => yaml,
      (text) =>
        text
          .replace('praised the volunteers', 'praised the \u25a1 volunteers,, who')
          .replace('Jane Doe', 'Jane D\ufffde'),
    );
    const { code, stdout } = await check(dir);
    expect(code).toBe(0);
    const article = join(dir, 'articles/harbour.txt');
    expect(stdout).toContain(
      `${article}:6:66: warning a "□" (U+25A1) where the page had a character the copy could not show, in paragraph 4 of "harbour": "at 10 a.m. and praised the □ volunteers,, who who had" [article-damage]\n`,
    );
    expect(stdout).toContain(
      `${article}:3:17: warning a "\ufffd" (U+FFFD) where a character was lost in decoding, in paragraph 2 of "harbour": "Posted by Jane D\ufffde on 4 May 2024" [article-damage]\n`,
    );
    expect(stdout).toContain('warning doubled punctuation');
    expect(stdout).toMatch(/all 6 quotes found in their articles \(and 3 warnings\)\.\n$/);
    const json = JSON.parse((await check(dir, true)).stdout);
    expect(json.ok).toBe(true);
    expect(json.warnings.map((w: { code: string; severity: string }) => [w.code, w.severity])).toEqual([
      ['article-damage', 'warning'],
      ['article-damage', 'warning'],
      ['article-damage', 'warning'],
    ]);
  });

  it('finds no damage in the bundled bank', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['check'], io)).toBe(0);
    expect(stdout()).toBe(
      '✓ questions/london-attacks-2017/bank.yaml: 69 questions on 5 articles; all 114 quotes found in their articles.\n',
    );
  });
});
