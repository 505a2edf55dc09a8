import { createHash } from 'node:crypto';
import type { Question } from '../bank/index.js';

/**
 * A fingerprint of what a question asks and accepts: an edited prompt, answer, choice or source
 * makes a new question as far as history goes, so a student's record of the old one does not
 * schedule the new one. Explanation and skill are left out: editing them changes no answer.
 */
export function questionHash(question: Question): string {
  const content = [
    question.type,
    question.prompt,
    String(question.answer),
    question.choices,
    question.accept,
    question.sources.map((s) => [s.article, s.quote, s.paragraph]),
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}
