import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/bank/fold.js';
import { QuoteResolver } from '../../src/bank/resolve.js';
import { normalizeAnswer } from '../../src/bank/normalize-answer.js';
import { BUNDLED_BANK, ROOT } from '../helpers.js';
import { readBankFolder } from '../../src/cli/bank-folder.js';

const { result } = await readBankFolder(BUNDLED_BANK, ROOT);
const articles = result.bank!.articles;

describe('quote resolution, over the bundled articles', () => {
  it('finds any run of whole words of a citable paragraph in that paragraph, or reports it ambiguous', () => {
    const citable = articles.flatMap((a) =>
      a.article.paragraphs.filter((p) => p.citable).map((p) => ({ a, p, words: p.text.split(/\s+/) })),
    );
    fc.assert(
      fc.property(fc.nat(citable.length - 1), fc.nat(), fc.integer({ min: 2, max: 25 }), (i, from, count) => {
        const { a, p, words } = citable[i]!;
        const first = from % words.length;
        const quote = words.slice(first, first + count).join(' ');
        fc.pre(quote.length >= 12);
        const resolved = new QuoteResolver(a.article).resolve(quote);
        if (resolved.ok) {
          expect(resolved.citation.paragraph).toBe(p.number);
          expect(fold(a.article.text.slice(resolved.citation.start, resolved.citation.end)).text).toBe(
            fold(quote).text,
          );
        } else {
          expect(resolved.kind).toBe('ambiguous');
          if (resolved.kind === 'ambiguous') expect(resolved.paragraphs).toContain(p.number);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('still finds a quote whose quotes, dashes and spaces were retyped plainly', () => {
    const retype = (text: string) =>
      text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, '  ');
    let retyped = 0;
    for (const { article } of articles) {
      const resolver = new QuoteResolver(article);
      for (const p of article.paragraphs.filter((q) => q.citable && /[‘’“”–—]/.test(q.text))) {
        const result = resolver.resolve(retype(p.text));
        expect(result).toMatchObject({ ok: true, citation: { paragraph: p.number, start: p.start, end: p.end } });
        retyped++;
      }
    }
    expect(retyped).toBeGreaterThan(5);
  });
});

describe('normalizeAnswer', () => {
  it('is idempotent and ignores case and surrounding punctuation', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const once = normalizeAnswer(text);
        expect(normalizeAnswer(once)).toBe(once);
        expect(normalizeAnswer(`  ${text.toUpperCase()}!?`)).toBe(normalizeAnswer(text.toUpperCase()));
      }),
    );
  });
});
