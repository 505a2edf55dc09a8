import { normalizeAnswer } from '../bank/index.js';
import type { Draft } from './draft.js';
import { kindOf } from './kinds/index.js';
import type { SourceArticle, WorkingSentence } from './sentences.js';

/**
 * The people and organisations an article is about: named in its title, or in at least a third of
 * its sentences (three at least). "Who was involved in controversy …? Khan", in an article about
 * Khan, is answered without reading: such a name is no answer to ask for. Its surname counts as
 * the name.
 */
export function centralNames(article: SourceArticle, sentences: readonly WorkingSentence[]): Set<string> {
  const title = ` ${normalizeAnswer(article.title)} `;
  const uses = new Map<string, number>();
  for (const s of sentences) {
    const named = new Set<string>();
    for (const p of s.phrases)
      if (p.kind === 'person' || p.kind === 'organisation') named.add(surnameOf(normalizeAnswer(p.text)));
    for (const name of named) uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  const enough = Math.max(3, sentences.length / 3);
  return new Set([...uses].filter(([name, n]) => n >= enough || title.includes(` ${name} `)).map(([name]) => name));
}

const surnameOf = (name: string) => name.split(' ').at(-1)!;

/** Whether a draft asks for a name its story is about. */
export function asksForCentralName(draft: Draft, central: ReadonlySet<string>): boolean {
  const { answer, answerKind } = draft;
  if (typeof answer !== 'string' || !kindOf(draft.kind).answerFromText) return false;
  if (answerKind !== undefined && answerKind !== 'person' && answerKind !== 'organisation') return false;
  return central.has(surnameOf(normalizeAnswer(answer)));
}
