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

  it("keeps a point's closing attribution: a witness's claim is no fact of the article", async () => {
    const text = TRIAL.replace(
      /^.*?\n/,
      'Former WorldCom chief Bernie Ebbers never made accounting decisions at the firm, a witness has told jurors.\n',
    );
    const [question] = await mainIdeaOf(text, 'Ebbers left the books alone');
    expect(question!.answer).toBe(
      'According to a witness, former WorldCom chief Bernie Ebbers never made accounting decisions at the firm.',
    );
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

it('takes a lead whose "he" is the person its subject names, and keeps an opening clause that is the news', async () => {
  const details = [
    'Mr Ebbers is on trial in New York for fraud and conspiracy in relation to the collapse of WorldCom in 2002.',
    'The firm had been overstating its accounts by $11bn over a period of two years, prosecutors said.',
    'Mr Ebbers could face a sentence of 85 years in prison if he is convicted of all the charges.',
    'WorldCom emerged from bankruptcy protection in 2004 and is now known to its customers as MCI.',
    'Prosecutors allege that the top executives of WorldCom orchestrated a massive fraud at the company.',
  ];
  const [lying] = await mainIdeaOf(
    paragraphs(
      'The former chief financial officer of WorldCom has admitted before a New York court that he used to lie to the board.',
      ...details,
    ),
    'WorldCom director admits lying',
  );
  expect(lying?.answer).toMatch(/^The former chief financial officer of WorldCom has admitted/);
  const [resigned] = await mainIdeaOf(
    paragraphs(
      'Before he resigned as home secretary on Wednesday, David Blunkett had been in charge of policing and immigration in Britain.',
      'Mr Blunkett entered Parliament for Sheffield Brightside in 1987 after contesting another seat in 1974.',
      'In the first government of Tony Blair, Mr Blunkett was put in charge of education and employment.',
      'The Home Office under Mr Blunkett also ran civil emergencies, security and counter-terrorism policy.',
      'Ms Hughes, the former immigration minister, was forced to resign in April over abuses in the visa system.',
      'The identity cards scheme of Mr Blunkett provoked controversy over its cost and over civil liberties.',
    ),
    'Profile: David Blunkett',
  );
  expect(resigned?.answer).toMatch(/^Before he resigned as home secretary on Wednesday, David Blunkett/);
});
