// What kind of name a capitalised phrase is, when the article itself gives no sign ("to Norway",
// "actress Negar Khan"): compromise's lexicon of countries, cities and first and last names.
// Written lists would be a poorer copy of it; the article's own evidence (titles, "said", ages,
// organisation words) still comes first, and this is asked only where that says nothing.
import { createRequire } from 'node:module';
import type { NameTypes } from '../language.js';

type Compromise = (text: string) => { json(): { terms: { tags: string[] }[] }[] };

/** compromise's lexicon, loaded (about 0.2 s) by its CommonJS build so that `generate` stays synchronous. */
export function openNameTypes(): NameTypes {
  const nlp = createRequire(import.meta.url)('compromise') as Compromise;
  const known = new Map<string, 'person' | 'place' | undefined>();
  return {
    kindOf(name) {
      if (!known.has(name)) known.set(name, kindFromTags(tagsOf(nlp, name)));
      return known.get(name);
    },
  };
}

function tagsOf(nlp: Compromise, name: string): ReadonlySet<string>[] {
  return nlp(name)
    .json()
    .flatMap((sentence) => sentence.terms.map((t) => new Set(t.tags)));
}

/**
 * A country, or a city named in one word, is a place. A person needs two words, a known first
 * name before or a known last name after ("Negar Khan"): one word alone ("Jordan", "Chelsea") is
 * too often a country, a club or a first name to say.
 */
export function kindFromTags(words: readonly ReadonlySet<string>[]): 'person' | 'place' | undefined {
  if (words.length === 1 && (words[0]!.has('Country') || words[0]!.has('City'))) return 'place';
  if (words.length >= 2 && words.length <= 4) {
    const placeWord = words.some((w) => w.has('Place'));
    if (!placeWord && (words[0]!.has('FirstName') || words.at(-1)!.has('LastName'))) return 'person';
  }
  return undefined;
}
