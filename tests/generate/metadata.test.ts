import { describe, expect, it } from 'vitest';
import { articleFacts, factsFromLines, outletFromTitle, splitFrontMatter } from '../../src/generate/metadata.js';

const BODY = 'The council approved the plan on Tuesday after a long debate about the bridge.';

describe('factsFromLines', () => {
  it.each([
    ['By Jane Smith, The Lakeport Daily', { outlet: 'The Lakeport Daily' }],
    ['By Jane Smith | Reuters', { outlet: 'Reuters' }],
    ['By Jane Smith for The Courier', { outlet: 'The Courier' }],
    ['By Jane Smith and John Doe, The Courier, 3 March 2024', { outlet: 'The Courier', published: '2024-03-03' }],
    ['By Jane Smith, Science Correspondent', {}],
    ['By Jonathan Amos, BBC Science Correspondent', {}],
    ['The Lakeport Daily | Monday 3 March 2024', { outlet: 'The Lakeport Daily', published: '2024-03-03' }],
    ['3 March 2024 - The Courier', { outlet: 'The Courier', published: '2024-03-03' }],
    ['Page 3 | The Courier | 3 March 2024', { outlet: 'The Courier', published: '2024-03-03' }],
    ['World | 3 March 2024', { published: '2024-03-03' }],
    ['Published: 3 March 2024, 10:42 GMT', { published: '2024-03-03' }],
    ['Thursday 23 March 2017 10.00 GMT', { published: '2017-03-23' }],
    ['Independent (23 March 2017)', { outlet: 'Independent', published: '2017-03-23' }],
    ['Source: Reuters', { outlet: 'Reuters' }],
    ['The film, released on 12 May 2003, was a hit.', {}],
    ['On 23 March 2017, ISIS claimed this attack.', {}],
  ])('%s', (line, facts) => {
    expect(factsFromLines([line])).toEqual(facts);
  });

  it('prefers the published date to the updated one', () => {
    expect(factsFromLines(['Updated 5 March 2024', 'Published 3 March 2024'])).toEqual({ published: '2024-03-03' });
  });
});

describe('articleFacts', () => {
  it('takes a date only where the text says it is the date, never from a sentence', () => {
    const film = `Film festival opens\n\nThe film, released on 12 May 2003, opened the festival.\n\n${BODY}\n`;
    expect(articleFacts(film, 'text').published).toBeUndefined();
    const dated = `Film festival opens\n\nPublished 14 June 2024\n\nThe film, released on 12 May 2003, opened the festival.\n`;
    expect(articleFacts(dated, 'text').published).toBe('2024-06-14');
  });

  it('takes the date of a wire-style dateline', () => {
    const text = `Museum reopens\n\nBy Eleanor Vance\n\nLEEDS, 18 May 2025 — The museum reopened on Saturday.\n`;
    expect(articleFacts(text, 'text')).toEqual({ title: 'Museum reopens', published: '2025-05-18' });
  });

  it('reads a footer line for the outlet', () => {
    const text = `Bridge to close\n\n${BODY}\n\n${BODY.replace('Tuesday', 'Friday')}\n\n© 2024 The Courier\n`;
    expect(articleFacts(text, 'text').outlet).toBe('The Courier');
  });

  it('reads lines from outside the text, such as the running header of a PDF', () => {
    expect(articleFacts(`Bridge to close\n\n${BODY}\n`, 'text', ['The Courier | 3 March 2024'])).toEqual({
      title: 'Bridge to close',
      outlet: 'The Courier',
      published: '2024-03-03',
    });
  });

  it('reads Markdown front matter before the text', () => {
    const text = `---\ntitle: "Bridge to close: the council decides"\nsource: The Courier\ndate: 2024-03-03\n---\n\n# Bridge to close\n\n${BODY}\n`;
    expect(articleFacts(text, 'markdown')).toEqual({
      title: 'Bridge to close: the council decides',
      outlet: 'The Courier',
      published: '2024-03-03',
    });
  });
});

describe('splitFrontMatter', () => {
  it('splits front matter from the text and leaves text without it as it is', () => {
    expect(splitFrontMatter(`---\noutlet: The Courier\n---\n# Title\n`)).toEqual({
      matter: { outlet: 'The Courier' },
      body: '# Title\n',
    });
    expect(splitFrontMatter('# Title\n\n---\n\nMore.\n').body).toBe('# Title\n\n---\n\nMore.\n');
    // Not YAML: left in the text, where a reader sees it.
    expect(splitFrontMatter('---\n: [unclosed\n---\nText\n').body).toBe('---\n: [unclosed\n---\nText\n');
  });
});

describe('outletFromTitle', () => {
  it.each([
    ['Bridge to close | The Courier', 'The Courier'],
    ['Bridge to close - BBC News', 'BBC News'],
    ['The Courier: Bridge to close', 'The Courier'],
    ['Bridge to close | World news | The Guardian', 'The Guardian'],
    ['Bridge to close', undefined],
  ])('%s', (title, outlet) => {
    expect(outletFromTitle(title, 'Bridge to close')).toBe(outlet);
  });
});
