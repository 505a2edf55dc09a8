import { PARAGRAPH_KINDS } from '../articles/index.js';
import type { Diagnostic } from '../errors.js';
import { closestId, closestSentence } from './near-match.js';
import { normalizeAnswer } from './normalize-answer.js';
import { CHOICE_LETTERS, QUESTION_TYPE_RULES } from './question-types.js';
import { QuoteResolver, type QuoteFailure } from './resolve.js';
import type { BankFile, QuestionEntry } from './schema.js';
import type { BankArticle, Question, Source } from './types.js';
import type { YamlPath } from './yaml-source.js';

const MIN_CHOICES = 2;

/** Makes a diagnostic about the value at `path` in bank.yaml. */
export type At = (code: Diagnostic['code'], path: YamlPath, message: string) => Diagnostic;

/** Checks each question beyond its shape (ids, answers, choices, quotes) and resolves its sources. */
export function checkQuestions(
  file: BankFile,
  articles: ReadonlyMap<string, BankArticle>,
  at: At,
  diagnostics: Diagnostic[],
  declaredArticles: readonly string[],
): Question[] {
  const resolvers = new Map<string, QuoteResolver>();
  const resolverFor = (article: BankArticle) => {
    let resolver = resolvers.get(article.id);
    if (!resolver) resolvers.set(article.id, (resolver = new QuoteResolver(article.article)));
    return resolver;
  };
  const declared = new Set(declaredArticles);
  const seen = new Set<string>();

  return file.questions.flatMap((entry, index) => {
    if (!entry) return []; // its schema problems are reported already
    const path = ['questions', index] as const;
    if (seen.has(entry.id))
      diagnostics.push(at('duplicate-id', [...path, 'id'], `question id "${entry.id}" is used twice`));
    seen.add(entry.id);
    const answer = canonicalAnswer(entry);
    diagnostics.push(...checkAnswer(entry, answer, (field, code, message) => at(code, [...path, field], message)));

    diagnostics.push(...checkCited(entry, (field, code, message) => at(code, [...path, field], message)));
    const sources: Source[] = [];
    entry.sources?.forEach((source, s) => {
      const sourcePath = [...path, 'sources', s] as const;
      const article = articles.get(source.article);
      if (!article) {
        // An article that is declared but failed to load has its own diagnostic already.
        if (!declared.has(source.article)) {
          diagnostics.push(
            at(
              'unknown-article',
              [...sourcePath, 'article'],
              `no article "${source.article}" in this bank${didYouMean(closestId(source.article, [...declared]))} (articles: ${[...declared].join(', ')})`,
            ),
          );
        }
        return;
      }
      const result = resolverFor(article).resolve(source.quote, source.paragraph);
      if (result.ok) {
        sources.push({ article: article.id, quote: source.quote, ...result.citation });
      } else {
        const failure = describeFailure(result, article, source.quote);
        diagnostics.push(at(failure.code, [...sourcePath, failure.field], failure.message));
      }
    });

    return [
      {
        id: entry.id,
        type: entry.type,
        prompt: entry.prompt,
        choices: entry.choices ?? [],
        answer,
        accept: entry.accept ?? [],
        skill: entry.skill,
        sources,
        ...(entry.explanation === undefined ? {} : { explanation: entry.explanation }),
        ...(entry.difficulty === undefined ? {} : { difficulty: entry.difficulty }),
      } satisfies Question,
    ];
  });
}

type Report = (
  field: 'answer' | 'choices' | 'accept' | 'id' | 'needs-review',
  code: Diagnostic['code'],
  message: string,
) => Diagnostic;

/** A question imported without sources, or cited by `cite` as a draft, is not ready for a quiz. */
function checkCited(entry: QuestionEntry, report: Report): Diagnostic[] {
  if (entry.sources === undefined)
    return [
      report(
        'id',
        'no-sources',
        `question "${entry.id}" has no sources; run \`citequiz cite\` to find them, or add them by hand`,
      ),
    ];
  if (entry['needs-review'] === true)
    return [
      report(
        'needs-review',
        'needs-review',
        `question "${entry.id}" is a draft: check its sources (other candidates are in the comment above them), then delete "needs-review"`,
      ),
    ];
  return [];
}

function checkAnswer(entry: QuestionEntry, answer: string | boolean, report: Report): Diagnostic[] {
  const rules = QUESTION_TYPE_RULES[entry.type];
  const problems: Diagnostic[] = [];
  if (!rules.choices && entry.choices !== undefined) {
    problems.push(
      report('choices', 'schema', `only multiple-choice questions have choices; this one is ${entry.type}`),
    );
  }
  if (!rules.accept && entry.accept !== undefined) {
    problems.push(report('accept', 'schema', `only short-answer questions have "accept"; this one is ${entry.type}`));
  }
  if (rules.answer === 'boolean' && typeof answer !== 'boolean') {
    problems.push(report('answer', 'answer-type', `a true-false answer must be true or false, not "${answer}"`));
  }
  if (rules.answer === 'text' && typeof answer === 'boolean') {
    problems.push(
      report('answer', 'answer-type', 'a short answer must be text; use type: true-false for true or false'),
    );
  }
  if (rules.answer === 'choice') problems.push(...checkChoices(entry.choices, String(answer), report));
  return problems;
}

/** Choices the grader could not tell apart (“12,000” and “12000”, “One” and “1”) count as the same. */
function checkChoices(choices: readonly string[] | undefined, answer: string, report: Report): Diagnostic[] {
  if (choices === undefined) return [report('choices', 'choice-count', 'a multiple-choice question needs "choices"')];
  const problems: Diagnostic[] = [];
  if (choices.length < MIN_CHOICES || choices.length > CHOICE_LETTERS.length) {
    problems.push(
      report(
        'choices',
        'choice-count',
        `expected ${MIN_CHOICES} to ${CHOICE_LETTERS.length} choices (usually 4), found ${choices.length}`,
      ),
    );
  }
  const normal = choices.map(normalizeAnswer);
  const repeated = choices.findIndex((_, i) => normal.indexOf(normal[i]!) !== i);
  if (repeated >= 0) {
    const first = choices[normal.indexOf(normal[repeated]!)];
    problems.push(
      report(
        'choices',
        'duplicate-choice',
        `choices "${first}" and "${choices[repeated]}" are the same answer to the grader`,
      ),
    );
  }
  if (!choices.includes(answer))
    problems.push(report('answer', 'answer-not-in-choices', `the answer "${answer}" is not one of the choices`));
  return problems;
}

/**
 * The answer as the grader compares it: authors write `answer: "true"` as often as `answer: true`,
 * and a multiple-choice answer may differ from its choice in case or typography only.
 */
function canonicalAnswer(entry: QuestionEntry): string | boolean {
  const rules = QUESTION_TYPE_RULES[entry.type];
  if (rules.answer === 'boolean' && typeof entry.answer === 'string') {
    const lower = entry.answer.toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
  }
  if (rules.answer === 'choice' && typeof entry.answer === 'string') {
    const normal = normalizeAnswer(entry.answer);
    return (
      entry.choices?.find((c) => c === entry.answer) ??
      entry.choices?.find((c) => normalizeAnswer(c) === normal) ??
      entry.answer
    );
  }
  return entry.answer;
}

function describeFailure(
  failure: QuoteFailure,
  article: BankArticle,
  quote: string,
): { code: Diagnostic['code']; field: 'quote' | 'paragraph'; message: string } {
  const shown = `"${quote.length > 80 ? `${quote.slice(0, 77)}...` : quote}"`;
  switch (failure.kind) {
    case 'not-found': {
      const near = closestSentence(article.article, quote);
      const hint = near ? `; the closest sentence is in paragraph ${near.paragraph}: "${near.text}"` : '';
      return {
        code: 'quote-not-found',
        field: 'quote',
        message: `quote not found in article "${article.id}" (${article.file}): ${shown}${hint}`,
      };
    }
    case 'elsewhere':
      return {
        code: 'quote-not-found',
        field: 'paragraph',
        message: `quote is in paragraph ${failure.paragraphs.join(', ')} of "${article.id}", not the paragraph given: ${shown}`,
      };
    case 'ambiguous':
      return {
        code: 'quote-ambiguous',
        field: 'quote',
        message:
          failure.paragraphs.length === 1
            ? `quote occurs ${failure.count} times in paragraph ${failure.paragraphs[0]} of "${article.id}"; quote more of the sentence: ${shown}`
            : `quote occurs in paragraphs ${failure.paragraphs.join(', ')} of "${article.id}"; quote more of the sentence or add "paragraph: N": ${shown}`,
      };
    case 'not-citable':
      return {
        code: 'quote-not-citable',
        field: 'quote',
        message: `quote is in paragraph ${failure.paragraph} of "${article.id}", a ${PARAGRAPH_KINDS[failure.paragraphKind].label}, which cannot be cited: ${shown}`,
      };
    case 'spans-paragraphs':
      return {
        code: 'quote-spans-paragraphs',
        field: 'quote',
        message: `quote runs across paragraphs ${failure.paragraphs.join(' and ')} of "${article.id}"; cite each paragraph in its own source: ${shown}`,
      };
  }
}

const didYouMean = (id: string | undefined) => (id === undefined ? '' : `; did you mean "${id}"?`);
