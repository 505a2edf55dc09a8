import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from '../../src/articles/boilerplate.js';
import type { ParagraphKind } from '../../src/articles/types.js';

const BODY = 'The council approved the plan on Tuesday after a long debate.';
/** Classifies `line` as it would be seen after a headline and one paragraph of body text. */
const kindOf = (line: string): ParagraphKind => classifyParagraphs(['A Headline Here', BODY, line]).kinds[2]!;

describe('classifyParagraphs', () => {
  it.each<[string, ParagraphKind]>([
    ['Get your unlimited Newsweek trial >', 'subscription'],
    ['Subscribe now', 'subscription'],
    ['Listen to the full interview on Sport on Five and the BBC Sport website from 1900 GMT.', 'promotion'],
    ['Watch the match live on BBC Two from 1400 GMT.', 'promotion'],
    ['Listen carefully, the minister said, and you will hear the cost of the plan.', 'body'],
    ['Leave a Reply', 'comment-form'],
    ['Your email address will not be published. Required fields are marked *', 'comment-form'],
    ['Tags: , , , , ,', 'tags'],
    ['Categories: Politics terrorism Twitter', 'tags'],
    ['Posted by on June 4, 2017 10:48 pm', 'byline'],
    ['By Jane Smith', 'byline'],
    ['By Jane Smith and John Doe, Political Correspondents | The Courier', 'byline'],
    ['The Courier | Monday 3 March 2024', 'dateline'],
    ['Source: /News Week', 'source'],
    ['Kaynak/Source:', 'source'],
    ['Read more: London attack survivor recounts near miss', 'related-link'],
    ['Floral tributes are seen in Westminster the day after an attack. Hannah McKay/Reuters', 'credit'],
    ['Photo: Town Council', 'credit'],
    [
      "The English translation of ISIS's claim of responsibility, released via Amaq news agency. Michael S. Smith II",
      'caption',
    ],
    ['24.03.2017', 'dateline'],
    ['Independent (23 March 2017)', 'dateline'],
    ['-', 'separator'],
    ['* * *', 'separator'],
    [BODY, 'repeat'],
    ['A Headline Here | World', 'repeat'],
    ['The mayor, who spoke by phone, said the bridge would reopen.', 'body'],
    ['“This is how ISIS decentralizes its terrorism,” said Laith Alkhouri, a director at Flashpoint.', 'body'],
    ['Background', 'body'],
  ])('%s → %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });

  // A regex for trailing punctuation once took 20 s over this line: the suite's timeout fails it.
  it('classifies a line of 200,000 dashes between two letters as quickly as any other', () => {
    expect(kindOf(`a${'-'.repeat(200_000)}b`)).toBe('body');
  });

  it('takes the first short unpunctuated line as the headline and repeats of it as repeats', () => {
    const { kinds, headline } = classifyParagraphs([
      'Bridge Reopens After Repairs',
      'Bridge Reopens After Repairs',
      BODY,
    ]);
    expect(kinds).toEqual(['headline', 'repeat', 'body']);
    expect(headline).toBe('Bridge Reopens After Repairs');
  });

  it('finds no headline when the text opens with a sentence', () => {
    const { kinds, headline } = classifyParagraphs([BODY, 'Another sentence follows here.']);
    expect(kinds).toEqual(['body', 'body']);
    expect(headline).toBeUndefined();
  });

  it('sets a short label above a photo credit apart with it', () => {
    const { kinds } = classifyParagraphs([
      'Headline',
      'London Attack Tribute',
      'Flowers are laid on the bridge. Hannah McKay/Reuters',
      BODY,
    ]);
    expect(kinds).toEqual(['headline', 'caption', 'credit', 'body']);
  });
});
