// The printed HTML as a browser prints it: the built CLI writes the files, headless Chromium
// (Debian's `chromium`, driven by playwright-core) prints them to PDF with their own print CSS,
// and poppler reads the pages back. A question split across pages shows up as a prompt whose
// choices are on the next page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrintJob } from '../../src/print/job.js';
import { BUNDLED_BANK, FIXTURE_BANKS, loadFixtureBank, picked, ROOT } from '../helpers.js';
import {
  expectInOrder,
  expectNoQuestionSplit,
  hasPoppler,
  pdfInfo,
  pdfText,
  questionParts,
} from '../print/pdf-tools.js';

const BIN = join(ROOT, 'bin/citequiz.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

const printHtml = (args: string[]) => {
  const out = mkdtempSync(join(tmpdir(), 'citequiz-html-'));
  execFileSync(process.execPath, [BIN, 'print', '--format', 'html', '--out', out, ...args], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return out;
};

// CI installs chromium and poppler-utils (.ci/run); a developer machine without them skips these.
describe.skipIf((!hasChromium || !hasPoppler) && !process.env.CI)('printed HTML in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist/main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    // Root (as in CI containers) cannot use Chromium's sandbox; the pages are our own local files.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Prints an HTML file as the browser's print dialog would, with the page's own @page size. */
  async function browserPdf(html: string): Promise<string> {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(html).href);
      const pdf = html.replace(/\.html$/, '.chromium.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true });
      return pdf;
    } finally {
      await page.close();
    }
  }

  it.each([
    ['a4', /\(A4\)/],
    ['letter', /\(letter\)/],
  ])('keeps every question whole on %s pages', async (paper, size) => {
    const bundled = await loadFixtureBank(BUNDLED_BANK);
    const job = buildPrintJob(bundled, { versions: 2, seed: '21', questions: picked(bundled, { seed: '21' }) });
    const out = printHtml(['--versions', '2', '--seed', '21', '--paper', paper]);
    for (const version of job.versions) {
      const pdf = await browserPdf(join(out, `quiz-${version.letter}.html`));
      expect(pdfInfo(pdf).size).toMatch(size);
      expect(expectNoQuestionSplit(pdf, version)).toBeGreaterThan(3); // 69 questions: many page breaks to get right
      expectInOrder(pdfText(pdf), version.questions.flatMap(questionParts), `quiz-${version.letter}.html`);
    }
  });

  it('prints the title, version and page number on every page, and each packet article from a new page', async () => {
    const out = printHtml(['--versions', '2', '--seed', '4', '--count', '20', '--teacher', '--articles']);
    const footers: [string, (page: number) => string][] = [
      ['quiz-B', () => 'Version B'],
      ['teacher', (page) => (page === 1 ? "Teacher's copy, Version A" : "Teacher's copy, Version")],
      ['articles', () => 'Articles'],
    ];
    for (const [name, label] of footers) {
      const pdf = await browserPdf(join(out, `${name}.html`));
      const { pages } = pdfInfo(pdf);
      expect(pages).toBeGreaterThan(2);
      for (let page = 1; page <= pages; page++)
        expect(pdfText(pdf, page), `${name}, page ${page}`).toMatch(
          new RegExp(`${label(page)}.* · page ${page} of ${pages}`),
        );
      if (name === 'teacher') expect(pdfText(pdf, pages)).toContain("Teacher's copy, Version B · page");
      if (name === 'articles') {
        const bank = await loadFixtureBank(BUNDLED_BANK);
        const firstPages = bank.articles.map((a) =>
          Array.from({ length: pages }, (_, i) => i + 1).find((page) =>
            pdfText(pdf, page).includes(a.title.slice(0, 40)),
          ),
        );
        expect(new Set(firstPages).size).toBe(bank.articles.length); // no two articles start on one page
      }
    }
  }, 90_000);

  it('shows hostile bank text as text and runs no script', async () => {
    const out = printHtml(['--bank', join(FIXTURE_BANKS, 'print-unicode'), '--teacher']);
    const page = await browser.newPage();
    try {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(pathToFileURL(join(out, 'quiz-A.html')).href);
      expect(await page.locator('.prompt').first().innerText()).toBe(
        "1. Who won the “Best Espresso” prize <script>alert('x')</script>?",
      );
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.title()).toBe('Week 3 — “Cafés” & <b>prizes</b> — Version A');
      expect(await page.locator('b, i, em').count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
