import { posix } from 'node:path';
import { findDamage } from '../articles/index.js';
import type { Diagnostic } from '../errors.js';
import type { Bank } from './types.js';

/**
 * Warnings about the bank's article files, each at the file, line and column of its first
 * occurrence: scraping damage that would show in feedback, keys and exports.
 */
export function articleWarnings(bank: Bank, shownDir: string): Diagnostic[] {
  return bank.articles.flatMap((entry) =>
    findDamage(entry.article).map((damage): Diagnostic => {
      const before = entry.article.text.slice(0, damage.offset);
      const line = before.split('\n').length;
      const column = damage.offset - (before.lastIndexOf('\n') + 1) + 1;
      const more = damage.count > 1 ? ` (${damage.count} in all)` : '';
      return {
        file: posix.join(shownDir, entry.file),
        line,
        column,
        code: 'article-damage',
        severity: 'warning',
        message: `${damage.what}${more}, in paragraph ${damage.paragraph} of "${entry.id}": "${damage.excerpt}"`,
      };
    }),
  );
}
