import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../src/generate/generate.js';
import { loadAnalyser } from '../../src/generate/nlp.js';
import { failedCheck, namesNothing } from '../../src/generate/checks.js';
import type { Draft } from '../../src/generate/draft.js';
import { factOpinionKind } from '../../src/generate/kinds/fact-opinion.js';
import type { QuestionKind } from '../../src/generate/kinds/kind.js';
import { saidStanceKind } from '../../src/generate/kinds/said-stance.js';
import { whoQuotedKind, whoSaidKind } from '../../src/generate/kinds/who-said.js';
import { canSituate, renderPrompt, situate } from '../../src/generate/prompt.js';
import { article, buildDraft, materialOf, paragraphs } from './helpers.js';

const TITLE = 'Labour plans maternity pay rise';

/** The drafts some kinds make of one article: prompt, answer, choices and the sentences cited. */
async function asked(text: string, kinds: readonly QuestionKind[], title = TITLE) {
  const bank = await materialOf([article('a', text, title)]);
  return (
    kinds
      .flatMap((k) => k.draft(bank))
      // As the generator gathers drafts: a prompt that names nothing of its story gets its title.
      .map((d) => (canSituate(d.prompt) && namesNothing(d) ? { ...d, prompt: situate(d.prompt, title) } : d))
      .map((d: Draft) => ({
        prompt: renderPrompt(d.prompt),
        answer: d.answer,
        ...(d.choices ? { choices: d.choices } : {}),
        cites: [d.sentence, ...(d.support ?? [])].map((s) => s.index),
        built: buildDraft(d, bank),
      }))
  );
}

const WHO = [whoSaidKind, whoQuotedKind];

const SPEAKERS = [
  'Maternity pay is to rise by £1,400 under plans announced by Trade Secretary Patricia Hewitt.',
  'Ms Hewitt said the plans would be paid for by taxpayers, not employers.',
  'But David Frost, director general of the British Chambers of Commerce, warned that many small firms could be "crippled" by the extra costs.',
  'Shadow family secretary Theresa May said Labour was recycling old promises.',
  'Liberal Democrat spokeswoman Sandra Gidley said the money was being misdirected.',
].join('\n\n');

describe('who said what', () => {
  it('asks who made each report, with the other speakers of the article as the wrong answers', async () => {
    const questions = await asked(SPEAKERS, WHO);
    expect(questions.map(({ prompt, answer, choices, cites }) => ({ prompt, answer, choices, cites }))).toEqual([
      {
        prompt: `In “${TITLE}”, who warned that many small firms could be "crippled" by the extra costs?`,
        answer: 'David Frost',
        choices: ['David Frost', 'Patricia Hewitt', 'Theresa May', 'Sandra Gidley'],
        cites: [2],
      },
      {
        prompt: 'Who said Labour was recycling old promises?',
        answer: 'Theresa May',
        choices: ['Theresa May', 'Patricia Hewitt', 'David Frost', 'Sandra Gidley'],
        cites: [3],
      },
      {
        prompt: `In “${TITLE}”, who said the money was being misdirected?`,
        answer: 'Sandra Gidley',
        choices: ['Sandra Gidley', 'Patricia Hewitt', 'David Frost', 'Theresa May'],
        cites: [4],
      },
    ]);
    // "the plans" of Ms Hewitt's report would need the sentence before it: she is not asked about.
    expect(questions.map((q) => q.prompt).join('\n')).not.toContain('taxpayers');
    expect(questions[0]!.built).toMatchObject({ type: 'multiple-choice', skill: 'attribution' });
  });

  it.each([
    [
      'a quotation restated as reported speech, its tense kept',
      '"Interest rates are likely to stay low for most of the year," said David Naude, economist at Deutsche Bank.',
      `In “${TITLE}”, who said that interest rates are likely to stay low for most of the year?`,
      'David Naude',
      [0],
    ],
    [
      'a quotation in the first person, asked as it stands',
      '"We will not sell Steven Gerrard to anyone," said Rick Parry, chief executive of Liverpool.',
      'Who said, “We will not sell Steven Gerrard to anyone”?',
      'Rick Parry',
      [0],
    ],
    [
      '"he added" cites the sentence that names him',
      'Housing Minister Katarina Holm said the vote marked a turning point.\n\n"The Estmark housing market has changed for good," she added.',
      'Who said that the Estmark housing market has changed for good?',
      'Katarina Holm',
      [1, 0],
    ],
    [
      '"the union" is told which by the title',
      'Rail Federation leader Rui Almeida said the union would strike again at Lisbon station next week.',
      `In “${TITLE}”, who said the union would strike again at Lisbon station next week?`,
      'Rui Almeida',
      [0],
    ],
    [
      'a report going on from another is asked with "said"',
      'SITE Intelligence Group director Rita Katz said supporters were cheering the attack.\n\nKatz added that there was no coordinated media campaign around the attack in London.',
      `In “${TITLE}”, who said that there was no coordinated media campaign around the attack in London?`,
      'Rita Katz',
      [1, 0],
    ],
    [
      'a surname cites the sentence that gives the full name',
      "Former WorldCom chief Bernie Ebbers went on trial in New York.\n\nMr Ebbers has always insisted that he was unaware of any hidden shortfalls in WorldCom's finances.",
      "Who has always insisted that he was unaware of any hidden shortfalls in WorldCom's finances?",
      'Bernie Ebbers',
      [1, 0],
    ],
  ])('%s', async (_, text, prompt, answer, cites) => {
    const [question, ...others] = (await asked(text, WHO)).filter((q) => q.cites[0] === cites[0]);
    expect(others).toEqual([]);
    expect(question).toMatchObject({ prompt, answer, cites });
    // A lone speaker has no wrong answers to offer: the question is answered in writing.
    expect(question!.built).toMatchObject({ type: 'short-answer' });
  });

  it.each([
    ['a quotation\'s "we", which is its speaker\'s', TITLE],
    ['"US" in the title, which is the country', 'US interest rates increased to 2%'],
  ])('passes the checks of every question with %s', async (_, title) => {
    const [question] = await asked(
      '"We have made a firm commitment to every working family," said Patricia Hewitt.',
      WHO,
      title,
    );
    expect(question!.prompt).toBe(`In “${title}”, who said, “We have made a firm commitment to every working family”?`);
    expect(failedCheck(question!.built!)).toBeUndefined();
  });

  it('quotes a "here" as it stands rather than restating it: where the speaker stood, reported speech does not say', async () => {
    const questions = await asked(
      '"Two years ago, every poll here was about public safety," said pollster Renee Castillo.',
      WHO,
    );
    expect(questions.map((q) => q.prompt)).toEqual([
      `In “${TITLE}”, who said, “Two years ago, every poll here was about public safety”?`,
    ]);
  });

  it('never offers one person twice under two names, nor a speaker who says the same', async () => {
    const text = [
      'Home Secretary David Blunkett said immigration rules would be tightened next year.',
      'Tory co-chairman Liam Fox said Labour was "terrified" of proper scrutiny.',
      'Conservative leader Michael Howard said Tony Blair was "terrified" of facing the voters.',
      'Mr Blunkett said police numbers had risen to a record level.',
      'Lib Dem campaign chief Chris Rennard said voters wanted more honesty from ministers.',
      'Labour election chief Alan Milburn said the economy would be at the heart of the campaign.',
    ].join('\n\n');
    const questions = await asked(text, WHO);
    const fox = questions.find((q) => q.answer === 'Liam Fox')!;
    expect(fox.choices).not.toContain('Michael Howard');
    for (const q of questions) {
      expect(q.choices ?? []).not.toContain('Mr Blunkett');
      expect((q.choices ?? []).filter((c) => c === 'David Blunkett').length).toBeLessThanOrEqual(1);
    }
  });
});

// Each row: a passage that looks like speech, and why no who-said question may be made of it.
describe('who said what: faults turned away', () => {
  it.each([
    [
      '"he" in a quotation is not the speaker',
      '"He looks forward to moving on with his life," said lawyer Walter Phillips.',
    ],
    [
      'a quotation cut mid-way',
      'District Attorney Bruce Castor said that detectives could find no instance "where anyone complained to the police about the comedian.',
    ],
    [
      'an "I" inside reported words',
      'Mr David Blunkett told the Daily Telegraph that he wears his ring as "a way of ensuring that people don\'t think I am available".',
    ],
    [
      'a quotation leaning on the one before',
      '"But the rise in prices will slow down next year," said economist Ruth Lea.',
    ],
    ['a thought cut short', '"Arrivals to other destinations such as...," said WTO spokesman Rok Klancnik.'],
    [
      '"the move" without saying which',
      'Trade body chief David Frost warned that many small firms could be hurt by the move.',
    ],
    [
      'an answer to a question the reader does not see',
      'Former controller David Myers took the stand.\n\n"Not that I am aware of," Mr Myers replied.',
    ],
    [
      '"agreed": someone else said so first',
      'Analyst Ian Fogg agreed that the Mac mini could be very popular with buyers.',
    ],
    [
      '"there" pointing back',
      '"Putting thousands of extra cars down there needs proper planning," said resident Tom Adeyemi.',
    ],
    [
      '"that" pointing back',
      '"Today, parliament has chosen to change that for good," said Housing Minister Katarina Holm.',
    ],
    [
      'a quotation taken up again after the reporter cut it',
      '"India posted excellent results in 2004," said WTO spokesman Rok Klancnik.\n\n"Arrivals to other destinations such as...\n\n"Maldives and Sri Lanka also thrived."',
    ],
    [
      "readers' comments below the article",
      'Councillors approved the new bus lane on Tuesday.\n\nLeave a Reply\n\nLocal resident Jane Holt said: "Councillors have ignored every cyclist in Ashcombe for years."',
    ],
  ])('%s', async (_, text) => {
    const questions = await asked(text, WHO);
    // The "India" row keeps its first, whole quotation; nothing else may be asked.
    expect(questions.filter((q) => !/india posted/i.test(q.prompt))).toEqual([]);
  });
});

describe('how a speaker responded', () => {
  it.each([
    [
      'The Tories dismissed the maternity pay plan as "desperate".',
      'How did the Tories respond to the maternity pay plan?',
      'By criticising it',
      // No two wrong stances alike ("welcoming" and "praising"): neither could then be right.
      ['By criticising it', 'By welcoming it', 'By defending it', 'By ignoring it'],
    ],
    [
      'Former WorldCom chief Bernie Ebbers took the stand on Monday.\n\nSpeaking in court, Mr Ebbers rejected allegations he pressured Scott Sullivan to falsify the accounts.',
      'How did Bernie Ebbers respond to allegations he pressured Scott Sullivan to falsify the accounts?',
      'By denying them',
      ['By denying them', 'By admitting them', 'By refusing to comment on them', 'By apologising for them'],
    ],
  ])('%s', async (text, prompt, answer, choices) => {
    const [question, ...others] = await asked(text, [saidStanceKind]);
    expect(others).toEqual([]);
    expect(question).toMatchObject({ prompt, answer, choices });
    expect(question!.built).toMatchObject({ type: 'multiple-choice', skill: 'attribution' });
  });

  it.each([
    ['"the decision": which?', 'Peter Odhiambo, chairman of the millers, welcomed the decision.'],
    ['"his opponents": whose?', 'Westbrook coach Pieter Vos praised his opponents.'],
    ['a stance with no speaker named', 'Independent experts welcomed the findings of the study.'],
  ])('not when %s', async (_, text) => {
    expect(await asked(text, [saidStanceKind])).toEqual([]);
  });
});

const ECONOMY = [
  'The French economy grew by 0.8% in the last three months of 2004.',
  'Industrial output rose 0.7% in December.',
  'Unemployment stood at about 10% in January.',
  'Growth is expected to reach 2.5% next year.',
  'Service sector activity reached a seven-month high in January.',
  '"I think the numbers are good," said David Naude, economist at Deutsche Bank.',
].join('\n\n');

describe('fact or opinion', () => {
  it("offers a speaker's judgement, restated, among three facts of the article and no forecast", async () => {
    const [question, ...others] = await asked(ECONOMY, [factOpinionKind], 'Mixed signals from French economy');
    expect(others).toEqual([]);
    expect(question).toMatchObject({
      prompt: 'Which statement from “Mixed signals from French economy” is an opinion rather than a fact?',
      answer: 'The numbers are good.',
      choices: [
        'The numbers are good.',
        'Industrial output rose 0.7% in December.',
        'Unemployment stood at about 10% in January.',
        'Service sector activity reached a seven-month high in January.',
      ],
      cites: [5, 1, 2, 4],
    });
    expect(question!.built).toMatchObject({ type: 'multiple-choice', skill: 'attribution' });
  });

  it.each([
    [
      'the only judgement leans on "he"',
      ECONOMY.replace('I think the numbers are good', 'He thinks the numbers are good'),
    ],
    ['fewer than three facts', ECONOMY.split('\n\n').slice(3).join('\n\n')],
  ])('not when %s', async (_, text) => {
    expect(await asked(text, [factOpinionKind])).toEqual([]);
  });
});

it('asks one stance question an article: a speaker denying two charges is one denial', async () => {
  const text = paragraphs(
    'Former WorldCom chief Bernie Ebbers has taken the stand in his fraud trial in New York.',
    'Speaking in court, Mr Ebbers rejected allegations he pressured Scott Sullivan to falsify the accounts.',
    'The trial in New York is expected to last for at least another six weeks.',
    'Mr Ebbers has also denied charges of fraud and conspiracy brought by prosecutors in New York.',
    'Scott Sullivan has pleaded guilty to fraud and is a witness for the prosecution in New York.',
  );
  const { questions } = generateQuestions([article('a', text, 'WorldCom trial')], await loadAnalyser(), {
    perArticle: 8,
    types: ['multiple-choice', 'true-false', 'short-answer'],
    seed: 's',
  });
  expect(questions.filter((q) => q.candidate.draft.kind === 'said-stance')).toHaveLength(1);
});
