import { describe, expect, it } from 'vitest';
import { directionOf, reverseDirection } from '../../src/generate/english/directions.js';
import { kindQuestions, paragraphs } from './helpers.js';

const figureQuestions = (text: string) => kindQuestions('figures', text);

describe('key-figure questions made from an article', () => {
  it.each([
    {
      why: 'a fall by an amount to a level, asked as what happened, with the other direction',
      text: paragraphs(
        'Borussia Dortmund has warned it will go bankrupt if rescue talks with creditors fail.',
        'Shares in Borussia Dortmund, Germany’s only listed football club, dropped by almost 23% to 2.05 euros during early afternoon trading.',
      ),
      question: {
        prompt: 'What happened to shares in Borussia Dortmund during early afternoon trading?',
        answer: 'They fell by almost 23% to 2.05 euros',
        choices: [
          'They fell by almost 23% to 2.05 euros',
          'They rose by almost 23% to 2.05 euros',
          'They were unchanged at 2.05 euros',
        ],
        cites: [1],
      },
    },
    {
      why: '"up from": from what to what, with the figure it rose from given as the amount it rose by',
      text: paragraphs(
        'Barton & Reeve, the clothing and homeware chain, will close 58 of its 212 shops.',
        'The Leeds-based retailer reported a pre-tax loss of £38.6 million for the year to 1 March, up from £21.2 million a year earlier.',
      ),
      question: {
        prompt: "What happened to Barton & Reeve's pre-tax loss for the year to 1 March?",
        answer: 'It rose from £21.2 million to £38.6 million',
        choices: [
          'It fell from £38.6 million to £21.2 million',
          'It rose by £21.2 million to £38.6 million',
          'It rose from £21.2 million to £38.6 million',
        ],
        // "The Leeds-based retailer" is named from the sentence before, which is cited too.
        cites: [1, 0],
      },
    },
    {
      why: 'another figure of the article in the wrong role, worded as the right one is ("about")',
      text: paragraphs(
        'Sri Lanka’s stock market has fallen about 5% since the weekend, but it is still 40% higher than at the start of 2004.',
        'Some economists have said that as much as 1% of annual growth may be lost in Sri Lanka.',
      ),
      question: {
        prompt: 'What has happened to Sri Lanka’s stock market since the weekend?',
        answer: 'It has fallen by about 5%',
        choices: [
          'It has fallen by about 1%',
          'It has fallen by about 5%',
          'It has risen by about 1%',
          'It has risen by about 5%',
        ],
        cites: [0],
      },
    },
    {
      why: 'the figure of another clause of the sentence in the wrong role',
      text: 'Sri Lanka’s stock market has fallen about 5% since the weekend, but it is still 7% higher than at the start of 2004.',
      question: {
        prompt: 'What has happened to Sri Lanka’s stock market since the weekend?',
        answer: 'It has fallen by about 5%',
        choices: [
          'It has fallen by about 5%',
          'It has fallen by about 7%',
          'It has risen by about 5%',
          'It has risen by about 7%',
        ],
        cites: [0],
      },
    },
    {
      why: 'a company that moved by a share is asked about as its shares',
      text: paragraphs(
        'Shares in Harbour Lines fell 1.7% in Bangkok on Monday.',
        'Resort operator Tanco Holdings slumped 5% in Bangkok on Monday.',
        'Many resort owners in Phuket have closed their hotels.',
      ),
      question: {
        prompt: 'What happened to shares in resort operator Tanco Holdings in Bangkok on Monday?',
        answer: 'They fell by 5%',
        choices: ['They fell by 1.7%', 'They fell by 5%', 'They rose by 1.7%', 'They rose by 5%'],
        cites: [1],
      },
    },
    {
      why: 'a nominal change: "reported a 19% rise in profits"',
      text: paragraphs(
        'Wimpey reported a 19% rise in profits to £450.7m and said reservations were better than expected.',
        'Bradford & Bingley reported a 6% rise in profits to £280.2m.',
      ),
      question: {
        // With no day or period, the article's title says which profits.
        prompt: "In “Article a”, what happened to Wimpey's profits?",
        answer: 'They rose by 19% to £450.7m',
        choices: [
          'They fell by 19% to £450.7m',
          'They fell by 6% to £450.7m',
          'They rose by 19% to £450.7m',
          'They rose by 6% to £450.7m',
        ],
        cites: [0],
      },
    },
    {
      why: 'the same change in other words (", or 0.2%,") is left out, and the setting kept',
      text: paragraphs(
        'The Dow Jones index had risen 20.54 points, or 0.2%, to 10,847.66 by late morning as analysts were cheered by retailers.',
        'Germany’s Dax index closed 16.29 points lower on Tuesday.',
      ),
      question: {
        prompt: 'What had happened to the Dow Jones index by late morning?',
        answer: 'It had risen by 20.54 points to 10,847.66',
        choices: [
          'It had fallen by 16.29 points to 10,847.66',
          'It had fallen by 20.54 points to 10,847.66',
          'It had risen by 16.29 points to 10,847.66',
          'It had risen by 20.54 points to 10,847.66',
        ],
        cites: [0],
      },
    },
  ])('$why', async ({ text, question }) => {
    const questions = await figureQuestions(text);
    expect(questions).toContainEqual({ ...question, fault: undefined });
    // Shares already named are not named again.
    expect(questions.filter((q) => /shares in shares/i.test(q.prompt))).toEqual([]);
  });
});

describe('a figure set against a forecast or target', () => {
  it.each([
    [
      'Sales at Harbour Lines were £4.2bn last year, short of the £4.5bn forecast.',
      'How did sales at Harbour Lines last year compare with the £4.5bn forecast?',
      'They were lower than the £4.5bn forecast',
      ['They were higher than the £4.5bn forecast', 'They were in line with the £4.5bn forecast'],
    ],
    // The article's own comparative, and its opposite.
    [
      'Estmark’s economy grew 3.7% in the third quarter, slower than forecast, but faster than in the second quarter.',
      'How did the growth of Estmark’s economy in the third quarter compare with what was forecast?',
      'It was slower than forecast',
      ['It was as forecast', 'It was faster than forecast'],
    ],
    [
      'Estmark’s inflation rate was 2.1% in March, in line with the central bank’s target of 2%.',
      'How did Estmark’s inflation rate in March compare with the central bank’s target of 2%?',
      'It was in line with the central bank’s target of 2%',
      ['It was higher than the central bank’s target of 2%', 'It was lower than the central bank’s target of 2%'],
    ],
  ])('%s', async (text, prompt, answer, wrong) => {
    const questions = await figureQuestions(text);
    expect(questions).toContainEqual({
      prompt,
      answer,
      choices: [answer, ...wrong].sort(),
      cites: [0],
      fault: undefined,
    });
  });

  it('asks nothing where the standard leans on "the company"', async () => {
    const questions = await figureQuestions(
      'Sales at Harbour Lines were £4.2bn last year, short of the company’s target of £4.5bn.',
    );
    expect(questions.filter((q) => q.prompt.startsWith('How did'))).toEqual([]);
  });
});

describe('what the key-figure kind does not ask or offer', () => {
  it('offers no other figure against "more than": "more than 6%" may be true of "more than 4%"', async () => {
    const [question] = await figureQuestions(
      paragraphs(
        'Shares in Bradford & Bingley were down more than 4% at 325.5p in morning trade.',
        'Shares in Wimpey were up 6% at 458.5p in morning trade.',
      ),
    );
    expect(question).toMatchObject({
      prompt: 'What happened to shares in Bradford & Bingley in morning trade?',
      choices: [
        'They fell by more than 4% to 325.5p',
        'They rose by more than 4% to 325.5p',
        'They were unchanged at 325.5p',
      ],
    });
  });

  it('takes "B&B" for a name that says which story a question is about', async () => {
    const questions = await figureQuestions(
      paragraphs(
        'Shares in B&B were down 4% at 325.5p in morning trade.',
        'Shares in Wimpey were up 6% at 458.5p in morning trade.',
      ),
    );
    expect(questions.find((q) => q.prompt.includes('B&B'))).toMatchObject({
      prompt: 'What happened to shares in B&B in morning trade?',
      fault: undefined,
    });
  });

  it('offers no figure the article gives for the same thing', async () => {
    const questions = await figureQuestions(
      paragraphs(
        'Shares in Nordlicht rose 2.6 percent to 41 euros in Frankfurt on Monday.',
        'By Tuesday the gain in shares in Nordlicht had grown to 3.4 percent.',
        'Nordlicht said about 4 percent of its staff were hired abroad.',
      ),
    );
    const offered = questions.flatMap((q) => q.choices);
    expect(offered.some((c) => c.includes('3.4 percent'))).toBe(false);
    expect(offered).toContain('They rose by 4 percent to 41 euros');
  });

  it('does not offer "rose by 100 to 200" where that is as true as "rose from 100 to 200"', async () => {
    const questions = await figureQuestions(
      paragraphs(
        'Sales of Harbour Marathon shirts rose from 100 shirts to 200 shirts in Lisbon in 2024.',
        'The Porto Marathon sold 350 shirts in 2023.',
      ),
    );
    expect(questions).toEqual([
      {
        prompt: 'What happened to sales of Harbour Marathon shirts in Lisbon in 2024?',
        answer: 'They rose from 100 shirts to 200 shirts',
        choices: [
          'They fell from 200 shirts to 100 shirts',
          'They rose from 100 shirts to 200 shirts',
          'They rose from 100 shirts to 350 shirts',
        ],
        cites: [0],
        fault: undefined,
      },
    ]);
  });

  it.each([
    ['a loss, not a fall', 'Delta Air Lines lost $646m in the three months to September.'],
    ['a rise yet to come', 'Interest rates in the United States are to rise by 0.25% in December.'],
    ['a rise from more to less, a misreading', 'Shares in Harbour Lines rose from 60p to 50p in London on Monday.'],
    ['a figure of nothing named', 'The economy grew 3.7% in the third quarter, slower than forecast.'],
  ])('asks nothing of %s', async (_, text) => {
    const questions = await figureQuestions(text);
    expect(questions.filter((q) => q.fault === undefined)).toEqual([]);
  });
});

describe('direction words', () => {
  it.each([
    ['rose', 'fell', 'up'],
    ['Fallen', 'Risen', 'down'],
    ['increased', 'decreased', 'up'],
    ['tumbled', 'rose', 'down'],
    ['short of', 'ahead of', 'down'],
    ['higher', 'lower', 'up'],
  ])('%s is reversed as %s', (word, reversed, direction) => {
    expect(reverseDirection(word)).toBe(reversed);
    expect(directionOf(word)).toBe(direction);
  });

  it('leaves a word with no direction alone', () => {
    expect(reverseDirection('said')).toBeUndefined();
  });
});
