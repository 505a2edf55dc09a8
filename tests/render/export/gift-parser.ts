// gift-pegjs, an independent GIFT parser, reads our GIFT back. It is CommonJS without an ESM entry.
import { createRequire } from 'node:module';
import type { GIFTQuestion } from 'gift-pegjs';

const { parse } = createRequire(import.meta.url)('gift-pegjs') as { parse: (text: string) => GIFTQuestion[] };
export const parseGift = parse;

/**
 * Text as gift-pegjs returns it: escapes undone, and, as it does for text that is not HTML or
 * Markdown, trimmed with runs of spaces and tabs made one space. (Moodle keeps those runs; the
 * escaped line breaks survive both.)
 */
export const asGiftReads = (text: string): string =>
  text.replace(/^[^\S\n]+|[^\S\n]+$/g, '').replace(/[^\S\n]{2,}/g, ' ');
