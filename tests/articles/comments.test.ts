import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from '../../src/articles/boilerplate.js';
import { parseArticle } from '../../src/articles/parse.js';
import { ROOT } from '../helpers.js';

const BODY = [
  'The council approved the plan on Tuesday after a long debate.',
  'Work on the bridge will start in March and take seven months.',
  '"We had no choice," said the council leader, Ann Lee. "It was unsafe."',
  'The repairs will cost £1.8m, most of it from a government grant.',
];
const kinds = (texts: string[]) => classifyParagraphs(['Bridge to close', ...texts]).kinds.slice(1);

describe("readers' comments", () => {
  it.each(['Have your say', 'Your views', 'Comments', "Readers' comments:", 'Join the debate'])(
    'marks everything after a "%s" heading',
    (heading) => {
      expect(kinds([...BODY, heading, 'This is a disgrace.', 'Anyone could see it coming.'])).toEqual([
        ...BODY.map(() => 'body'),
        'comment',
        'comment',
        'comment',
      ]);
    },
  );

  it('marks comments signed with a name and a place, and their signatures', () => {
    expect(
      kinds([
        ...BODY,
        'The bridge should have been mended years ago.',
        'Mike Jones, Leeds, UK',
        'Good news at last.',
        'Sarah, Toronto',
      ]),
    ).toEqual([...BODY.map(() => 'body'), 'comment', 'comment', 'comment', 'comment']);
  });

  it('leaves a single "Name, Place" line alone as a line, without the paragraph above it', () => {
    expect(kinds([...BODY, 'Ann Lee, Ashcombe'])).toEqual([...BODY.map(() => 'body'), 'comment']);
  });

  it('marks an unsigned run of first-person paragraphs at the end of a story told in the third person', () => {
    const comments = ['I would keep the bridge open.', 'Why spend so much?', 'We need it for the school run.'];
    expect(kinds([...BODY, ...comments])).toEqual([...BODY.map(() => 'body'), 'comment', 'comment', 'comment']);
  });

  it('leaves a column written in the first person alone', () => {
    const column = [
      'I have crossed this bridge every day for twenty years.',
      'My neighbours say the same: we cannot lose it.',
      'The council approved the plan on Tuesday.',
      'I asked the leader why, and she said it was unsafe.',
      'I think we should have been asked.',
      'Our town deserves better.',
    ];
    expect(kinds(column)).toEqual(column.map(() => 'body'));
  });

  it('does not take quoted first person for a comment', () => {
    const quotes = ['"I will not let it close," the mayor said.', '"We have done our best," said Ms Lee.'];
    expect(kinds([...BODY, ...quotes])).toEqual([...BODY, ...quotes].map(() => 'body'));
  });

  // A BBC News report (BBC News dataset, sport 112) with its readers' comments appended, as the
  // dataset has them: no heading, no signatures. The report is cut to two sentences a paragraph.
  it('finds the comments appended to a real BBC report, and nothing else', () => {
    const text = readFileSync(join(ROOT, 'tests/fixtures/articles/bbc-sport-readers-comments.txt'), 'utf8');
    const article = parseArticle(text, 'text');
    const marked = article.paragraphs.filter((p) => p.kind === 'comment').map((p) => p.number);
    expect(marked).toEqual([11, 12, 13, 14, 15, 16, 17, 18]);
    expect(article.paragraphs.at(-1)!.number).toBe(18);
  });
});
