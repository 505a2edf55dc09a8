import { describe, expect, it } from 'vitest';
import { spanText } from '../../src/generate/phrases.js';
import { findSpeeches } from '../../src/generate/speech.js';
import { sentencesOf } from './helpers.js';

/** Each speech of a passage as: sentence, speaker, verb, what was said, sentences cited for the speaker. */
async function speeches(text: string): Promise<string[]> {
  return findSpeeches(await sentencesOf(text)).map((s) => {
    const said = spanText(s.sentence.tokens, s.content.first, s.content.last);
    const support = s.support.length > 0 ? ` (${s.support.map((o) => o.index).join(',')})` : '';
    return `${s.sentence.index} ${s.speaker.name} [${s.speaker.kind}] ${s.verb}: ${said}${support}`;
  });
}

// Passage in (paragraphs separated by blank lines), every speech found in it out.
describe('quoted and reported speech, with its speaker', () => {
  it.each([
    [
      'a quotation closed by "he said", from the one speaker of the sentence before, who names another person',
      'Bipin Bihari, deputy police chief in Bombay, said Negar Khan was being sent back to Norway.\n\n"Ms Khan was on a visitor\'s visa," he said.',
      [
        '0 Bipin Bihari [person] say: Negar Khan was being sent back to Norway',
        "1 Bipin Bihari [person] say: Ms Khan was on a visitor's visa (0)",
      ],
    ],
    [
      'a quotation, then who said it',
      '"The numbers are good," said David Naude, economist at Deutsche Bank.',
      ['0 David Naude [person] say: The numbers are good'],
    ],
    [
      'a speaker with an aside between name and verb',
      '"We are here to stop the sale on Sunday," Zack Clement, a lawyer for Yukos, told Judge Clark in Houston.',
      ['0 Zack Clement [person] tell: We are here to stop the sale on Sunday'],
    ],
    [
      'a speaker the tagger reads as a verb, after an inverted verb with its particle',
      '"It is a lot easier being the champion," points out former Olympian and BBC pundit Steve Cram.',
      ['0 Steve Cram [person] point: It is a lot easier being the champion'],
    ],
    [
      'the attribution, a colon, then the quotation; the title is no part of the name',
      'Liberal Democrat spokeswoman Sandra Gidley said: "Mothers would welcome any extra pay."',
      ['0 Sandra Gidley [person] say: Mothers would welcome any extra pay.'],
    ],
    [
      'a name set off by commas after a title',
      'The Shadow Secretary of State for the Family, Theresa May, said: "These plans were announced in December."',
      ['0 Theresa May [person] say: These plans were announced in December.'],
    ],
    [
      'reported speech after "that", the surname resolved to the full name given earlier',
      'Former WorldCom chief Bernie Ebbers went on trial in New York.\n\nMr Ebbers, 63, has always insisted that he was unaware of any hidden shortfalls.',
      ['1 Bernie Ebbers [person] insist: he was unaware of any hidden shortfalls (0)'],
    ],
    [
      'a clause before its attribution',
      'Teachers could get more powers to remove unruly pupils, Education Secretary Ruth Kelly has suggested.',
      ['0 Ruth Kelly [person] suggest: Teachers could get more powers to remove unruly pupils'],
    ],
    [
      '"according to" an organisation',
      'According to state statistics body INSEE, growth was 0.7% in the last three months of the year.',
      ['0 INSEE [organisation] say: growth was 0.7% in the last three months of the year'],
    ],
    [
      '"he added" after a sentence naming one speaker',
      '"The Fed is cautious," said Sung Won Sohn, chief economist at Wells Fargo Bank.\n\n"The economy is doing a bit better," he added.',
      [
        '0 Sung Won Sohn [person] say: The Fed is cautious',
        '1 Sung Won Sohn [person] add: The economy is doing a bit better (0)',
      ],
    ],
    [
      'a quotation going on into the next sentence',
      'Patricia Hewitt said: "We have made a firm commitment. We will extend the pay to nine months."',
      [
        '0 Patricia Hewitt [person] say: We have made a firm commitment.',
        '1 Patricia Hewitt [person] say: We will extend the pay to nine months. (0)',
      ],
    ],
    [
      'a quotation whose speaker is named where it closes',
      '"People will scratch their heads over this one. Fosters has done a back-flip," said Shawn Burns, a fund manager.',
      [
        '0 Shawn Burns [person] say: People will scratch their heads over this one. (1)',
        '1 Shawn Burns [person] say: Fosters has done a back-flip',
      ],
    ],
    [
      'two speakers in one sentence, organisations by "the"',
      'The Tories dismissed the maternity pay plan as "desperate", while the Liberal Democrats said it was misdirected.',
      [
        '0 the Tories [organisation] dismiss: the maternity pay plan as "desperate"',
        '0 the Liberal Democrats [organisation] say: it was misdirected',
      ],
    ],
    [
      'one speaker, two verbs',
      'Peter Odhiambo, chairman of the Grain Millers Federation, welcomed the decision but warned that prices were unlikely to fall quickly.',
      [
        '0 Peter Odhiambo [person] welcome: the decision',
        '0 Peter Odhiambo [person] warn: prices were unlikely to fall quickly',
      ],
    ],
    [
      'a hyphened first name, which the tagger splits',
      'Jean-Marc Rickli, a research fellow at Kings College London, said recruiters could have been in contact with Masood.',
      ['0 Jean-Marc Rickli [person] say: recruiters could have been in contact with Masood'],
    ],
    [
      '"cannot", which the model gives no lemma',
      'The club cannot, and will not, sell Steven Gerrard, chief executive Rick Parry said.',
      ['0 Rick Parry [person] say: The club cannot, and will not, sell Steven Gerrard'],
    ],
    [
      'a firm that speaks of itself as "it"',
      'Zurich Financial said it could not yet assess the cost of the disaster.',
      ['0 Zurich Financial [organisation] say: it could not yet assess the cost of the disaster'],
    ],
    [
      'words the reporter adds after ", but" are not the speaker\'s',
      'Sony has said it wanted to launch the PSP in Europe in March, but gamers now fear a delay.',
      ['0 Sony [organisation] say: it wanted to launch the PSP in Europe in March'],
    ],
  ])('%s', async (_, text, expected) => {
    expect(await speeches(text)).toEqual(expected);
  });
});

// Shapes that look like speech but name no speaker a question could use.
describe('speech without a speaker to ask about', () => {
  it.each([
    ['an unnamed speaker', '"They need strong people on the board," his son said.'],
    ['a speaker who is not named', '"It is a good deal," said one analyst quoted by the Agence France Presse agency.'],
    ['a passive', 'Those who bought tickets are being urged to return them to the box office.'],
    ['a claim of responsibility', 'ISIS claimed the attack one day later and released a video.'],
    ['half a name: a first name alone', '"I do not know what will happen next," Stephen said.'],
    ['half a name: a surname the article never gives in full', '"We will not sell him," Parry said.'],
    [
      'a firm named after a person, whose surname alone is no one',
      'Housebuilder George Wimpey reported record profits on Monday.\n\nWimpey said the housing market had proved "challenging" last year.',
    ],
    ['"he" with no sentence before it', '"We will not sell him to anyone," he said.'],
    [
      '"he" where the sentence before names two people',
      'Gordon Brown met Tony Blair on Monday to discuss the campaign.\n\n"We agreed on everything," he said.',
    ],
    ['an agreement that is no speech', 'Aston Villa have agreed to sign FC Porto winger Rafael Monteiro.'],
    ['the end of a longer name', 'Fire and Rescue Service said its crews had rescued 37 people by boat.'],
    ['a body named by a common word', 'The Bank said that inflation would rise to its target within two years.'],
  ])('%s', async (_, text) => {
    expect(await speeches(text)).toEqual([]);
  });

  it('gives a question in a cross-examination to no one, not to the witness quoted before it', async () => {
    const found = await speeches(
      'Former controller David Myers took the stand on Monday.\n\n"Not that I am aware of," Mr Myers replied. "Did you ever see him make an entry in the books?"\n\nMr Weingarten pressed.',
    );
    expect(found.map((s) => s.split(' ')[0])).toEqual(['1']);
  });

  it('passes over "he said" when the sentence before only continues a quotation', async () => {
    const found = await speeches(
      'Rick Parry said: "We will not sell him.\n\n"He is the future of the club."\n\n"Nobody is for sale," he said.',
    );
    expect(found.map((s) => s.split(' ')[0])).toEqual(['0', '1']);
  });
});
