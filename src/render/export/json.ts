import { type Bank, citeQuestion } from '../../bank/index.js';
import { safeJson } from '../../text/sanitize.js';

/** Bumped when the shape changes in a way a reader of older files would misread. */
export const BANK_JSON_VERSION = 1;

/**
 * The whole resolved bank: every article with its text and numbered paragraphs, every question
 * with each source resolved to its paragraph, offsets into the article's text and whole sentence.
 * Text is kept exactly as loaded (control characters written as \u escapes), so offsets stay true.
 */
export function renderJson(bank: Bank): string {
  const value = {
    format: 'citequiz-bank',
    version: BANK_JSON_VERSION,
    id: bank.id,
    title: bank.title,
    articles: bank.articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      outlet: a.outlet ?? null,
      published: a.published ?? null,
      format: a.article.format,
      text: a.article.text,
      paragraphs: a.article.paragraphs.map((p) => ({
        number: p.number,
        start: p.start,
        end: p.end,
        kind: p.kind,
        citable: p.citable,
        text: p.text,
      })),
    })),
    questions: bank.questions.map((q) => {
      const resolved = citeQuestion(bank, q);
      return {
        id: q.id,
        type: q.type,
        prompt: q.prompt,
        choices: q.choices,
        answer: q.answer,
        accept: q.accept,
        explanation: q.explanation ?? null,
        skill: q.skill,
        sources: q.sources.map((s, i) => ({
          article: s.article,
          quote: s.quote,
          paragraph: s.paragraph,
          start: s.start,
          end: s.end,
          sentence: resolved[i]!.sentence,
        })),
      };
    }),
  };
  return `${safeJson(value)}\n`;
}
