// The generator over every development set (real BBC articles, articles written for tests, the
// seeds, the held-out sets), held to the automatic checks and targets the rubric sets.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { failedCheck } from '../../src/generate/checks.js';
import { generateQuestions, type Generated } from '../../src/generate/generate.js';
import { kindOf } from '../../src/generate/kinds/index.js';
import { loadAnalyser, type Analyse } from '../../src/generate/nlp.js';
import { loadLanguage } from '../../src/generate/resources/index.js';
import type { SourceArticle } from '../../src/generate/sentences.js';
import { ROOT } from '../helpers.js';
import { article } from './helpers.js';
import { bankFaults, DEVELOPMENT_SETS, measureBank, questionFaults, readSet } from './rubric.js';

const ALL_TYPES = ['multiple-choice', 'true-false', 'short-answer'] as const;
// WordNet and the word vectors, as `generate` loads them (the vectors are made by `npm run build`).
const language = loadLanguage((message) => {
  throw new Error(message);
});
const options = { perArticle: 8, types: ALL_TYPES, seed: 'test', language };

describe('generated questions over the development sets', () => {
  let analyse: Analyse;
  const sets = new Map<string, SourceArticle[]>();
  const banks = new Map<string, Generated>();
  beforeAll(async () => {
    analyse = await loadAnalyser();
    for (const [name, dir] of Object.entries(DEVELOPMENT_SETS)) {
      const articles = await readSet(ROOT, dir);
      sets.set(name, articles);
      banks.set(name, generateQuestions(articles, analyse, options));
    }
  }, 120_000);

  it('pass every check of the rubric and of the generator itself', () => {
    for (const [name, bank] of banks) {
      expect(bankFaults(bank), name).toEqual([]);
      for (const q of bank.questions) expect(failedCheck(q.candidate), q.id).toBeUndefined();
    }
  });

  it('keep true/false to a quarter of each bank, with true and false in balance', () => {
    for (const [name, bank] of banks) {
      const m = measureBank(bank);
      expect(m.trueFalseShare, name).toBeLessThanOrEqual(0.26);
      const statements = bank.questions.filter((q) => q.candidate.type === 'true-false');
      const trues = statements.filter((q) => q.candidate.answer === true).length;
      expect(Math.abs(trues - (statements.length - trues)), name).toBeLessThanOrEqual(1);
    }
  });

  it('never repeat a prompt or an id, nor ask about one sentence twice but in two skills', () => {
    let askedTwice = 0;
    for (const [name, bank] of banks) {
      const prompts = bank.questions.map((q) => q.candidate.prompt);
      expect(new Set(prompts).size, name).toBe(prompts.length);
      expect(new Set(bank.questions.map((q) => q.id)).size, name).toBe(bank.questions.length);
      const skillsOf = new Map<string, string[]>();
      for (const q of bank.questions) {
        if (kindOf(q.candidate.draft.kind).asksAbout === 'article') continue;
        const key = `${q.candidate.draft.sentence.article}:${q.candidate.draft.sentence.index}`;
        skillsOf.set(key, [...(skillsOf.get(key) ?? []), q.candidate.skill]);
      }
      for (const [sentence, skills] of skillsOf) {
        expect(skills.length, `${name} ${sentence}`).toBeLessThanOrEqual(2);
        expect(new Set(skills).size, `${name} ${sentence}`).toBe(skills.length);
      }
      askedTwice += [...skillsOf.values()].filter((skills) => skills.length === 2).length;
    }
    // A thin article asks a sentence twice, in two skills, rather than go short.
    expect(askedTwice).toBeGreaterThan(0);
  });

  it('ask nothing else of a sentence that a true/false statement or a main point (key or detail) states whole', () => {
    let detailsStated = 0;
    for (const [name, bank] of banks) {
      const keyOf = (s: { article: string; index: number }) => `${s.article}:${s.index}`;
      const stating = bank.questions.filter((q) => kindOf(q.candidate.draft.kind).statesSentence);
      const whole = new Map<string, string>();
      for (const q of stating)
        for (const s of [q.candidate.draft.sentence, ...(q.candidate.draft.statesAlso ?? [])])
          whole.set(keyOf(s), q.id);
      detailsStated += stating.reduce((n, q) => n + (q.candidate.draft.statesAlso?.length ?? 0), 0);
      for (const q of bank.questions) {
        const stater = whole.get(keyOf(q.candidate.draft.sentence));
        if (stater !== undefined) expect(q.id, `${name}: ${q.id} asks what ${stater} states`).toBe(stater);
      }
    }
    expect(detailsStated).toBeGreaterThan(0);
  });

  it('keep each kind within its cap an article: one stance, two blanks, one main point', () => {
    for (const [name, bank] of banks) {
      const counts = new Map<string, number>();
      for (const q of bank.questions) {
        const key = `${q.candidate.draft.sentence.article}|${q.candidate.draft.kind}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      for (const [key, n] of counts) {
        const cap = kindOf(key.split('|')[1]!).perArticle;
        if (cap !== undefined) expect(n, `${name} ${key}`).toBeLessThanOrEqual(cap);
      }
    }
  });

  it('give the same questions for the same articles and seed', () => {
    const again = generateQuestions(sets.get('eval')!, analyse, options).questions;
    expect(again.map((q) => [q.id, q.candidate.prompt, q.candidate.choices])).toEqual(
      banks.get('eval')!.questions.map((q) => [q.id, q.candidate.prompt, q.candidate.choices]),
    );
  });

  it('write only the question types asked for', () => {
    const questions = generateQuestions(sets.get('eval')!, analyse, { ...options, types: ['true-false'] }).questions;
    expect(questions.length).toBeGreaterThan(0);
    expect(new Set(questions.map((q) => q.candidate.type))).toEqual(new Set(['true-false']));
  });

  it('property: over any mix of the sentences of the test articles, questions pass the rubric', () => {
    const paragraphs = sets.get('eval')!.flatMap((a) => a.text.split(/\n\s*\n/).filter((p) => p.split(' ').length > 6));
    fc.assert(
      fc.property(
        fc.array(fc.subarray(paragraphs, { minLength: 3, maxLength: 12 }), { minLength: 1, maxLength: 3 }),
        fc.string({ maxLength: 8 }),
        (groups, seed) => {
          const articles = groups.map((ps, i) => article(`a${i}`, ps.join('\n\n'), `Article ${i}`));
          for (const q of generateQuestions(articles, analyse, { perArticle: 6, types: ALL_TYPES, seed, language })
            .questions)
            expect(questionFaults(q), q.candidate.prompt).toEqual([]);
        },
      ),
      { numRuns: 25, seed: 42 },
    );
  });
});
