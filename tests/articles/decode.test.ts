import { describe, expect, it } from 'vitest';
import { articleFormatOf, decodeArticle, MAX_ARTICLE_BYTES, type UnreadableReason } from '../../src/articles/decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle', () => {
  it('removes a byte-order mark and keeps everything else', () => {
    expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Text\r\nmore\u00a0text')]), 'text')).toBe(
      'Text\r\nmore\u00a0text',
    );
  });

  it.each<[string, Uint8Array, UnreadableReason]>([
    ['empty', utf8(''), 'empty'],
    ['only white space', utf8(' \n\t\n'), 'empty'],
    ['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08]), 'binary'],
    ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]), 'not-utf8'],
    ['Latin-1 bytes', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]), 'not-utf8'],
    ['an HTML page', utf8('<!doctype html><html><body><p>Hi</p></body></html>'), 'html'],
    ['HTML fragments in text', utf8('<div class="x"><p>One</p><p>Two</p></div>'), 'html'],
    ['many control characters', utf8('\u0001\u0002\u0003\u0004'.repeat(10) + 'text'), 'binary'],
    ['too large', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), 'too-large'],
  ])('rejects %s', (_name, bytes, reason) => {
    expect(() => decodeArticle(bytes, 'text')).toThrow(expect.objectContaining({ reason }));
  });

  it('lets Markdown carry a little inline HTML', () => {
    expect(
      decodeArticle(utf8('Some <em>stressed</em> words.\n\nA <br> break and <a href="x">link</a>.'), 'markdown'),
    ).toContain('stressed');
  });

  it.each([
    ['a.txt', 'text'],
    ['a.TXT', 'text'],
    ['notes.md', 'markdown'],
  ])('knows the format of %s', (file, format) => {
    expect(articleFormatOf(file)).toBe(format);
  });

  it('refuses other file types', () => {
    expect(() => articleFormatOf('page.html')).toThrow(expect.objectContaining({ reason: 'unsupported-type' }));
  });
});
