import { describe, expect, it } from 'vitest';
import { causalLinks } from '../../src/generate/causes.js';
import { prompt, renderPrompt } from '../../src/generate/prompt.js';
import { kindQuestions, paragraphs, sentencesOf } from './helpers.js';

const causeQuestions = (text: string) => kindQuestions('cause-effect', text);

/** The reasons the last sentence of a passage gives, as the questions they make. */
async function linksOf(text: string) {
  const sentences = await sentencesOf(text);
  const s = sentences.at(-1)!;
  return causalLinks(s, { previous: sentences.at(-2) }).map((l) => [
    renderPrompt(prompt(l.question.template, { clause: l.question.clause })),
    l.cause,
    l.result ? [renderPrompt(l.result.prompt), l.result.answer.text] : undefined,
  ]);
}

describe('reasons read from a sentence', () => {
  it.each([
    [
      'Mr Galloway was expelled from the Labour party because of his staunch opposition to the war on Iraq.',
      'Why was Mr Galloway expelled from the Labour party?',
      'His staunch opposition to the war on Iraq',
      [
        'What happened to Mr Galloway because of his staunch opposition to the war on Iraq?',
        'Mr Galloway was expelled from the Labour party',
      ],
    ],
    // "after" gives a reason after a market move; "it" is the one name of the effect.
    [
      'Shares in American Express surged more than 8% on Tuesday after it said it was to spin off its financial advisory arm.',
      'Why did shares in American Express surge more than 8% on Tuesday?',
      'American Express said it was to spin off its financial advisory arm',
      undefined,
    ],
    // The reason opens the sentence.
    [
      'Because Mars is about 225 million kilometres from Earth, signals from the rover take 12.5 minutes to reach mission controllers.',
      'Why do signals from the rover take 12.5 minutes to reach mission controllers?',
      'Mars is about 225 million kilometres from Earth',
      undefined,
    ],
    // A perfect tense inverted; the aside ", where ...," left out.
    [
      'Kelly Holmes won two gold medals in Athens.\n\nHolmes has now pulled out of the European Indoor Championships, where she was selected for the 1500m, because of a hamstring injury.',
      'Why has Holmes now pulled out of the European Indoor Championships?',
      'A hamstring injury',
      [
        'What has Holmes done because of a hamstring injury?',
        'Holmes has now pulled out of the European Indoor Championships',
      ],
    ],
    // A purpose.
    [
      'A court in Houston heard the case brought by Yukos on Wednesday.\n\nYukos filed for bankruptcy protection in Houston in an attempt to halt the forced sale.',
      'Why did Yukos file for bankruptcy protection in Houston?',
      'To halt the forced sale',
      ['What did Yukos do in an attempt to halt the forced sale?', 'Yukos filed for bankruptcy protection in Houston'],
    ],
    // "as part of" a plan gives one.
    [
      'Delta Air Lines is cutting domestic fares by as much as 50% as part of a plan to ensure its financial survival.',
      'Why is Delta Air Lines cutting domestic fares by as much as 50%?',
      'A plan to ensure its financial survival',
      undefined,
    ],
    // A verb of causing, which the tagger read as a noun.
    [
      'Expectations of strong corporate earnings in 2005 drove the Indonesian stock exchange in Jakarta to a record high on Wednesday.',
      'What drove the Indonesian stock exchange in Jakarta to a record high on Wednesday?',
      'Expectations of strong corporate earnings in 2005',
      undefined,
    ],
    // A word the article capitalises inside sentences keeps its capital.
    [
      'Analysts in Jakarta expect Indonesian growth. Indonesian stock markets rose after the central bank cut interest rates on Monday.',
      'Why did Indonesian stock markets rise?',
      'The central bank cut interest rates on Monday',
      undefined,
    ],
    // "The retailer" named from the sentence before.
    [
      'Barton & Reeve, the clothing chain, will close 58 shops.\n\nThe retailer closed its Leeds store last year because sales in the city fell by a third.',
      'Why did Barton & Reeve close its Leeds store last year?',
      'Sales in the city fell by a third',
      [
        'What did Barton & Reeve do because sales in the city fell by a third?',
        'Barton & Reeve closed its Leeds store last year',
      ],
    ],
    // A reason in a clause of its own: "their" reads by that clause's subject.
    [
      'The dollar suffered its biggest one-day fall in four months on Tuesday on fears that Asian central banks were about to lower their reserves of dollars.',
      'Why did the dollar suffer its biggest one-day fall in four months on Tuesday?',
      'Fears that Asian central banks were about to lower their reserves of dollars',
      undefined,
    ],
    // "quit" after one person is past.
    [
      'Ronald Koeman quit as Ajax boss last week after Ajax lost to Auxerre in the Uefa Cup.',
      'Why did Ronald Koeman quit as Ajax boss last week?',
      'Ajax lost to Auxerre in the Uefa Cup',
      undefined,
    ],
    // The first word after a dateline is no name for being capitalised.
    [
      'BEWDLEY, 9 February 2025 — More than 1,100 residents were forced from their homes on Sunday after the River Severn burst through flood barriers.',
      'Why were more than 1,100 residents forced from their homes on Sunday?',
      'The River Severn burst through flood barriers',
      [
        'What happened to more than 1,100 residents after the River Severn burst through flood barriers?',
        'More than 1,100 residents were forced from their homes on Sunday',
      ],
    ],
  ])('%s', async (text, why, cause, result) => {
    expect(await linksOf(text)).toEqual([[why, cause, result]]);
  });

  it.each([
    [
      '"after" that only orders events',
      'The Kelso Bridge reopened on Friday after engineers completed repairs to its arches.',
    ],
    ['"due to" that says when', 'Russian authorities are due to auction off Yuganskneftegas on 19 December.'],
    [
      '"as part of" an event, not a plan',
      'Two UK gamers are about to embark on a world tour as part of the most lucrative global games tournament.',
    ],
    [
      '"after" a time, not a clause',
      'Ronald Koeman quit as Ajax boss last week after the exit of Ajax from the Uefa Cup.',
    ],
    [
      '"after" a verb that reacts to nothing',
      'Insurers have sought to calm fears after an earthquake killed 38,000 people in Asia.',
    ],
    [
      'a pronoun in the reason that nothing names',
      'The dollar fell against the euro after they denied plans to sell reserves.',
    ],
    [
      '"the firm" that the sentence before does not name',
      'The firm closed its Leeds store last year because sales in the city fell by a third.',
    ],
  ])('finds no reason in %s', async (_, text) => {
    expect(await linksOf(text)).toEqual([]);
  });
});

describe('cause-and-effect questions made from an article', () => {
  it.each([
    {
      why: 'a reason given with "because": why, with the article\'s other events as wrong choices',
      text: paragraphs(
        'Portmere Council closed the Kelso Bridge on Monday because engineers found cracks in two of its arches.',
        'The bridge carries about 12,000 vehicles a day.',
        'Portmere Council opened a new cycle lane on the Kelso Road last year.',
        'Mayor Ruth Dalton visited the bridge on Tuesday morning with two engineers.',
      ),
      question: {
        prompt: 'Why did Portmere Council close the Kelso Bridge on Monday?',
        answer: 'Engineers found cracks in two of its arches',
        choices: [
          'Engineers found cracks in two of its arches',
          'Mayor Ruth Dalton visited the bridge on Tuesday morning with two engineers',
          'Portmere Council opened a new cycle lane on the Kelso Road last year',
        ],
        cites: [0],
      },
    },
    {
      why: 'a reason given with "because of": what it led to, with what else was done to the same person as wrong choices',
      text: paragraphs(
        'Ex-Labour MP George Galloway has appealed for the release of aid worker Margaret Hassan.',
        'Mrs Hassan, 59, was abducted in Baghdad on 19 October.',
        'Mr Galloway was expelled from the Labour party because of his staunch opposition to the war on Iraq.',
        'He denied an earlier report that he planned to make a direct appeal to the kidnappers via the Al-Jazeera television channel.',
        'Care International has since closed down all its operations in Iraq.',
        'Mr Galloway was first elected to the Commons for Glasgow Hillhead in 1987.',
        'Mr Galloway was born in the Scottish city of Dundee in 1954.',
      ),
      question: {
        prompt: 'What happened to Mr Galloway because of his staunch opposition to the war on Iraq?',
        answer: 'Mr Galloway was expelled from the Labour party',
        // What he did ("denied an earlier report", "has appealed") does not answer "what happened to him".
        choices: [
          'Mr Galloway was born in the Scottish city of Dundee in 1954',
          'Mr Galloway was expelled from the Labour party',
          'Mr Galloway was first elected to the Commons for Glasgow Hillhead in 1987',
        ],
        cites: [2],
      },
    },
    {
      why: 'a reason in the sentence before ("That has hit ..."): both sentences cited',
      text: paragraphs(
        'In the short term, however, travel companies are cancelling flights and trips. That has hit shares across Asia and Europe, with investors saying that growth is likely to slow.',
        'The International Monetary Fund has promised rapid action.',
        'International agencies have pledged their support.',
        'Growth has been rapid in southeast Asia.',
      ),
      question: {
        prompt: 'What has hit shares across Asia and Europe?',
        answer: 'Travel companies are cancelling flights and trips',
        // The sentence right after the effect may explain it too: it offers no wrong choice.
        choices: [
          'Growth has been rapid in southeast Asia',
          'International agencies have pledged their support',
          'Travel companies are cancelling flights and trips',
        ],
        cites: [1, 0],
      },
    },
    {
      why: '"the museum" named from the sentence before, which is cited too; "after" a closure gives its reason',
      text: paragraphs(
        'LEEDS, 18 May 2025 — The Armitage Museum of Art and Industry reopened to the public on Saturday after a four-year renovation.',
        'The museum, which occupies a former wool exchange, closed in March 2021 after water leaking through its glass roof damaged two galleries.',
        'Around 2,300 objects are now on permanent display.',
        'The Heritage Capital Fund gave the Armitage Museum of Art and Industry £30 million.',
        'Visitors from Leeds queued outside the Armitage Museum of Art and Industry before dawn.',
      ),
      question: {
        prompt: 'Why did the Armitage Museum of Art and Industry close in March 2021?',
        answer: 'Water leaking through its glass roof damaged two galleries',
        choices: [
          'The Heritage Capital Fund gave the Armitage Museum of Art and Industry £30 million',
          'Visitors from Leeds queued outside the Armitage Museum of Art and Industry before dawn',
          'Water leaking through its glass roof damaged two galleries',
        ],
        cites: [1, 0],
      },
    },
  ])('$why', async ({ text, question }) => {
    const questions = await causeQuestions(text);
    expect(questions).toContainEqual({ ...question, fault: undefined });
  });
});

describe('what the cause-and-effect kind does not ask', () => {
  it.each([
    {
      why: 'a reason that leans on "the group" for what it means',
      text: paragraphs(
        'Officials in Britain met on Thursday.',
        'Britain is one of the group’s primary targets because of its role in the campaign against the group in Iraq.',
        'Khalid Masood drove a car into pedestrians on Westminster Bridge.',
        'Britain sent 1,000 troops to Iraq because of a request from the United States.',
        'Theresa May chaired a meeting of the Cobra committee on Thursday.',
        'Britain joined the campaign in Iraq because of attacks on Yazidis in northern Iraq in 2014.',
        'The Metropolitan Police arrested eight people in Birmingham and London.',
      ),
    },
    {
      why: 'fewer than two wrong choices of the answer’s form',
      text: paragraphs(
        'Mr Galloway was expelled from the Labour party because of his staunch opposition to the war on Iraq.',
        'Mrs Hassan, 59, was abducted in Baghdad on 19 October.',
        'Care International has since closed down all its operations in Iraq.',
        'Mr Galloway founded the Respect party in London in 2004.',
      ),
    },
  ])('$why', async ({ text }) => {
    expect(await causeQuestions(text)).toEqual([]);
  });

  it('never offers, as a wrong choice, another reason the article gives for the same effect', async () => {
    const questions = await causeQuestions(
      paragraphs(
        'Shares in Portline fell on Monday because fuel costs rose sharply.',
        'Portline carried 4.2 million passengers last year.',
        'Portline shares also fell after the airline warned of lower profits.',
        'Portline opened a route to Lisbon in March.',
        'Portline hired 300 pilots in 2023.',
        'Portline appointed Maria Costa as chief executive in January.',
      ),
    );
    expect(questions.map((q) => [q.prompt, q.answer])).toEqual([
      ['Why did shares in Portline fall on Monday?', 'Fuel costs rose sharply'],
    ]);
    expect(questions[0]!.choices).not.toContain('The airline warned of lower profits');
  });

  it('asks why shares moved when the reason names the company, but not what the shares "did"', async () => {
    const questions = await causeQuestions(
      paragraphs(
        'Shares in Portline fell on Monday after Portline warned of lower profits.',
        'Portline carried 4.2 million passengers last year.',
        'Portline opened a route to Lisbon in March.',
        'Portline hired 300 pilots in 2023.',
        'Portline appointed Maria Costa as chief executive in January.',
      ),
    );
    // The prompt's one name stands in the answer too: the question still says which story it is.
    expect(questions.map((q) => [q.prompt, q.answer, q.fault])).toEqual([
      ['Why did shares in Portline fall on Monday?', 'Portline warned of lower profits', undefined],
    ]);
  });

  it('offers nothing else done by whom only the answer names: it may be part of the same reason', async () => {
    const questions = await causeQuestions(
      paragraphs(
        'The dollar regained some lost ground against most major currencies on Wednesday after South Korea and Japan denied they were planning a sell-off.',
        'South Korea moved to steady the financial markets on Tuesday evening.',
        'Japan holds $850bn in foreign exchange reserves in its central bank.',
        'Traders in London sold shares in British banks all morning.',
        'The euro rose to a record high against the dollar in December.',
        'The Bank of England kept interest rates at 4.75% in its meeting.',
      ),
    );
    const why = questions.filter((x) => /^Why/.test(x.prompt));
    expect(why.length).toBeGreaterThan(0);
    for (const q of why) expect(q.choices.filter((c) => c !== q.answer && /South Korea|Japan/.test(c))).toEqual([]);
  });

  it('offers an event without its aside, and never one cut inside a list or an aside', async () => {
    const questions = await causeQuestions(
      paragraphs(
        'Two associations of French producers challenged Jean-Pierre Jeunet’s right to subsidies because Warner Bros was a backer.',
        'The film received best actress, picture and director nominations.',
        'Other films in the best film category include Police drama 36, Quai Des Orfevres and The Chorus.',
        'Audrey Tautou will compete against Maggie Cheung, Emmanuelle Devos and Karin Viard for best actress.',
        'The ruling meant the movie - which was filmed in France - was not eligible to compete.',
        'Jean-Pierre Jeunet shot the film in Paris with French actors.',
        'French cinemas sold 4 million tickets for the film.',
      ),
    );
    expect(questions).toHaveLength(1);
    const offered = questions[0]!.choices;
    expect(offered).toContain('The ruling meant the movie was not eligible to compete');
    expect(offered).not.toContain('Other films in the best film category include Police drama 36');
    expect(offered).not.toContain('The ruling meant the movie');
    expect(offered).not.toContain('Audrey Tautou will compete against Maggie Cheung');
  });
});

it('reads a word the model gives no lemma ("cannot" before a comma) as itself', async () => {
  const text =
    'Portmere Council closed the Kelso Bridge on Monday because engineers cannot, for now, repair its arches.';
  const [sentence] = await sentencesOf(text);
  expect(sentence!.tokens.find((t) => t.text === 'cannot')?.lemma).toBe('cannot');
  await expect(causeQuestions(text)).resolves.toEqual([]);
});

it('asks for a reason of a few words as a short answer where no fair wrong choices exist', async () => {
  const questions = await causeQuestions(
    paragraphs(
      'Kelly Holmes has pulled out of the European Indoor Championships because of a hamstring injury.',
      'The double Olympic champion won gold in Athens in 2004.',
    ),
  );
  expect(questions.map((q) => [q.prompt, q.answer, q.choices])).toEqual([
    ['Why has Kelly Holmes pulled out of the European Indoor Championships?', 'A hamstring injury', []],
  ]);
});

it('asks for no reason of many words without wrong choices to set beside it', async () => {
  const questions = await causeQuestions(
    paragraphs(
      'George Galloway was expelled from the Labour party because of his staunch opposition to the war on Iraq.',
      'He now leads the Respect party.',
    ),
  );
  expect(questions).toEqual([]);
});

it('offers reasons the article gives for other things before events it merely reports', async () => {
  const questions = await causeQuestions(
    paragraphs(
      'Portmere Council closed the Kelso Bridge on Monday because engineers found cracks in two of its arches.',
      'The Mayor of Portmere visited the Kelso Bridge on Tuesday morning with two engineers.',
      'Portmere Council delayed the Kelso Road repairs because the contractor went bankrupt in May.',
      'The Kelso Bridge carries about 12,000 vehicles a day across the River Kelso.',
      'Portmere Council painted the Kelso Bridge green for its centenary in 2019.',
      'Portmere Council cut bus fares on the Kelso route because passenger numbers fell by a third.',
    ),
  );
  const bridge = questions.find((q) => q.prompt === 'Why did Portmere Council close the Kelso Bridge on Monday?');
  expect(bridge?.choices).toEqual(
    expect.arrayContaining(['The contractor went bankrupt in May', 'Passenger numbers fell by a third']),
  );
});
