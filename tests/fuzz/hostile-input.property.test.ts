// Random hostile strings through article parsing, bank loading and every exporter: control
// characters and escape sequences, bidirectional overrides, lone surrogates, YAML and Markdown
// syntax, long runs. Nothing may throw but a typed refusal, nothing may fall outside the text it
// points into, and no output may carry a control character to whoever opens it. A fixed seed and
// a bounded count keep the suite the same from run to run.
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ArticleUnreadableError, decodeArticle } from '../../src/articles/decode.js';
import { parseArticle } from '../../src/articles/parse.js';
import type { ArticleFormat } from '../../src/articles/types.js';
import { loadBank, locateDiagnostics, type LoadResult } from '../../src/bank/load.js';
import type { Bank } from '../../src/bank/types.js';
import { DIAGNOSTIC_CODES } from '../../src/errors.js';
import { printDocuments } from '../../src/print/documents.js';
import { buildPrintJob } from '../../src/print/job.js';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS } from '../../src/render/export/formats.js';
import { renderHtml } from '../../src/render/print/html.js';
import { renderMarkdown } from '../../src/render/print/markdown.js';
import { parseGift } from '../render/export/gift-parser.js';
import { readXml } from '../render/export/xml-reader.js';

const SEED = 15;

const PIECES = [
  ...['a', 'Z', 'é', '3', '1932', ' ', '  ', '\t', '\n', '\r\n', '\r', '.', '!', '?', ',', ':', ';'],
  ...['"', "'", '“', '’', '—', '–', '-', '…', '*', '_', '`', '#', '>', '<', '&', '[', ']', '(', ')'],
  ...['{', '}', '~', '=', '\\', '%', '|', '/', '@', '+', '!!', '&a', '*a', '- ', ': ', '---', '|-'],
  // Controls: escape sequences, C0, C1, bidirectional overrides and isolates, invisible characters.
  ...['\u001b[2J', '\u001b]0;owned\u0007', '\u0000', '\u0007', '\u0008', '\u000b', '\u000c', '\u007f'],
  ...['\u0085', '\u009b31m', '\u202e', '\u202d', '\u2066', '\u2069', '\u200b', '\ufeff', '\u2028', '\u2029'],
  // Lone halves of surrogate pairs, a whole pair, right-to-left letters, a combining accent.
  ...['\ud800', '\udfff', '😀', 'שלום', 'عربي', 'e\u0301'],
  ...['Mr.', 'U.S.', '5 * 3 = 15', '**bold**', '[link](http://x)', '<script>alert(1)</script>', '->'],
  ...['-'.repeat(300), 'x'.repeat(300), ' '.repeat(50), '.'.repeat(40), '\n\n\n'],
];
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const format = fc.constantFrom<ArticleFormat>('text', 'markdown');

/** Characters that must reach no terminal and no file: C0 but tab and line breaks, C1, bidirectional controls, lone surrogates. */
const UNSAFE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('article parsing, with hostile text', () => {
  it('numbers paragraphs and sentences that lie in the text, in order, whatever the text', () => {
    fc.assert(
      fc.property(hostile, format, (text, as) => {
        const article = parseArticle(text, as);
        let end = 0;
        article.paragraphs.forEach((p, i) => {
          expect(p.number).toBe(i + 1);
          expect(p.start).toBeGreaterThanOrEqual(end);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.text).toBe(text.slice(p.start, p.end));
          end = p.end;
        });
        end = 0;
        for (const s of article.sentences) {
          const p = article.paragraphs[s.paragraph - 1]!;
          expect(s.start).toBeGreaterThanOrEqual(Math.max(end, p.start));
          expect(s.end).toBeLessThanOrEqual(p.end);
          expect(s.text).toBe(text.slice(s.start, s.end));
          end = s.end;
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('reads any bytes as text or refuses them with a reason', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      hostile.map((text) => new TextEncoder().encode(text)),
    );
    fc.assert(
      fc.property(bytes, format, (data, as) => {
        try {
          expect(typeof decodeArticle(data, as)).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleUnreadableError);
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

/** A bank of one article, its text hostile around a sentence the question quotes. */
interface HostileBank {
  readonly yaml: string;
  readonly article: string;
}

const quoted = (value: string) => JSON.stringify(value); // a JSON string is a YAML double-quoted scalar
const hostileBank = fc
  .record({
    title: hostile,
    articleTitle: hostile,
    outlet: hostile,
    before: hostile,
    after: hostile,
    prompt: hostile,
    choices: fc.uniqueArray(hostile, { minLength: 3, maxLength: 3 }),
    explanation: hostile,
    accept: hostile,
    raw: fc.boolean(),
  })
  .map((b): HostileBank => {
    // With `raw`, some text is written into the YAML as it is: a syntax error as often as not.
    const prompt = b.raw ? b.prompt : quoted(`Prompt ${b.prompt}`);
    const yaml = [
      `title: ${quoted(`T ${b.title}`)}`,
      'articles:',
      `  - {id: a, file: a.txt, title: ${quoted(`A ${b.articleTitle}`)}, outlet: ${quoted(`O ${b.outlet}`)}}`,
      'questions:',
      `  - {id: mc, type: multiple-choice, prompt: ${prompt}, choices: [${['1932', ...b.choices.map((c) => `x${c}`)].map(quoted).join(', ')}], answer: "1932", explanation: ${quoted(`E ${b.explanation}`)}, skill: detail, sources: [{article: a, quote: opened in 1932}]}`,
      `  - {id: tf, type: true-false, prompt: ${quoted(`P ${b.prompt}`)}, answer: true, skill: detail, sources: [{article: a, quote: opened in 1932}]}`,
      `  - {id: sa, type: short-answer, prompt: ${quoted(`P ${b.prompt}`)}, answer: "1932", accept: [${quoted(`A ${b.accept}`)}], skill: detail, sources: [{article: a, quote: opened in 1932}]}`,
    ].join('\n');
    return { yaml, article: `A Headline\n${b.before} The bridge opened in 1932. ${b.after}\n` };
  });

function load({ yaml, article }: HostileBank): LoadResult {
  return loadBank({
    id: 'hostile',
    file: 'bank.yaml',
    dir: 'hostile',
    yaml,
    readArticle: () => new TextEncoder().encode(article),
  });
}

describe('bank loading, with hostile text', () => {
  it('gives a bank or diagnostics with known codes and lines inside the file, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBank, async (input) => {
        const result = load(input);
        const lines = input.yaml.split('\n').length;
        for (const d of await locateDiagnostics(input.yaml, result.diagnostics)) {
          expect(DIAGNOSTIC_CODES).toContain(d.code);
          expect(d.file).toBe('bank.yaml');
          if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
          if (d.line !== undefined) expect(d.line).toBeLessThanOrEqual(lines + 1);
        }
        if (result.bank && result.diagnostics.length === 0) {
          for (const q of result.bank.questions)
            for (const s of q.sources) {
              const text = result.bank.articles[0]!.article.text;
              expect(text.slice(s.start, s.end)).toMatch(/opened in 1932/);
            }
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('reads YAML of random syntax as a bank or diagnostics, never an exception', async () => {
    const syntax = fc
      .array(
        fc.constantFrom(
          'title: ',
          'questions:',
          '\n',
          '  ',
          '- ',
          '{',
          '}',
          '[',
          ']',
          ',',
          '&x ',
          '*x',
          '"',
          "'",
          '|',
          '>',
          '!!str ',
          '? ',
          '#',
          'a',
          ': ',
        ),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(syntax, async (yaml) => {
        const result = loadBank({ id: 'b', file: 'bank.yaml', dir: 'b', yaml, readArticle: () => new Uint8Array() });
        for (const d of await locateDiagnostics(yaml, result.diagnostics)) expect(DIAGNOSTIC_CODES).toContain(d.code);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

/** What each export format must be, read back with a parser of its own. */
const READ_BACK: Record<(typeof EXPORT_FORMAT_NAMES)[number], (output: string | Uint8Array, bank: Bank) => void> = {
  gift: (output) => expect(parseGift(output as string).filter((q) => q.type !== 'Category')).toHaveLength(3),
  'moodle-xml': (output) =>
    expect(
      readXml(output as string).quiz.question.filter((q: { '@type': string }) => q['@type'] !== 'category'),
    ).toHaveLength(3),
  qti: (output) => {
    const files = unzipSync(output as Uint8Array);
    for (const [name, data] of Object.entries(files)) {
      const text = strFromU8(data);
      expect(text, name).not.toMatch(UNSAFE);
      readXml(text);
    }
  },
  csv: (output) => expect(parseCsv(output as string, { columns: true, bom: true })).toHaveLength(3),
  json: (output, bank) => {
    // Escaped, not dropped: the article's text comes back exactly as loaded.
    expect(JSON.parse(output as string).articles[0].text).toBe(bank.articles[0]!.article.text);
  },
};

describe('every exporter, with hostile text', () => {
  it('writes files that their readers parse and that carry no control character', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBank, async (input) => {
        const { bank, diagnostics } = load(input);
        fc.pre(bank !== undefined && diagnostics.length === 0);
        for (const name of EXPORT_FORMAT_NAMES) {
          const output = await EXPORT_FORMATS[name].render(bank);
          if (typeof output === 'string') expect(output, name).not.toMatch(UNSAFE);
          READ_BACK[name](output, bank);
        }
        const job = buildPrintJob(bank, { versions: 2, seed: 'fuzz' });
        for (const { document } of printDocuments(job, { key: 'full', articles: true, teacher: true })) {
          expect(renderMarkdown(document, job)).not.toMatch(UNSAFE);
          expect(renderHtml(document, job, { paper: 'a4' })).not.toMatch(UNSAFE);
        }
      }),
      { seed: SEED, numRuns: 120 },
    );
  });
});
