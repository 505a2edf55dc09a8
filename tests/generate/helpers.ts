import type { Draft } from '../../src/generate/draft.js';
import { loadAnalyser } from '../../src/generate/nlp.js';
import { screenAnalysed } from '../../src/generate/screen.js';
import { analyseArticles, type SourceArticle, type WorkingSentence } from '../../src/generate/sentences.js';
import { draftsFor } from '../../src/generate/transforms.js';

export const article = (id: string, text: string, title = `Article ${id}`): SourceArticle => ({
  id,
  title,
  text,
  format: 'text',
});

/** The analysed sentences of one short article. */
export async function sentencesOf(text: string): Promise<WorkingSentence[]> {
  return analyseArticles([article('a', text)], await loadAnalyser()).sentences;
}

/** Every draft the sentences of `text` give, with the reason a sentence was passed over if it was. */
export async function draftsOf(text: string): Promise<{ drafts: Draft[]; passedOver: string[] }> {
  const drafts: Draft[] = [];
  const passedOver: string[] = [];
  const { sentences, passedOver: skipped } = analyseArticles([article('a', text)], await loadAnalyser());
  passedOver.push(...skipped.map((p) => p.reason));
  for (const s of sentences) {
    const reason = screenAnalysed(s);
    if (reason) passedOver.push(reason);
    else drafts.push(...draftsFor(s, new Map([['a', 'Article a']])));
  }
  return { drafts, passedOver };
}
