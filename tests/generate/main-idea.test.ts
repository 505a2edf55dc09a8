import { describe, expect, it } from 'vitest';
import { kindOf } from '../../src/generate/kinds/index.js';
import { renderPrompt } from '../../src/generate/prompt.js';
import { article, materialOf, paragraphs } from './helpers.js';

const TRIAL = paragraphs(
  'Former WorldCom chief Bernie Ebbers has denied claims that he knew accountants were doctoring the books at the firm.',
  'The trial opened in New York in January.',
  'Prosecutor David Anders questioned him for two days.',
  'Shareholders lost about $180bn in the collapse of WorldCom, and 20,000 workers lost their jobs when the company failed.',
  'Mr Ebbers again denied all of the allegations made against him by the prosecutors on Tuesday.',
  'Mr Ebbers could face a jail sentence of up to 85 years if he is convicted of all the charges against him.',
  'The jury is expected to retire next month.',
);

async function mainIdeaOf(text: string, title: string) {
  const bank = await materialOf([article('a', text, title)]);
  return kindOf('main-idea')
    .draft(bank)
    .map((d) => ({ prompt: renderPrompt(d.prompt), answer: d.answer, choices: d.choices ?? [] }));
}

describe('main idea', () => {
  it('asks for the point of the article against real details of it, none of which restates the headline', async () => {
    const [question, ...more] = await mainIdeaOf(TRIAL, 'Ebbers denies WorldCom fraud');
    expect(more).toEqual([]);
    expect(question!.prompt).toBe('Which of these best sums up the main point of “Ebbers denies WorldCom fraud”?');
    expect(question!.answer).toMatch(/^Former WorldCom chief Bernie Ebbers has denied claims/);
    expect(question!.choices.length).toBeGreaterThanOrEqual(3);
    // "Mr Ebbers again denied all of the allegations" says what the headline says: a second right answer.
    expect(question!.choices.join('\n')).not.toContain('denied all of the allegations');
  });

  it('is not asked of an article too short to have details beside its point', async () => {
    const short = paragraphs(
      'Former WorldCom chief Bernie Ebbers has denied claims that he knew accountants were doctoring the books.',
      'The trial in New York is expected to last for at least another six weeks.',
    );
    expect(await mainIdeaOf(short, 'Ebbers denies WorldCom fraud')).toEqual([]);
  });
});

it('takes the lead whose words the headline shortens ("quake", "European") for the point, a participle in it read as an adjective', async () => {
  const text = paragraphs(
    "Shares in Europe's leading reinsurers and travel firms have fallen as the scale of the damage wrought by tsunamis across south Asia has become apparent.",
    'More than 23,000 people have been killed following a massive underwater earthquake and many of the worst hit areas are popular tourist destinations.',
    'Reinsurance firms such as Swiss Re and Munich Re lost value as investors worried about rebuilding costs.',
    "Germany's Dax index closed the day 16 points lower while France's Cac index fell five points.",
    'Travel companies also took a hit, with Japan’s Kinki Nippon sliding 1.5% on the day.',
    'Investors in London said the declines would be limited to the travel and insurance industries.',
    'Munich Re said it expected claims of less than 100m euros from the disaster.',
  );
  const [question] = await mainIdeaOf(text, 'Asian quake hits European shares');
  expect(question?.answer).toMatch(/^Shares in Europe's leading reinsurers/);
});
