import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const SUBJECTS = [
  'The council',
  'The mayor',
  'A spokesman',
  'The committee',
  'Local residents',
  'The ministry',
  'Police',
  'The company',
];
const VERBS = ['approved', 'rejected', 'announced', 'delayed', 'reviewed', 'funded', 'questioned', 'praised'];
const OBJECTS = [
  'the bridge plan',
  'a new school',
  'the harbour budget',
  'the bus routes',
  'a housing scheme',
  'the park renovation',
];

/**
 * The n-th sentence of an article: varied words and a unique number, so every quote is unique,
 * with the curly quotes, apostrophes and dashes of real news text.
 */
const sentence = (article: number, n: number) =>
  `${SUBJECTS[n % SUBJECTS.length]} ${VERBS[(n * 3 + article) % VERBS.length]} ${OBJECTS[(n * 5) % OBJECTS.length]} on day ${article * 1000 + n} – after ${(n % 7) + 2} hours of the council’s “debate”.`;

/** Half the quotes are typed with plain quotes and hyphens, so they match only by folding. */
const typed = (text: string, n: number) =>
  n % 2 ? text.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/–/g, '-') : text;

/**
 * Writes a bank of `questionCount` questions over `articleCount` articles into `dir`, the shape a
 * generator would write: mixed types, every question citing one sentence, one in ten citing two
 * articles.
 */
export function writeSyntheticBank(dir: string, articleCount: number, questionCount: number): void {
  const perArticle = Math.ceil(questionCount / articleCount);
  const sentencesPerParagraph = 4;
  mkdirSync(join(dir, 'articles'), { recursive: true });
  const articles = [];
  for (let a = 0; a < articleCount; a++) {
    const lines = [`Synthetic Report Number ${a}`, ''];
    for (let p = 0; p < Math.ceil(perArticle / sentencesPerParagraph) + 1; p++) {
      const first = p * sentencesPerParagraph;
      lines.push(Array.from({ length: sentencesPerParagraph }, (_, k) => sentence(a, first + k)).join(' '));
    }
    writeFileSync(join(dir, 'articles', `a${a}.txt`), lines.join('\n') + '\n');
    articles.push({
      id: `a${a}`,
      file: `articles/a${a}.txt`,
      title: `Synthetic Report Number ${a}`,
      outlet: 'Bench Gazette',
    });
  }
  const questions = [];
  for (let q = 0; q < questionCount; q++) {
    const a = q % articleCount;
    const n = Math.floor(q / articleCount);
    const quote = typed(sentence(a, n), n);
    const day = String(a * 1000 + n);
    const sources = [{ article: `a${a}`, quote }];
    if (q % 10 === 9)
      sources.push({ article: `a${(a + 1) % articleCount}`, quote: sentence((a + 1) % articleCount, n) });
    const base = {
      id: `q${q}`,
      prompt: `On which day did this happen (${q})?`,
      skill: q % 10 === 9 ? 'cross-article' : 'detail',
      sources,
    };
    if (q % 3 === 0)
      questions.push({
        ...base,
        type: 'multiple-choice',
        choices: [day, `${day}1`, `${day}2`, `${day}3`],
        answer: day,
      });
    else if (q % 3 === 1) questions.push({ ...base, type: 'true-false', answer: true });
    else questions.push({ ...base, type: 'short-answer', answer: day, accept: [`day ${day}`] });
  }
  writeFileSync(join(dir, 'bank.yaml'), stringify({ title: 'Synthetic bank', articles, questions }, { lineWidth: 0 }));
}
