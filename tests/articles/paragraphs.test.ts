import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/articles/paragraphs.js';
import type { ArticleFormat } from '../../src/articles/types.js';

const texts = (text: string, format: ArticleFormat = 'text') =>
  splitParagraphs(text, format).map((s) => text.slice(s.start, s.end));

describe('splitParagraphs', () => {
  it.each<[string, string, ArticleFormat, string[]]>([
    [
      'one paragraph a line',
      'First line.\nSecond line.\n\nThird line.',
      'text',
      ['First line.', 'Second line.', 'Third line.'],
    ],
    ['CRLF line ends', 'First.\r\nSecond.\r\n\r\nThird.\r\n', 'text', ['First.', 'Second.', 'Third.']],
    ['old Mac line ends', 'First.\rSecond.', 'text', ['First.', 'Second.']],
    ['surrounding spaces trimmed', '   Indented.  \n\u00a0Non-breaking.\u00a0', 'text', ['Indented.', 'Non-breaking.']],
    ['blank lines of spaces', 'A.\n   \n\t\nB.', 'text', ['A.', 'B.']],
    [
      'markdown blocks',
      '# Title\n\nFirst line\nwraps here.\n\nSecond.',
      'markdown',
      ['# Title', 'First line\nwraps here.', 'Second.'],
    ],
    [
      'markdown heading and list without blank lines',
      'Intro.\n## Part\n- one\n- two',
      'markdown',
      ['Intro.', '## Part', '- one', '- two'],
    ],
  ])('%s', (_name, text, format, expected) => {
    expect(texts(text, format)).toEqual(expected);
  });

  it('reads a hard-wrapped text file by blank-line blocks', () => {
    const wrapped = [
      'The council met on Tuesday evening to discuss the new budget for the',
      'coming year, which includes money for two new schools.',
      '',
      'Residents asked questions about the bus routes for more than an hour,',
      'and the chair promised a written answer to each of them by Friday.',
      '',
      'The meeting closed shortly after nine o clock with a vote of thanks to',
      'the volunteers who had organised the evening and served refreshments.',
    ].join('\n');
    expect(texts(wrapped)).toHaveLength(3);
  });

  it('gives offsets into the original text', () => {
    const text = '\uFEFFignored?\r\n\r\nSecond paragraph.';
    const [, second] = splitParagraphs(text, 'text');
    expect(text.slice(second!.start, second!.end)).toBe('Second paragraph.');
  });
});

describe('hard-wrap detection', () => {
  it('keeps one paragraph a line when short boilerplate lines sit between them', () => {
    const text = [
      'Council Approves Harbour Budget',
      'By Jane Doe',
      'Photo: Reuters',
      'Share this article',
      'The council approved the harbour budget on Tuesday.',
      'The vote was seven to two.',
      'Work starts in May.',
      'Tags: harbour, budget',
    ].join('\n');
    expect(texts(text)).toHaveLength(8);
  });

  it('keeps one paragraph a line in a file with blank lines between paragraphs', () => {
    const text = [
      'Short headline',
      '',
      'One full sentence here.',
      '',
      'Another full sentence here.',
      '',
      'A last one.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Short headline',
      'One full sentence here.',
      'Another full sentence here.',
      'A last one.',
    ]);
  });
});
