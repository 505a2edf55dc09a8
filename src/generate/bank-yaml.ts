import { stringify } from 'yaml';
import { citedSentences } from './draft.js';
import type { GeneratedQuestion } from './generate.js';
import type { SourceArticle } from './sentences.js';

export interface BankArticleFile extends Omit<SourceArticle, 'text' | 'format'> {
  /** Where the article's text is written, relative to the bank folder. */
  readonly file: string;
}

/** The bank as `bank.yaml` text in the foundation's format, fields in a fixed order for stable output. */
export function bankYaml(
  title: string,
  articles: readonly BankArticleFile[],
  questions: readonly GeneratedQuestion[],
  /** Sources whose quote occurs twice in its article, which `paragraph` must tell apart. */
  needsParagraph: (q: GeneratedQuestion, source: number) => boolean,
): string {
  const data = {
    title,
    articles: articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      ...(a.outlet ? { outlet: a.outlet } : {}),
      ...(a.published ? { published: a.published } : {}),
    })),
    questions: questions.map((q) => {
      const c = q.candidate;
      return {
        id: q.id,
        type: c.type,
        prompt: c.prompt,
        ...(c.choices.length > 0 ? { choices: c.choices } : {}),
        answer: c.answer,
        ...(c.accept.length > 0 ? { accept: c.accept } : {}),
        ...(c.explanation ? { explanation: c.explanation } : {}),
        skill: c.skill,
        difficulty: q.difficulty,
        sources: citedSentences(c.draft).map((s, n) => ({
          article: s.article,
          quote: s.quote,
          ...(needsParagraph(q, n) ? { paragraph: s.paragraph } : {}),
        })),
      };
    }),
  };
  const header = '# Written by `citequiz generate`. Check it with `citequiz check`, edit freely.\n';
  return header + stringify(data, { lineWidth: 0, version: '1.2' });
}
