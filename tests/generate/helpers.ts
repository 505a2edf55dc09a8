import type { Candidate } from '../../src/generate/candidate.js';
import { failedCheck } from '../../src/generate/checks.js';
import type { Draft } from '../../src/generate/draft.js';
import { bankMaterial } from '../../src/generate/generate.js';
import { KINDS, kindOf } from '../../src/generate/kinds/index.js';
import type { BankMaterial } from '../../src/generate/kinds/kind.js';
import type { Language } from '../../src/generate/language.js';
import { loadAnalyser } from '../../src/generate/nlp.js';
import { renderPrompt } from '../../src/generate/prompt.js';
import type { SourceArticle, WorkingSentence } from '../../src/generate/sentences.js';
import { seededRandom } from '../../src/quiz/random.js';

export const article = (id: string, text: string, title = `Article ${id}`): SourceArticle => ({
  id,
  title,
  text,
  format: 'text',
});

/** The analysed sentences of one short article. */
export async function sentencesOf(text: string): Promise<readonly WorkingSentence[]> {
  return (await materialOf([article('a', text)])).sentencesOf.get('a')!;
}

/** Articles analysed as the generator analyses a bank. */
export async function materialOf(articles: readonly SourceArticle[], language?: Language): Promise<BankMaterial> {
  return bankMaterial(articles, await loadAnalyser(), language);
}

/** A draft with its prompt as a student reads it. */
export type ReadDraft = Draft & { readonly text: string };

/**
 * Every draft that every kind makes of one article's text, with the reasons its sentences cannot
 * stand alone as statements.
 */
export async function draftsOf(
  text: string,
  language?: Language,
): Promise<{ drafts: ReadDraft[]; passedOver: string[] }> {
  const bank = await materialOf([article('a', text)], language);
  const drafts = KINDS.flatMap((k) => k.draft(bank)).map((d) => ({ ...d, text: renderPrompt(d.prompt) }));
  const passedOver = bank.sentencesOf.get('a')!.flatMap((s) => (s.unfit ? [s.unfit] : []));
  return { drafts, passedOver };
}

const ALL = new Set(['multiple-choice', 'true-false', 'short-answer'] as const);

/** Builds a draft into its question as the generator does, with every type allowed. */
export function buildDraft(draft: Draft, bank: BankMaterial, seed = 'seed'): Candidate | undefined {
  return kindOf(draft.kind).build(draft, {
    index: bank.index,
    random: seededRandom(`${seed}:${renderPrompt(draft.prompt)}`),
    allowed: ALL,
    sameStory: new Set(bank.articles.map((a) => a.id)),
    language: bank.language,
  });
}

/**
 * Every question one kind makes of an article, as a student reads it (choices sorted), with the
 * indices of the sentences it cites and the first check it fails, if any.
 */
export async function kindQuestions(kind: string, text: string) {
  const bank = await materialOf([article('a', text)]);
  return kindOf(kind)
    .draft(bank)
    .map((draft) => {
      const c = buildDraft(draft, bank)!;
      return {
        prompt: c.prompt,
        answer: c.answer,
        choices: [...c.choices].sort(),
        cites: [draft.sentence, ...(draft.support ?? [])].map((s) => s.index),
        fault: failedCheck(c),
      };
    });
}

/** An article's paragraphs. */
export const paragraphs = (...lines: string[]) => lines.join('\n\n');
