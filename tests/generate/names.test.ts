import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../src/generate/generate.js';
import { NO_LANGUAGE } from '../../src/generate/language.js';
import { loadAnalyser } from '../../src/generate/nlp.js';
import { kindFromTags, openNameTypes } from '../../src/generate/resources/names.js';
import { analyseArticles } from '../../src/generate/sentences.js';
import { article, paragraphs } from './helpers.js';

const names = openNameTypes();

const DEPORTED = paragraphs(
  'India has ordered the deportation of Iranian-born model and actress Negar Khan to Norway after saying she was working illegally on her visa.',
  'Khan has had raunchy roles in music videos and Bollywood films over the past two years. Immigration officials said she had been warned about her visa last year.',
  'Bipin Bihari, deputy police chief in Bombay, said Khan was being sent back to Norway on the first available flight.',
  'Khan was involved in controversy when photos alleged to be of her appeared in a Norwegian magazine.',
  'Khan told a news channel she had been given no notice. Her lawyer Ravi Desai said the order would be challenged in the High Court in Delhi.',
);

async function phrasesOf(text: string, withNames: boolean) {
  const sentences = analyseArticles(
    [article('a', text)],
    await loadAnalyser(),
    undefined,
    withNames ? names : undefined,
  );
  return sentences.flatMap((s) => s.phrases.map((p) => `${p.kind}:${p.text}`));
}

describe('names the article gives no sign of', () => {
  it('are typed by a role before or after them, and by known countries and first or last names', async () => {
    const found = await phrasesOf(DEPORTED, true);
    expect(found).toEqual(
      expect.arrayContaining(['person:Negar Khan', 'place:Norway', 'person:Bipin Bihari', 'person:Ravi Desai']),
    );
    // Without the lexicon, the article's own evidence still types the people.
    const bare = await phrasesOf(DEPORTED, false);
    expect(bare).toEqual(expect.arrayContaining(['person:Negar Khan', 'person:Bipin Bihari']));
    expect(bare).not.toContain('place:Norway');
  });

  it('leave out a role that opens the sentence, capitalised only by its place', async () => {
    const found = await phrasesOf('Writer Dudley Nichols refused his Academy Award in 1935 for his screenplay.', true);
    expect(found).toContain('person:Dudley Nichols');
  });

  it('are not made people by a word that names companies as well ("port owner Portline")', async () => {
    const found = await phrasesOf('Kelderby port owner Portline met officials from Nordhavn council on Monday.', true);
    expect(found).not.toContain('person:Portline');
  });

  it('are left untyped when one word could be a country, a club or a first name alone', () => {
    expect(names.kindOf('India')).toBe('place');
    expect(names.kindOf('Scott Sullivan')).toBe('person');
    expect(names.kindOf('Borussia Dortmund')).toBeUndefined();
    expect(names.kindOf('Wimpey')).toBeUndefined();
    expect(kindFromTags([new Set(['FirstName'])])).toBeUndefined();
  });
});

/** Questions generated from DEPORTED alone, with the name lexicon. */
async function deportedBank() {
  return generateQuestions([article('a', DEPORTED, 'India to deport Bollywood actress')], await loadAnalyser(), {
    perArticle: 8,
    types: ['multiple-choice', 'true-false', 'short-answer'],
    seed: 's',
    language: { ...NO_LANGUAGE, names },
  });
}

describe('an answer a reader has without reading the sentence', () => {
  it('is never the person the story is about', async () => {
    const bank = await deportedBank();
    expect(bank.questions.length).toBeGreaterThan(0);
    for (const q of bank.questions) expect(String(q.candidate.answer)).not.toMatch(/^(Negar )?Khan$/);
  });

  it('is not asked for where another question offers the fact among its choices', async () => {
    const bank = await deportedBank();
    const main = bank.questions.find((q) => q.candidate.skill === 'main-idea');
    expect(main?.candidate.choices.join(' ')).toContain('Bipin Bihari said');
    // "Who said Khan was being sent back ...?" would be answered by the main-idea question's choices.
    expect(bank.questions.map((q) => q.candidate.answer)).not.toContain('Bipin Bihari');
  });
});

it('takes the scale written after an amount into the amount: "$180bn", not "$180"', async () => {
  const found = await phrasesOf('Shareholders lost about $180bn and 20,000 workers lost their jobs.', false);
  expect(found).toContain('money:$180bn');
});

it('takes the word after "Ms" or "Mr" for a name, though the model tags it a verb', async () => {
  const found = await phrasesOf(
    'But Ms Cooper, who now runs her own consulting business, told a jury in New York on Wednesday that the accounts were approved.',
    false,
  );
  expect(found).toContain('person:Cooper');
});
