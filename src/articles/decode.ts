import { extname } from 'node:path';
import type { ArticleFormat } from './types.js';

/** Larger than any news article by two orders of magnitude; beyond it a file is not an article. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export const UNREADABLE_REASONS = {
  empty: 'the file is empty',
  binary: 'the file is binary, not text',
  'not-utf8': 'the file is not UTF-8 text; save it as UTF-8',
  'too-large': `the file is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`,
  html: 'the file is an HTML page; save the article as plain text (.txt) or Markdown (.md)',
  'unsupported-type': 'only .txt and .md articles are supported',
} as const;
export type UnreadableReason = keyof typeof UNREADABLE_REASONS;

export class ArticleUnreadableError extends Error {
  override readonly name = 'ArticleUnreadableError';
  constructor(readonly reason: UnreadableReason) {
    super(UNREADABLE_REASONS[reason]);
  }
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

export function articleFormatOf(fileName: string): ArticleFormat {
  const format = FORMAT_BY_EXTENSION[extname(fileName).toLowerCase()];
  if (!format) throw new ArticleUnreadableError('unsupported-type');
  return format;
}

// Control characters other than tab, line feed, form feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
const HTML_DOCUMENT = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_TAG =
  /<\/?(p|div|span|a|br|script|style|section|article|header|footer|nav|li|ul|h[1-6]|meta|link|img)\b[^>]*>/gi;

/** Bytes of an article file → its text, or a typed error saying why it cannot be an article. */
export function decodeArticle(bytes: Uint8Array, format: ArticleFormat): string {
  const text = decodeText(bytes);
  if (looksLikeHtml(text, format)) throw new ArticleUnreadableError('html');
  return text;
}

/** Bytes → UTF-8 text, refusing what is empty, binary, too large or in another encoding. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleUnreadableError('too-large');
  // UTF-16 text is full of NUL bytes; its byte-order mark tells it from a binary file.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new ArticleUnreadableError('not-utf8');
  if (bytes.includes(0)) throw new ArticleUnreadableError('binary');
  let text: string;
  try {
    // ignoreBOM: false strips a leading UTF-8 byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ArticleUnreadableError('not-utf8');
  }
  if (text.trim() === '') throw new ArticleUnreadableError('empty');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 16 && controls > text.length / 100) throw new ArticleUnreadableError('binary');
  return text;
}

function looksLikeHtml(text: string, format: ArticleFormat): boolean {
  if (HTML_DOCUMENT.test(text)) return true;
  // Markdown may carry a little inline HTML; plain text should carry none.
  const tags = text.match(HTML_TAG)?.length ?? 0;
  return format === 'text' ? tags >= 3 : tags >= 20 && tags > text.length / 200;
}
