import type { Draft } from './draft.js';
import { sentenceFacts, sharedWords } from './distractors.js';
import type { SourceArticle } from './sentences.js';

/**
 * Where two articles count the same thing ("people ... killed") differently, the count questions
 * name whose account they ask about, and the other article's figure is among the choices.
 */
export function addWhoseAccount(drafts: Map<string, Draft[]>, articles: readonly SourceArticle[]): void {
  const names = new Map(articles.map((a) => [a.id, articleName(a, articles)]));
  const counts = [...drafts.values()].flat().filter((d) => d.kind === 'count' && d.transform.startsWith('wh'));
  const keyOf = (d: Draft) => `${d.phrase!.noun!.text.toLowerCase()}|${nearestVerb(d)}`;
  const byKey = new Map<string, Draft[]>();
  for (const d of counts) {
    const key = keyOf(d);
    const group = byKey.get(key);
    if (group) group.push(d);
    else byKey.set(key, [d]);
  }
  for (const group of byKey.values()) {
    for (const d of group) {
      // The same fact: same thing counted, same verb, and most of the other words shared; else
      // "killed 86 people" in Nice would pass for a different count of the London dead.
      const rival = group.find(
        (o) => o.sentence.article !== d.sentence.article && o.phrase!.value !== d.phrase!.value && sameFact(d, o),
      );
      if (!rival) continue;
      drafts.get(d.sentence.article)!.push({
        ...d,
        transform: 'whose-account',
        prompt: `According to ${names.get(d.sentence.article)}, ${d.prompt.charAt(0).toLowerCase()}${d.prompt.slice(1)}`,
        rival: rival.answer as string,
        explanation: `${names.get(rival.sentence.article)!.replace(/^the/, 'The')} gives ${rival.answer as string}.`,
      });
    }
  }
}

function nearestVerb(d: Draft): string {
  const { tokens } = d.sentence;
  let best: { distance: number; lemma: string } | undefined;
  for (const [i, t] of tokens.entries()) {
    if (t.pos !== 'VERB') continue;
    const distance = Math.abs(i - d.phrase!.first);
    if (!best || distance < best.distance) best = { distance, lemma: t.lemma };
  }
  return best?.lemma ?? '';
}

function sameFact(a: Draft, b: Draft): boolean {
  const words = (d: Draft) => new Set([...sentenceFacts(d.sentence).words].filter((w) => !/\d/.test(w)));
  const x = words(a);
  const y = words(b);
  return sharedWords(x, y) / Math.min(x.size, y.size) >= 0.4;
}

/** The outlet when it tells the articles apart, else the title. */
function articleName(article: SourceArticle, all: readonly SourceArticle[]): string {
  const outletIsUnique = article.outlet !== undefined && all.filter((a) => a.outlet === article.outlet).length === 1;
  return outletIsUnique ? article.outlet! : `the article "${article.title}"`;
}
