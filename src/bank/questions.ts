import type { Diagnostic } from '../errors.js';
import { foldText } from './fold.js';
import type { YamlPath } from './yaml-source.js';
import { QuoteResolver, type QuoteFailure } from './resolve.js';
import { CHOICE_LETTERS, type BankFile, type QuestionEntry } from './schema.js';
import type { BankArticle, Question, Source } from './types.js';

const MIN_CHOICES = 2;

/** Makes a diagnostic pointing at the line of `path` in bank.yaml. */
export type At = (code: Diagnostic['code'], path: YamlPath, message: string) => Diagnostic;

/** Checks each question beyond its shape (ids, answers, choices, quotes) and resolves its sources. */
export function checkQuestions(
  file: BankFile,
  articles: ReadonlyMap<string, BankArticle>,
  at: At,
  diagnostics: Diagnostic[],
): Question[] {
  const resolvers = new Map<string, QuoteResolver>();
  const resolverFor = (article: BankArticle) => {
    let resolver = resolvers.get(article.id);
    if (!resolver) resolvers.set(article.id, (resolver = new QuoteResolver(article.article)));
    return resolver;
  };
  const declared = new Set(file.articles.map((a) => a.id));
  const seen = new Set<string>();
  const questions: Question[] = [];

  file.questions.forEach((entry, index) => {
    const path = ['questions', index] as const;
    if (seen.has(entry.id)) diagnostics.push(at('duplicate-id', [...path, 'id'], `question id "${entry.id}" is used twice`));
    seen.add(entry.id);
    diagnostics.push(...checkAnswer(entry, (field, code, message) => at(code, [...path, field], message)));

    const sources: Source[] = [];
    entry.sources.forEach((source, s) => {
      const sourcePath = [...path, 'sources', s] as const;
      const article = articles.get(source.article);
      if (!article) {
        // An article that failed to load has its own diagnostic already.
        if (!declared.has(source.article)) {
          diagnostics.push(at('unknown-article', [...sourcePath, 'article'], `no article "${source.article}" in this bank (articles: ${[...declared].join(', ')})`));
        }
        return;
      }
      const result = resolverFor(article).resolve(source.quote, source.paragraph);
      if (result.ok) {
        sources.push({ article: article.id, quote: source.quote, ...result.citation });
      } else {
        const failure = describeFailure(result, article, source.quote, source.paragraph);
        diagnostics.push(at(failure.code, [...sourcePath, 'quote'], failure.message));
      }
    });

    questions.push({
      id: entry.id,
      type: entry.type,
      prompt: entry.prompt,
      choices: entry.choices ?? [],
      answer: normaliseAnswer(entry),
      accept: entry.accept ?? [],
      skill: entry.skill,
      sources,
      ...(entry.explanation === undefined ? {} : { explanation: entry.explanation }),
    });
  });
  return questions;
}

type Report = (field: 'answer' | 'choices' | 'accept', code: Diagnostic['code'], message: string) => Diagnostic;

function checkAnswer(entry: QuestionEntry, report: Report): Diagnostic[] {
  const problems: Diagnostic[] = [];
  if (entry.type !== 'multiple-choice' && entry.choices !== undefined) {
    problems.push(report('choices', 'schema', `only multiple-choice questions have choices; this one is ${entry.type}`));
  }
  if (entry.type !== 'short-answer' && entry.accept !== undefined) {
    problems.push(report('accept', 'schema', `only short-answer questions have "accept"; this one is ${entry.type}`));
  }
  switch (entry.type) {
    case 'true-false':
      if (typeof normaliseAnswer(entry) !== 'boolean') {
        problems.push(report('answer', 'answer-type', `a true-false answer must be true or false, not "${entry.answer}"`));
      }
      break;
    case 'short-answer':
      if (typeof entry.answer === 'boolean') {
        problems.push(report('answer', 'answer-type', 'a short answer must be text; use type: true-false for true or false'));
      }
      break;
    case 'multiple-choice':
      problems.push(...checkChoices(entry, report));
      break;
  }
  return problems;
}

function checkChoices(entry: QuestionEntry, report: Report): Diagnostic[] {
  const choices = entry.choices;
  if (choices === undefined) return [report('choices', 'choice-count', 'a multiple-choice question needs "choices"')];
  const problems: Diagnostic[] = [];
  if (choices.length < MIN_CHOICES || choices.length > CHOICE_LETTERS.length) {
    problems.push(report('choices', 'choice-count', `expected ${MIN_CHOICES} to ${CHOICE_LETTERS.length} choices (usually 4), found ${choices.length}`));
  }
  const folded = choices.map((c) => foldText(c).toLowerCase());
  const repeated = choices.filter((_, i) => folded.indexOf(folded[i]!) !== i);
  if (repeated.length > 0) problems.push(report('choices', 'duplicate-choice', `choice "${repeated[0]}" appears more than once`));
  const answer = String(entry.answer);
  if (!folded.includes(foldText(answer).toLowerCase())) {
    problems.push(report('answer', 'answer-not-in-choices', `the answer "${answer}" is not one of the choices`));
  }
  return problems;
}

/** Authors write `answer: "true"` as often as `answer: true`; both mean the boolean. */
function normaliseAnswer(entry: QuestionEntry): string | boolean {
  if (entry.type === 'true-false' && typeof entry.answer === 'string') {
    const lower = entry.answer.toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
  }
  if (entry.type === 'multiple-choice' && typeof entry.answer === 'string') {
    // Point the answer at the choice's own spelling so graders compare like with like.
    const match = entry.choices?.find((c) => foldText(c).toLowerCase() === foldText(String(entry.answer)).toLowerCase());
    if (match !== undefined) return match;
  }
  return entry.answer;
}

function describeFailure(
  failure: QuoteFailure,
  article: BankArticle,
  quote: string,
  paragraph: number | undefined,
): { code: Diagnostic['code']; message: string } {
  const shown = quote.length > 80 ? `${quote.slice(0, 77)}...` : quote;
  switch (failure.kind) {
    case 'not-found':
      return {
        code: 'quote-not-found',
        message: `quote not found in article "${article.id}" (${article.file})${paragraph ? ` paragraph ${paragraph}` : ''}: "${shown}"`,
      };
    case 'ambiguous':
      return {
        code: 'quote-ambiguous',
        message: `quote occurs in paragraphs ${failure.paragraphs.join(', ')} of "${article.id}"; quote more of the sentence or add "paragraph: N": "${shown}"`,
      };
    case 'not-citable':
      return {
        code: 'quote-not-citable',
        message: `quote is in paragraph ${failure.paragraph} of "${article.id}", a ${failure.label}, which cannot be cited: "${shown}"`,
      };
    case 'spans-paragraphs':
      return {
        code: 'quote-spans-paragraphs',
        message: `quote runs across paragraphs ${failure.paragraphs.join(' and ')} of "${article.id}"; cite each paragraph in its own source: "${shown}"`,
      };
  }
}
