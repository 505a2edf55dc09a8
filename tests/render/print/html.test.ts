import { describe, expect, it } from 'vitest';
import { printDocuments } from '../../../src/print/documents.js';
import { buildPrintJob } from '../../../src/print/job.js';
import { escapeHtml, renderHtml } from '../../../src/render/print/html.js';
import { FIXTURE_BANKS, loadFixtureBank } from '../../helpers.js';

const bank = await loadFixtureBank(`${FIXTURE_BANKS}/print-unicode`);
const job = buildPrintJob(bank, { versions: 2, seed: '5' });
const all = printDocuments(job, { key: 'full', teacher: true, articles: true });
const render = (name: string, paper: 'a4' | 'letter' = 'a4') =>
  renderHtml(all.find((d) => d.name === name)!.document, job, { paper });

/** The markup with every stretch of text taken out: what bank text must never add to. */
const tags = (html: string) => [...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]);

describe('HTML print', () => {
  it.each([
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["Tom & Jerry's", 'Tom &amp; Jerry&#39;s'],
    ['café — “quoted”', 'café — “quoted”'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });

  it.each(all.map((d) => [d.name]))('%s: bank text adds no markup, scripts or outside resources', (name) => {
    const html = render(name);
    expect(new Set(tags(html))).not.toContain('script');
    expect(new Set(tags(html))).not.toContain('b');
    expect(new Set(tags(html))).not.toContain('i');
    expect(new Set(tags(html))).not.toContain('em');
    expect(html).not.toMatch(/\b(src|href)=|@import|url\(/); // one self-contained file
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  });

  it('shows hostile text as text', () => {
    const quiz = render('quiz-A');
    expect(quiz).toContain('Who won the “Best Espresso” prize &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;?');
    expect(quiz).toContain('<title>Week 3 — “Cafés” &amp; &lt;b&gt;prizes&lt;/b&gt; — Version A</title>');
    expect(render('key-A')).toContain('(Le Monde &lt;i&gt;diplomatique&lt;/i&gt;), paragraph 2');
    expect(render('teacher')).toContain('a naïve &lt;em&gt;guess&lt;/em&gt; is 12.');
  });

  it('keeps each question, key entry and paragraph on one page, and sets the paper', () => {
    expect(render('quiz-A')).toMatch(
      /\.question, \.entry, \.paragraph \{ break-inside: avoid; page-break-inside: avoid; \}/,
    );
    expect(render('quiz-A')).toContain('@page { size: A4;');
    expect(render('quiz-A', 'letter')).toContain('@page { size: letter;');
  });

  it('prints each version with its own order and a key that matches it', () => {
    for (const version of job.versions) {
      const quiz = render(`quiz-${version.letter}`);
      const key = render(`key-${version.letter}`);
      const prompts = [...quiz.matchAll(/<p class="prompt"><span class="number">(\d+)\.<\/span> ([^<]*)<\/p>/g)].map(
        (m) => [Number(m[1]), m[2]],
      );
      expect(prompts).toEqual(version.questions.map((q) => [q.number, escapeHtml(q.prompt)]));
      const answers = [...key.matchAll(/<span class="number">(\d+)\.<\/span> <strong>([^<]*)<\/strong>/g)].map((m) => [
        Number(m[1]),
        m[2],
      ]);
      expect(answers).toEqual(version.questions.map((q) => [q.number, escapeHtml(q.keyAnswer)]));
    }
  });

  it('puts the title, version and page number in the margin of every printed page', () => {
    expect(render('quiz-B')).toContain(
      '@page sheet-1 { @bottom-center { content: "Week 3 — “Cafés” \\26  \\3c b\\3e prizes\\3c /b\\3e  — Version B · page " counter(page) " of " counter(pages);',
    );
    const teacher = render('teacher');
    expect(teacher).toContain('.sheet-2 { page: sheet-2; }');
    expect(teacher).toMatch(/@page sheet-2 \{ @bottom-center \{ content: "[^"]*Teacher's copy, Version B · page "/);
  });

  it('starts the key with a grid of every answer, then the sources on a new sheet', () => {
    const key = render('key-A');
    const version = job.versions[0]!;
    const cells = [...key.matchAll(/<td><span class="number">(\d+)\.<\/span> ([^<]*)<\/td>/g)].map((m) => [
      Number(m[1]),
      m[2],
    ]);
    expect(cells.sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual(
      version.questions.map((q) => [q.number, escapeHtml(q.keyAnswer)]),
    );
    expect(key.indexOf('<table class="grid">')).toBeLessThan(key.indexOf('<main class="sheet sheet-2">'));
    expect(key.indexOf('<main class="sheet sheet-2">')).toBeLessThan(key.indexOf('Source:'));
  });

  it('prints marks beside each question and a score box, and groups questions by article', () => {
    const marked = buildPrintJob(bank, { versions: 1, marks: 2, byArticle: true });
    const quiz = renderHtml({ kind: 'quiz', version: marked.versions[0]! }, marked, { paper: 'a4' });
    expect(quiz).toContain('<p class="prompt"><span class="marks">(2 marks)</span><span class="number">1.</span>');
    expect(quiz).toContain(`Score: <span class="total">/ ${2 * marked.versions[0]!.questions.length}</span>`);
    expect(quiz).toMatch(/<h2 class="group">“[^<]+”[^<]*<\/h2>\n<section class="question" id="q1">/);
  });

  it('starts each article of the packet on a new page', () => {
    expect(render('articles')).toContain('.article + .article { break-before: page;');
  });

  it("starts each version of the teacher's copy on a new page", () => {
    const teacher = render('teacher');
    expect(teacher.match(/<main class="sheet sheet-\d">/g)).toHaveLength(2);
    expect(teacher).toContain('.sheet + .sheet { break-before: page;');
    expect(teacher).toMatch(/<li class="correct">● [A-D]\. Zoë Müller ← answer<\/li>/);
  });
});
