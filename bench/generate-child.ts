// One measurement in a process of its own, so that peak memory is this run's alone.
// Usage: node --import tsx bench/generate-child.ts <texts>
import { generateQuestions } from '../src/generate/generate.js';
import { loadAnalyser } from '../src/generate/nlp.js';
import { loadLanguage } from '../src/generate/resources/index.js';
import { brownArticles } from './brown.js';

const articles = brownArticles(Number(process.argv[2] ?? 500));
const analyse = await loadAnalyser();
// WordNet and the word vectors, loaded as `generate` loads them.
const languageStart = performance.now();
const language = loadLanguage((message) => process.stderr.write(`${message}\n`));
const languageMs = performance.now() - languageStart;
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);

/** Wall and CPU time of `run`, in ms: CPU time is what this process spent, whatever else runs. */
function time(run: () => void): { wall: number; cpu: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
}

// The library alone: every text parsed, its tokens, tags, lemmas and entities read out, as
// generate reads them. Then the whole generator on the same texts.
const nlp = time(() => {
  for (const article of articles) analyse(article.text);
});
let questions = 0;
const total = time(() => {
  questions = generateQuestions(articles, analyse, {
    perArticle: 8,
    types: ['multiple-choice', 'true-false', 'short-answer'],
    seed: 'bench',
    language,
  }).questions.length;
});
process.stdout.write(
  `${JSON.stringify({ texts: articles.length, words, nlp, total, questions, languageMs, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
