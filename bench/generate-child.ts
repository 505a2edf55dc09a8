// One measurement in a process of its own, so that peak memory is this run's alone.
// Usage: node --import tsx bench/generate-child.ts <texts>
import { generateQuestions } from '../src/generate/generate.js';
import { loadAnalyser } from '../src/generate/nlp.js';
import { brownArticles } from './brown.js';

const articles = brownArticles(Number(process.argv[2] ?? 500));
const analyse = await loadAnalyser();
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
let started = performance.now();
for (const article of articles) analyse(article.text); // the library alone: tokens, tags, lemmas and entities read out, as generate reads them
const nlpMs = performance.now() - started;
started = performance.now();
const generated = generateQuestions(articles, analyse, { perArticle: 8, types: ['multiple-choice', 'true-false', 'short-answer'], seed: 'bench' });
const totalMs = performance.now() - started;
process.stdout.write(`${JSON.stringify({ texts: articles.length, words, nlpMs, totalMs, questions: generated.questions.length, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
