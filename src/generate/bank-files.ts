import { loadBank } from '../bank/index.js';
import { bankYaml } from './bank-yaml.js';
import { citedSentences } from './draft.js';
import type { GeneratedQuestion } from './generate.js';
import type { SourceArticle } from './sentences.js';

export interface BankFiles {
  /** Path inside the bank folder → text: `bank.yaml` and `articles/...`. */
  readonly files: Map<string, string>;
  readonly questions: number;
  readonly perArticle: Map<string, number>;
  /** Articles the bank could not hold, and why. */
  readonly dropped: { readonly article: string; readonly reason: string }[];
}

const ATTEMPTS = 4;

/**
 * The bank's files, proved by loading them as `check` will: a quote that occurs twice in its
 * article gets its paragraph; a question whose citation would not resolve, and an article the
 * loader refuses, are left out. What is written always passes `check`.
 */
export function bankFiles(
  title: string,
  articles: readonly (SourceArticle & { readonly fileName: string })[],
  questions: readonly GeneratedQuestion[],
  id: string,
): BankFiles {
  let included = [...articles];
  let kept = [...questions];
  const dropped: { article: string; reason: string }[] = [];
  /** "question index:source index" of the sources that need their paragraph. */
  const ambiguous = new Set<string>();
  const order = new Map(questions.map((q, i) => [q, i]));
  const key = (q: GeneratedQuestion, source: number) => `${order.get(q)}:${source}`;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const files = new Map<string, string>(included.map((a) => [`articles/${a.fileName}`, a.text]));
    const entries = included.map((a) => ({
      id: a.id,
      file: `articles/${a.fileName}`,
      title: a.title,
      ...(a.outlet ? { outlet: a.outlet } : {}),
      ...(a.published ? { published: a.published } : {}),
    }));
    const yaml = bankYaml(title, entries, kept, (q, source) => ambiguous.has(key(q, source)));
    const readArticle = (path: string) => new TextEncoder().encode(files.get(path) ?? '');
    const { diagnostics } = loadBank({ id, file: 'bank.yaml', dir: id, yaml, readArticle });
    if (diagnostics.length === 0) {
      files.set('bank.yaml', yaml);
      const perArticle = new Map<string, number>();
      for (const q of kept)
        perArticle.set(
          q.candidate.draft.sentence.article,
          (perArticle.get(q.candidate.draft.sentence.article) ?? 0) + 1,
        );
      return { files, questions: kept.length, perArticle, dropped };
    }
    const failing = new Set<GeneratedQuestion>();
    const refused = new Set<string>();
    for (const d of diagnostics) {
      const [section, index, , source] = d.path ?? [];
      const question = section === 'questions' ? kept[index as number] : undefined;
      const article = section === 'articles' ? included[index as number] : undefined;
      if (article) {
        refused.add(article.id);
        dropped.push({ article: article.id, reason: d.message });
      } else if (!question) throw new Error(`generated bank does not load: ${d.message}`);
      else if (d.code === 'quote-ambiguous' && typeof source === 'number' && !ambiguous.has(key(question, source)))
        ambiguous.add(key(question, source));
      else failing.add(question);
    }
    included = included.filter((a) => !refused.has(a.id));
    kept = kept.filter(
      (q) => !failing.has(q) && !citedSentences(q.candidate.draft).some((s) => refused.has(s.article)),
    );
  }
  throw new Error(`generated bank does not load after ${ATTEMPTS} attempts`);
}
