// What a learning platform must be told to grade a short answer as the quiz does. The quiz folds
// case, accents, punctuation, number words and a leading article before comparing (see
// normalizeAnswer); Moodle and Canvas compare the typed text with each accepted answer, ignoring
// only case and the spaces around it. So every form a student is likely to type that the quiz
// would accept is written out as an accepted answer of its own.
import numberToWords from 'number-to-words';
import { foldText, normalizeAnswer, numberWordsToDigits, type Question } from '../../bank/index.js';
import { exportText } from './citation.js';

/** Enough for every variant of a bank's answer and its accepted alternatives; few enough to read in Moodle's editor. */
const MAX_FORMS = 30;
/** Numbers written out in words only up to here: nobody types "twelve thousand and six" for 12006. */
const LARGEST_IN_WORDS = 1000;

const LEADING_ARTICLE = /^(?:the|an?)\s+/i;

/** What an LMS will and will not accept of a short answer, for the export's summary. */
export const LMS_STRICTER_THAN_QUIZ =
  'a spelling slip in a long answer, and punctuation, spacing or number words other than the forms exported';

const withoutPunctuation = (text: string) =>
  text
    .replace(/(\d)[.,](?=\d)/g, '$1\u0000') // 1.5 and 19,000 keep their marks
    .replace(/[^\p{L}\p{N}\p{M}\u0000]+/gu, ' ')
    .replace(/\u0000/g, (_, at: number, all: string) => all[at]!)
    .trim();

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

const numbersInWords = (text: string) =>
  text.replace(/\b\d+\b/g, (digits) =>
    Number(digits) <= LARGEST_IN_WORDS ? numberToWords.toWords(Number(digits)).replace(/,/g, '') : digits,
  );

/**
 * Every accepted answer of a short-answer question in the forms a student is likely to type: as
 * written, with plain quotes and dashes (and a range's hyphen as a dash), without punctuation or accents, with numbers in digits
 * and in words, with and without a leading "the", and with a closing full stop. Only forms the
 * quiz itself accepts are kept, so the LMS is never more lenient than the quiz; forms an LMS would
 * see as the same (they ignore case) are given once.
 */
export function acceptedForms(question: Question): readonly string[] {
  let forms = formsOf.get(question);
  if (!forms) formsOf.set(question, (forms = formsFor(question)));
  return forms;
}

/** An export asks for a question's forms more than once (its checks, its file, its summary). */
const formsOf = new WeakMap<Question, readonly string[]>();

function formsFor(question: Question): string[] {
  const accepted = [String(question.answer), ...question.accept].map((answer) => exportText(answer).trim());
  const candidates = [...accepted];
  for (const answer of accepted) {
    const bare = withoutPunctuation(answer);
    candidates.push(foldText(answer), answer.replace(/(\d)-(\d)/g, '$1–$2'), bare, withoutAccents(bare));
    for (const form of new Set([answer, bare])) {
      candidates.push(numbersInWords(form), numberWordsToDigits(form.toLowerCase()));
    }
    if (LEADING_ARTICLE.test(answer)) candidates.push(answer.replace(LEADING_ARTICLE, ''));
    else if (/^\p{Lu}/u.test(answer)) candidates.push(`the ${answer}`);
    if (/[\p{L}\p{N}]$/u.test(answer)) candidates.push(`${answer}.`);
  }
  const quizAccepts = new Set(accepted.map(normalizeAnswer));
  const seen = new Set<string>();
  const forms: string[] = [];
  for (const form of candidates) {
    const key = form.normalize('NFC').toLowerCase();
    if (form === '' || seen.has(key) || !quizAccepts.has(normalizeAnswer(form))) continue;
    seen.add(key);
    forms.push(form);
    if (forms.length === MAX_FORMS) break;
  }
  return forms;
}

/** Moodle reads `*` in an answer as "anything": a literal one is written `\*`. */
export const moodleAnswer = (form: string): string => form.replace(/\*/g, '\\*');
