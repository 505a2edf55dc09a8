import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/generate/kinds/index.js';
import { renderPrompt } from '../../src/generate/prompt.js';
import { article, buildDraft, materialOf } from './helpers.js';

/** The question a prompt names, built with its distractors, from a bank of these articles. */
async function question(texts: readonly string[], prompt: string | RegExp) {
  const bank = await materialOf(texts.map((text, i) => article(`a${i}`, text)));
  const draft = KINDS.flatMap((k) => k.draft(bank)).find((d) => {
    const text = renderPrompt(d.prompt);
    return typeof prompt === 'string' ? text === prompt : prompt.test(text);
  });
  if (!draft) throw new Error(`no draft ${prompt}`);
  return buildDraft(draft, bank)!;
}

describe('distractors', () => {
  it('are of the answer kind, distinct, and none is the answer in another form', async () => {
    const q = await question(
      ['The bridge will reopen on Thursday, 28 August, after the repairs are finished.'],
      /^Fill in the blank: The bridge will reopen on _____/,
    );
    expect(q.type).toBe('multiple-choice');
    expect(q.choices).toHaveLength(4);
    expect(q.distractors).toHaveLength(3);
    // Every wrong date has the answer's shape: a weekday or a month in the same place.
    for (const d of q.distractors) expect(d).toMatch(/^[A-Z][a-z]+day$|^(Thursday)$/);
  });

  it('never a number that a quoted sentence of the bank gives for the same thing', async () => {
    const q = await question(
      [
        'The attack killed four people on Wednesday near the river.',
        '"Five people died in the attack on Wednesday," a witness said.',
        'Six people were injured in the attack on Wednesday, the police said.',
      ],
      'How many people did the attack kill on Wednesday near the river?',
    );
    expect(q.answer).toBe('four');
    expect(q.distractors).toHaveLength(3);
    expect(q.distractors.map((d) => d.toLowerCase())).not.toContain('five');
    expect(q.distractors.map((d) => d.toLowerCase())).not.toContain('six');
  });

  it("are amounts in the answer's currency, and numbers that can be compared with it", async () => {
    const q = await question(
      [
        'Aston Villa agreed to pay up to €85 million for the Porto winger Rafael Monteiro, about £73 million.',
        'The club paid €40 million for the Lyon defender Marc Dubois in 2023.',
      ],
      /up to _____ for the Porto winger/,
    );
    expect(q.distractors).toHaveLength(3);
    for (const d of q.distractors) expect(d).toMatch(/^€/);
    const more = await question(
      [
        'More than 50 people were injured in the Valparaíso earthquake, and more than a dozen were hurt in Viña del Mar.',
      ],
      /More than _____ people were injured/,
    );
    expect(more.distractors).toHaveLength(3);
    for (const d of more.distractors) expect(Number(d)).toBeGreaterThan(50);
  });

  it('keep counts within a factor of five and written as the answer is', async () => {
    const q = await question(
      ['The assembly approved the housing bill by 312 votes to 287 on Wednesday.', 'The committee met 3 times in May.'],
      /by _____ votes to 287/,
    );
    expect(q.distractors).toHaveLength(3);
    for (const d of q.distractors) {
      expect(d).toMatch(/^\d+$/);
      expect(Number(d) / 312).toBeGreaterThan(0.1);
      expect(Number(d) / 312).toBeLessThan(10);
    }
  });

  it('name different people of the same story, none sharing a name with the answer or with each other', async () => {
    const q = await question(
      [
        [
          'Dr Amara Lindqvist, 44, led the study of reef recovery across the islands.',
          'Professor Samuel Okonjo, 51, reviewed the study for the journal.',
          'Coach Pieter Vos, 39, said the team was careless in defence.',
          'Race director Paula Mendes said the runners raised a record sum.',
          'Lindqvist and Okonjo said the reefs would need decades to recover.',
        ].join('\n\n'),
      ],
      'Who led the study of reef recovery across the islands?',
    );
    expect(q.answer).toBe('Amara Lindqvist');
    const surnames = q.distractors.map((d) => d.split(' ').at(-1));
    expect(new Set(surnames).size).toBe(3);
    expect(surnames).not.toContain('Lindqvist');
    for (const d of q.distractors) expect(d.split(' ')).toHaveLength(2);
  });
});

describe('a name the source misspells once', () => {
  it('is neither offered as a wrong answer nor asked for', async () => {
    const text = [
      'Former chief executive Bernie Ebbers denied the fraud charges in court in New York on Tuesday.',
      'Prosecutors said Mr Ebbers ordered staff to hide expenses at the company in 2001.',
      'Mr Ebbers could face 85 years in prison if he is convicted of all the charges.',
      "Mr Ebber's lawyers said he was unaware of the fraud at the company in 2002.",
      'Finance chief Scott Sullivan told the court in New York that he had lied to auditors.',
      'Auditor David Myers told the court in New York that the accounts were false.',
      'Lawyer Reid Weingarten told the court in New York that the witness had lied.',
    ].join('\n\n');
    const bank = await materialOf([article('a', text)]);
    expect([...bank.index.misspelt]).toEqual(['ebber']);
    const questions = KINDS.flatMap((k) => k.draft(bank))
      .map((d) => buildDraft(d, bank))
      .filter((c) => c !== undefined);
    expect(questions.length).toBeGreaterThan(0);
    for (const c of questions) {
      expect(c.answer).not.toBe('Ebber');
      expect(c.choices).not.toContain('Ebber');
    }
  });
});
