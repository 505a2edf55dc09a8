import { describe, expect, it } from 'vitest';
import { loadAnalyser } from '../../src/generate/nlp.js';
import { analyseArticles } from '../../src/generate/sentences.js';
import { article, draftsOf, kindQuestions, sentencesOf } from './helpers.js';
import { lowerFirst } from '../../src/generate/clause.js';
import { isPlural } from '../../src/generate/statement.js';

// Sentence in, question and answer out: each row is a transformation a teacher would keep.
describe('questions made from one sentence', () => {
  it.each([
    [
      'Khalid Masood, 52, killed four people on Westminster Bridge.',
      'Who killed four people on Westminster Bridge?',
      'Khalid Masood',
    ],
    [
      'Khalid Masood, 52, killed four people on Westminster Bridge.',
      'How many people did Khalid Masood kill on Westminster Bridge?',
      'four',
    ],
    [
      'The council will spend £1.8 million on repairs to the bridge.',
      'How much will the council spend on repairs to the bridge?',
      '£1.8 million',
    ],
    [
      'On 3 June 2017, three attackers drove a van into pedestrians.',
      'When did three attackers drive a van into pedestrians?',
      '3 June 2017',
    ],
    [
      'On 3 June 2017, three attackers drove a van into pedestrians.',
      'How many attackers drove a van into pedestrians?',
      'three',
    ],
    ['About 3,000 runners started the race in Leeds.', 'About how many runners started the race in Leeds?', '3,000'],
    [
      'The bridge was built in 1887 by local engineers.',
      'In what year was the bridge built by local engineers?',
      '1887',
    ],
    ['The bridge will reopen on 28 August after repairs.', 'When will the bridge reopen after repairs?', '28 August'],
    [
      'The company paid $4.5 billion for the rival firm in March 2019.',
      'How much did the company pay for the rival firm in March 2019?',
      '$4.5 billion',
    ],
    [
      'The company paid $4.5 billion for the rival firm in March 2019.',
      'When did the company pay $4.5 billion for the rival firm?',
      'March 2019',
    ],
    // An aside after a dash is left out of the question: here it would give the sum away.
    [
      'Under the terms of the agreement, Brightwater shareholders will receive $45 per share — $30 in cash and $15 in stock.',
      'How much will Brightwater shareholders receive per share?',
      '$45',
    ],
    [
      'Dr Amara Lindqvist, 44, led the study of reef recovery across the islands.',
      'Who led the study of reef recovery across the islands?',
      'Amara Lindqvist',
    ],
    // A capital that only opens the sentence is no name: it is lower-cased inside the question.
    [
      'Classes were suspended in nine communes of Coquimbo on Friday.',
      'When were classes suspended in nine communes of Coquimbo?',
      'Friday',
    ],
    // Cloze: the blank is the number, not "About".
    [
      'About 3,000 runners started the race in Leeds.',
      'Fill in the blank: About _____ runners started the race in Leeds.',
      '3,000',
    ],
    [
      'The bridge will reopen on 28 August after repairs.',
      'Fill in the blank: The bridge will reopen on _____ after repairs.',
      '28 August',
    ],
    // Blanks are not only named entities: amounts, percentages, dates.
    [
      'Nordlicht says about 22 percent of the staff at the Dresden plant were hired abroad.',
      'Fill in the blank: Nordlicht says about _____ of the staff at the Dresden plant were hired abroad.',
      '22 percent',
    ],
    // A word tying the sentence to the one before is left out.
    [
      'However, the attack in London resembled earlier attacks in Nice and Berlin in 2016.',
      'Fill in the blank: The attack in London resembled earlier attacks in Nice and Berlin in _____.',
      '2016',
    ],
    // A dateline is left out of the prompt.
    [
      'ARDENSBURG, Estmark — The assembly approved the bill by 312 votes to 287.',
      'Fill in the blank: The assembly approved the bill by _____ votes to 287.',
      '312',
    ],
  ])('%s → %s', async (sentence, prompt, answer) => {
    const { drafts } = await draftsOf(sentence);
    expect(drafts.map((d) => [d.text, d.answer])).toContainEqual([prompt, answer]);
  });

  it.each([
    // A closing attribution turned round; the direction of the change reversed.
    [
      'Shares in Wimpey rose 6% in morning trade, analysts said.\n\nThe rise lifted shares in other builders.',
      'According to analysts, shares in Wimpey rose 6% in morning trade.',
      'According to analysts, shares in Wimpey fell 6% in morning trade.',
    ],
    // Nothing to leave out: the closing date goes first.
    [
      'Southcorp posted a record loss of 68m euros in 2004.',
      'In 2004, Southcorp posted a record loss of 68m euros.',
      'Southcorp posted a record profit of 68m euros in 2004.',
    ],
  ])('%s → true: %s; false: %s', async (text, truth, falsehood) => {
    const { drafts } = await draftsOf(text);
    const statements = drafts.filter((d) => d.kind === 'true-false' && d.sentence.index === 0);
    expect(statements.filter((d) => d.answer === true).map((d) => d.text)).toEqual([truth]);
    expect(statements.filter((d) => d.answer === false).map((d) => d.text)).toEqual([falsehood]);
  });

  it("never puts another person of the article in the subject's place, which the article seldom rules out", async () => {
    const { drafts } = await draftsOf(
      'Minister Patricia Hewitt unveiled the plans at a conference in London on Tuesday.\n\nShadow minister David Frost criticised the plans on Wednesday in Leeds.',
    );
    const statements = drafts.filter((d) => d.kind === 'true-false' && d.sentence.index === 0);
    expect(statements.map((d) => [d.text, d.answer])).toEqual([
      ['On Tuesday, Minister Patricia Hewitt unveiled the plans at a conference in London.', true],
    ]);
  });

  it("moves no closing date before a sentence that reports speech, whose date may be the later verb's", async () => {
    const { drafts } = await draftsOf(
      "Yukos has said a US bankruptcy court will decide whether to block Russia's auction of its main arm on Thursday.",
    );
    for (const d of drafts.filter((x) => x.kind === 'true-false')) expect(d.text).not.toMatch(/^On Thursday/);
  });

  it('writes an opening "The" in lower case once an attribution goes before it', async () => {
    const { drafts } = await draftsOf(
      'The Mac mini also fell short of being a media server for all the music people own, said analyst Ian Fogg.',
    );
    const truths = drafts.filter((d) => d.kind === 'true-false' && d.answer === true).map((d) => d.text);
    expect(truths).toEqual([
      'According to analyst Ian Fogg, the Mac mini also fell short of being a media server for all the music people own.',
    ]);
  });

  it('makes a statement false by reversing it, never by a "not" that gives the key away', async () => {
    const { drafts } = await draftsOf('On Tuesday, the Federal Reserve raised its key rate to 2% for the first time.');
    const statements = drafts.filter((d) => d.kind === 'true-false');
    expect(statements.map((d) => [d.text, d.answer])).toEqual([
      ['The Federal Reserve raised its key rate to 2% for the first time.', true],
    ]);
  });

  it('moves no date at the end of a clause in the present: it belongs to something inside the clause', async () => {
    const { drafts } = await draftsOf(
      "Mr Ebbers is on trial for fraud and conspiracy in relation to WorldCom's collapse in 2002.",
    );
    expect(drafts.filter((d) => d.kind === 'true-false').map((d) => d.text)).not.toContainEqual(
      expect.stringMatching(/^In 2002, Mr Ebbers is on trial/),
    );
  });

  it('reverses "rejects" as "accepts", which takes any object, not as "approves"', async () => {
    const { drafts } = await draftsOf(
      'Mr Sullivan rejects a suggestion that he told board member Bert Roberts about the accounts in 2002.',
    );
    const falses = drafts.filter((d) => d.kind === 'true-false' && d.answer === false);
    expect(falses.map((d) => d.text)).toEqual([expect.stringContaining('accepts a suggestion')]);
  });

  it('reverses a direction given as a noun: "a rise of 5%" is false as "a fall of 5%"', async () => {
    const { drafts } = await draftsOf('Halvorsen Foods reported a rise of 5% in its sales in Norway last year.');
    const falses = drafts.filter((d) => d.kind === 'true-false' && d.answer === false);
    expect(falses.map((d) => d.text)).toEqual([expect.stringContaining('a fall of 5%')]);
  });

  it('takes a subject that names nobody where an opening phrase names the place: "In Sri Lanka, some economists ..."', async () => {
    const blanks = await kindQuestions(
      'fill-blank',
      'In Sri Lanka, some economists have said that as much as 1% of annual growth may be lost.',
    );
    expect(blanks.map((q) => [q.answer, q.fault])).toEqual([['1%', undefined]]);
    // Not where the subject is a pronoun, nor where the blank takes the opening's name out.
    const leaning = await kindQuestions(
      'fill-blank',
      'In the Labour Party he has been regarded as a loyal colleague, a conciliator who avoids factions.\n\n' +
        'In the Labour Party, many of them see Sheffield as a model of the 40 councils it runs.',
    );
    expect(leaning.filter((q) => q.fault === undefined)).toEqual([]);
  });

  it('asks for a length of time as a count of its unit, and offers other numbers of it', async () => {
    const { drafts } = await draftsOf('Mr Ebbers could face a sentence of 85 years if convicted of all the charges.');
    const blank = drafts.find((d) => d.kind === 'fill-blank');
    expect(blank?.text).toBe(
      'Fill in the blank: Mr Ebbers could face a sentence of _____ years if convicted of all the charges.',
    );
    expect(blank?.answer).toBe('85');
  });

  it('makes no true statement that only copies its sentence, and never nudges a number', async () => {
    const { drafts } = await draftsOf('Delta Air Lines cut 6,900 jobs in 2004.');
    for (const d of drafts.filter((x) => x.kind === 'true-false')) {
      expect(d.text).not.toBe('Delta Air Lines cut 6,900 jobs in 2004.');
      expect(d.text).toContain('6,900');
    }
  });
});

describe('sentences and transformations that must be rejected', () => {
  it.each([
    ['He said the attack was planned by a small group of men.', 'opens with a pronoun'],
    ['"We will win the final next week," said the coach.', 'quoted speech'],
    ['Several residents told us about the closure of the bridge last week.', 'first or second person'],
    ['Why did the council wait so long to act on the bridge?', 'not a statement'],
    ['The bridge closed.', 'too short'],
    ['Others stayed with relatives or in motels along the highway to Brenton.', 'opens without its subject'],
    ['Half of them received a single dose of the vaccine in Coimbra.', 'opens without its subject'],
    ['Four suits worn by the Beatles have sold for $110,00 at a US auction in New York.', 'mistyped figure'],
    ['ask for an option on the England midfield man during negotiations for the striker.', 'broken sentence'],
    ["Germany's Dax index closed the day 16.29 points lower at 3.817.69 on Monday.", 'mistyped figure'],
  ])('%s is passed over: %s', async (sentence, reason) => {
    const { drafts, passedOver } = await draftsOf(sentence);
    expect(passedOver).toEqual([reason]);
    expect(drafts).toEqual([]);
  });

  it.each([
    // The first verb is in a reduced relative clause, not the main verb.
    ['An inspection carried out in October found cracks in the arches.', /^When/],
    // Do-support cannot reach across "and" to a second verb.
    ['The assault killed three people and wounded dozens of others.', /^How many people did/],
    // "Who" needs a singular verb (rules.test.ts tests that rule alone: "Police" is no name either).
    ['Police suspect the attacker acted alone on the bridge.', /^Who/],
    // Taking out "in Syria" would leave "and Iraq" behind.
    ['The group lost territory in Syria and Iraq during the year.', /^Where/],
    // A second clause that has lost its verb cannot follow "Who".
    ['Of the 61,204 ballots counted, Grace Okafor, 47, received 33,234 and Halvorsen 25,216.', /^Who received/],
    // "Police" alone is a word for any force, not a name to ask for.
    ['Police said the road to Alderton would stay closed until Friday morning.', /^Who said/],
    // The date is when the winds will strengthen, not when she warned.
    ['Incident commander Dana Whitfield warned that winds would strengthen again on Saturday.', /^When did/],
    // A question on what did not happen asks for little.
    ['Kessler did not make a bad bet on the annuities market.', /^Who|^Which article/],
    // "Director General" names nobody.
    ['The Director General said the threat level would not change.', /^Who/],
    // Falling tenfold is no figure: the reversed statement reads as nonsense.
    ['Sales of songs downloaded in Europe rose more than tenfold in 2004.', /fell/],
    // The smallest holder beside the fourth largest is false without reading.
    ['Japan is the biggest holder of dollar reserves in the world, with South Korea the fourth largest.', /smallest/],
    // A second clause after a comma, with its own subject and verb, cannot follow "How many".
    [
      'Fifty-five statues were stolen on the way to the awards in 2000, 52 were recovered nine days later.',
      /^How many/,
    ],
    // What a cut leaves may open with a participle: no statement without its subject.
    [
      'As a result the sealed envelope system was introduced, leading to the secrecy and suspense of the night.',
      /^Leading/,
    ],
    // The statement drops "In Asian markets,": what is left names nothing.
    [
      'In Asian markets, adjustments were made quickly to account for lower earnings and the cost of repairs.',
      /^Adjustments/,
    ],
    // Nobody confirms what they are accused of: the reversed statement is false without reading.
    ['Party chief Alan Milburn denied hiding the prime minister from the press in London.', /confirmed/],
    // "support" is a noun here: a verb's opposite in its place is no English ("pledged their oppose").
    ['International agencies in Geneva have pledged their support to the stricken countries.', /oppose/],
    // "the past five years" dates the sentence; "the final three months" is a quarter of the year.
    ['Sales at Halvorsen Foods rose 12% over the past five years.', /_____ years|How many years/],
    ['The dollar lost 7% against the euro in the final three months of 2004.', /_____ months|How many months/],
  ])('%s gives no question matching %s', async (sentence, pattern) => {
    const { drafts } = await draftsOf(sentence);
    expect(drafts.map((d) => d.text).filter((p) => pattern.test(p))).toEqual([]);
  });
});

it('passes over the sentence that titles an article, and no other that only begins like its title', async () => {
  const text =
    'The bridge in Leeds closed on Monday after the floods.\n\nThe council said the bridge in Leeds would reopen in 2026.';
  const analysed = async (title: string) =>
    analyseArticles([{ ...article('a', text), title }], await loadAnalyser()).map((s) => s.quote);
  expect(await analysed('The')).toHaveLength(2);
  expect(await analysed('The bridge in Leeds closed on Monday after the floods')).toEqual([
    'The council said the bridge in Leeds would reopen in 2026.',
  ]);
});

it('lower-cases an article that opens a name inside a question: "the Alderton School District"', async () => {
  const [s] = await sentencesOf('The Alderton School District postponed the start of the autumn term by a week.');
  expect(lowerFirst(s!, 'The Alderton School District postponed the start', 0)).toBe(
    'the Alderton School District postponed the start',
  );
  // A title before a name stays: "Business Secretary Patricia Hewitt".
  const [t] = await sentencesOf('Business Secretary Patricia Hewitt unveiled the plans in London on Tuesday.');
  expect(lowerFirst(t!, 'Business Secretary Patricia Hewitt unveiled the plans', 0)).toMatch(/^Business/);
});

it('reads "police" as a plural subject, though it ends in no "s"', async () => {
  const [s] = await sentencesOf('Police in Leeds closed the road to the terminal on Monday.');
  expect(isPlural(s!, [0, 1, 2])).toBe(true);
  const [t] = await sentencesOf('The council in Leeds closed the road to the terminal on Monday.');
  expect(isPlural(t!, [0, 1, 2, 3])).toBe(false);
});
