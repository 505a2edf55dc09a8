// Generator rules on hand-built token data: each test feeds a rule exactly the analysis it reads,
// so it fails when the rule changes, whatever the NLP model would have tagged.
import { describe, expect, it } from 'vitest';
import { chooseDistractors, contentWords, indexPhrases } from '../../src/generate/distractors.js';
import { whDrafts } from '../../src/generate/kinds/wh-question.js';
import { renderPrompt } from '../../src/generate/prompt.js';
import { seededRandom } from '../../src/random.js';
import { phrase, sentence, tokens } from './tokens.js';

/** "<number> votes" somewhere in a sentence of article "a": the count, and its noun after it. */
function votes(spec: string, at: number, value: number, index: number) {
  const list = tokens(spec);
  return sentence('a', list, [phrase(list, 'count', [at, at], { value, noun: [at + 1, at + 1] })], index);
}

describe('distractors for a count', () => {
  const answer = votes(
    'The/DET assembly/NOUN approved/VERB the/DET bill/NOUN by/ADP 312/NUM votes/NOUN ./PUNCT',
    6,
    312,
    0,
  );
  const sentences = [
    answer,
    votes('The/DET petition/NOUN gathered/VERB 1,000/NUM votes/NOUN in/ADP March/PROPN ./PUNCT', 3, 1000, 1),
    votes('A/DET rival/ADJ motion/NOUN won/VERB 1,800/NUM votes/NOUN last/ADJ year/NOUN ./PUNCT', 4, 1800, 2),
    votes('Only/ADV 40/NUM votes/NOUN came/VERB from/ADP the/DET islands/NOUN ./PUNCT', 1, 40, 3),
    votes('The/DET mayor/NOUN received/VERB 70/NUM votes/NOUN in/ADP the/DET city/NOUN ./PUNCT', 3, 70, 4),
  ];
  const index = indexPhrases(sentences);

  it.each(['1', '2', '3', '4', '5', '6'])(
    'stay within a factor of five of the answer, the article’s own figures first (seed %s)',
    (seed) => {
      const chosen = chooseDistractors(
        {
          answer: '312',
          kind: 'count',
          phrase: answer.phrases[0]!,
          sentence: answer,
          about: contentWords('the assembly approved the bill by votes'),
          need: 3,
        },
        index,
        seededRandom(seed),
      );
      expect(chosen).toHaveLength(3);
      // 1,800 (5.8 times 312) and 40 (a 7.8th of it) are too far off to be plausible.
      expect(chosen).not.toContain('1,800');
      expect(chosen).not.toContain('40');
      expect(chosen).toEqual(expect.arrayContaining(['1,000', '70']));
      for (const wrong of chosen) {
        const ratio = Number(wrong.replace(/,/g, '')) / 312;
        expect(ratio).toBeLessThanOrEqual(5);
        expect(ratio).toBeGreaterThanOrEqual(1 / 5);
      }
    },
  );
});

describe('a wh-question on the subject', () => {
  /** The "Who" prompts drafted from "Northline Power <verb phrase> the claims." */
  const whoPrompts = (verbPhrase: string) => {
    const list = tokens(`Northline/PROPN Power/PROPN ${verbPhrase} the/DET claims/NOUN ./PUNCT`);
    const s = sentence('a', list, [phrase(list, 'organisation', [0, 1], { strong: true })]);
    return whDrafts(s)
      .filter((d) => d.wh === 'Who')
      .map((d) => ({ prompt: renderPrompt(d.prompt), answer: d.answer }));
  };

  it.each([
    ['denied/VERB/deny', 'Who denied the claims?'],
    ['denies/VERB/deny', 'Who denies the claims?'],
    ['has/AUX/have denied/VERB/deny', 'Who has denied the claims?'],
    ['was/AUX/be given/VERB/give', 'Who was given the claims?'],
  ])('asks "Who" with a singular verb: %s', (verbPhrase, prompt) => {
    expect(whoPrompts(verbPhrase)).toEqual([{ prompt, answer: 'Northline Power' }]);
  });

  // "Who" takes a singular verb: "Police suspect ..." cannot become "Who suspect ...?".
  it.each(['deny/VERB/deny', 'have/AUX/have denied/VERB/deny', 'were/AUX/be given/VERB/give', 'are/AUX/be'])(
    'does not ask "Who" with a plural verb: %s',
    (verbPhrase) => {
      expect(whoPrompts(verbPhrase)).toEqual([]);
    },
  );
});
