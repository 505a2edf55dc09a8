import { CHOICE_LETTERS, normalizeAnswer, type QuestionEntry, type Skill, type QuestionRecord } from '../bank/index.js';
import { promptStart, type ImportedQuestion, type SkippedQuestion } from './types.js';

const MIN_CHOICES = 2;
const ID_WORDS = 6;
const ID_LENGTH = 60;
const ID_FILLER = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'and', 'or', 'is', 'was', 'did', 'does', 'do']);

/** The skill a prompt asks for, by its wording; anything else is a detail. */
const SKILL_WORDING: readonly { skill: Skill; test: RegExp }[] = [
  { skill: 'vocabulary', test: /\bwhat does\b.*\bmean\b|\bmeaning of\b|\bthe (?:word|term|phrase)\b/i },
  { skill: 'main-idea', test: /\bmain (?:point|idea|argument|purpose|message)\b|\bmostly about\b/i },
];

/** An imported question as bank.yaml gets it, before `cite` adds its sources. */
export type ImportedEntry = Omit<QuestionEntry, 'sources' | 'needs-review' | 'difficulty'> & QuestionRecord;

export interface Merge {
  readonly records: readonly ImportedEntry[];
  /** Questions the bank already has, with the same prompt and answer. */
  readonly duplicates: number;
  readonly skipped: readonly SkippedQuestion[];
}

const sameQuestion = (q: { type: string; prompt: string; answer: string | boolean }) =>
  `${q.type}\u0000${normalizeAnswer(q.prompt)}\u0000${normalizeAnswer(String(q.answer))}`;

/**
 * Imported questions as bank.yaml entries: each with an id made from its prompt that no question of
 * the bank (nor another import) has, and a skill; a question the bank already has is left out, and
 * one citequiz could not quiz on is skipped with the reason.
 */
export function mergeQuestions(existing: readonly QuestionEntry[], imported: readonly ImportedQuestion[]): Merge {
  const ids = new Set(existing.map((q) => q.id));
  const seen = new Set(existing.map(sameQuestion));
  const records: ImportedEntry[] = [];
  const skipped: SkippedQuestion[] = [];
  let duplicates = 0;
  for (const q of imported) {
    const problem = unusable(q);
    if (problem) {
      skipped.push({ where: q.line === undefined ? promptStart(q.prompt) : `line ${q.line}`, reason: problem });
      continue;
    }
    const key = sameQuestion(q);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    const id = uniqueId(idFrom(q.prompt), ids);
    ids.add(id);
    records.push({
      id,
      type: q.type,
      prompt: q.prompt,
      ...(q.type === 'multiple-choice' ? { choices: [...q.choices] } : {}),
      answer: q.answer,
      ...(q.type === 'short-answer' && distinctForms(q).length > 0 ? { accept: distinctForms(q) } : {}),
      ...(q.explanation ? { explanation: q.explanation } : {}),
      skill: SKILL_WORDING.find((s) => s.test.test(q.prompt))?.skill ?? 'detail',
    });
  }
  return { records, duplicates, skipped };
}

/**
 * The accepted answers that grade differently from the answer and from each other: an LMS file
 * lists "Keith Palmer." and "the Keith Palmer" beside "Keith Palmer", which the quiz forgives
 * anyway.
 */
function distinctForms(q: ImportedQuestion): string[] {
  if (q.type !== 'short-answer') return [];
  const seen = new Set([normalizeAnswer(String(q.answer))]);
  return q.accept.filter((form) => {
    const key = normalizeAnswer(form);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Why a question read from a file cannot be a citequiz question, if it cannot. */
function unusable(q: ImportedQuestion): string | undefined {
  if (q.prompt.trim() === '') return 'has no question text';
  if (typeof q.answer === 'string' && q.answer.trim() === '') return 'has an empty answer';
  if (q.type !== 'multiple-choice') return undefined;
  if (q.choices.length < MIN_CHOICES || q.choices.length > CHOICE_LETTERS.length)
    return `has ${q.choices.length} choices; citequiz takes ${MIN_CHOICES} to ${CHOICE_LETTERS.length}`;
  const normal = q.choices.map(normalizeAnswer);
  if (new Set(normal).size < normal.length) return 'has two choices the grader could not tell apart';
  if (q.choices.some((c) => c.trim() === '')) return 'has an empty choice';
  return undefined;
}

/** "What model of car did the attacker drive?" → "what-model-car-attacker-drive". */
export function idFrom(prompt: string): string {
  const words = normalizeAnswer(prompt.replace(/^\s*fill in the blanks?\s*[:.-]\s*/i, ''))
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter((w) => w !== '' && !ID_FILLER.has(w))
    .slice(0, ID_WORDS);
  const id = words.join('-').slice(0, ID_LENGTH).replace(/-+$/, '');
  return id === '' ? 'question' : id;
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
