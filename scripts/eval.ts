// `npm run eval`: generates a bank from each development set and prints the automatic measures the
// generator is held to: faults of the rubric, true/false share and balance, coverage per article,
// skills, questions citing several sentences or articles, and how often link-grammar parses the
// prompts completely against their source sentences (when `link-parser` is installed).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateQuestions, type Generated, type GeneratedQuestion } from '../src/generate/generate.js';
import { renderPrompt } from '../src/generate/prompt.js';
import { loadAnalyser } from '../src/generate/nlp.js';
import { loadLanguage } from '../src/generate/resources/index.js';
import { bankFaults, DEVELOPMENT_SETS, measureBank, readSet } from '../tests/generate/rubric.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pct = (x: number) => (Number.isNaN(x) ? '  -  ' : `${(x * 100).toFixed(0).padStart(3)}%`);

/**
 * Sentences link-grammar parses with no word left out, of those given; undefined without
 * `link-parser`. A sentence it cannot parse completely gets "No complete linkages found".
 */
function completeParses(sentences: readonly string[]): number | undefined {
  if (sentences.length === 0) return undefined;
  const run = spawnSync('link-parser', ['en', '-graphics=0', '-verbosity=1', '-timeout=10'], {
    input: `${sentences.map((s) => s.replace(/\s+/g, ' ')).join('\n')}\n`,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0) return undefined;
  const failed = run.stdout.split('\n').filter((l) => l.startsWith('No complete linkages found')).length;
  return (sentences.length - failed) / sentences.length;
}

/**
 * What the generator wrote itself, as a sentence: the prompt without the article's title before
 * it, or for a kind whose prompt is a fixed template (main idea), its restated answer.
 */
function written(q: GeneratedQuestion): string {
  const { draft } = q.candidate;
  if (draft.kind === 'main-idea') return String(q.candidate.answer);
  const { title: _, ...slots } = draft.prompt.slots;
  const prompt = renderPrompt({ ...draft.prompt, slots });
  // A vocabulary question quotes its passage, then asks: the question is what it wrote.
  return draft.kind === 'vocabulary' ? prompt.slice(prompt.lastIndexOf('” ') + 2) : prompt;
}

function grammar(bank: Generated): string {
  const asked = bank.questions.filter((q) => q.candidate.draft.kind !== 'fill-blank');
  const prompts = completeParses(asked.map(written));
  const sources = completeParses([...new Set(asked.map((q) => q.candidate.draft.sentence.quote))]);
  if (prompts === undefined || sources === undefined) return 'link-grammar: not installed';
  return `link-grammar complete parses: prompts ${pct(prompts)}, their source sentences ${pct(sources)}`;
}

const analyse = await loadAnalyser();
const language = loadLanguage((message) => console.error(`eval: ${message}`));
const only = process.argv.slice(2);
let totalFaults = 0;
for (const [name, dir] of Object.entries(DEVELOPMENT_SETS)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const articles = await readSet(ROOT, dir);
  const bank = generateQuestions(articles, analyse, {
    perArticle: 8,
    types: ['multiple-choice', 'true-false', 'short-answer'],
    seed: 'citequiz',
    language,
  });
  const m = measureBank(bank);
  const faults = bankFaults(bank);
  totalFaults += faults.length;
  console.log(
    `\n${name}: ${articles.length} articles, ${m.questions} questions (${(m.questions / articles.length).toFixed(1)} an article)`,
  );
  console.log(
    `  true/false ${pct(m.trueFalseShare)} of the bank (target at most 25%), true ${pct(m.trueShare)} of them (target 40-60%)`,
  );
  console.log(
    `  skills ${m.skills.size}: ${Object.entries(m.bySkill)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  console.log(
    `  kinds: ${Object.entries(m.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  console.log(`  citing 2+ sentences: ${m.multiSentence}; citing 2+ articles: ${m.multiArticle}`);
  console.log(
    `  articles of 8+ citable sentences with under 6 questions or 3 skills: ${m.thinArticles.length}${m.thinArticles.length ? ` (${m.thinArticles.join(', ')})` : ''}`,
  );
  console.log(`  ${grammar(bank)}`);
  console.log(`  rubric faults: ${faults.length}`);
  for (const f of faults.slice(0, 10)) console.log(`    ${f}`);
}
console.log(`\nrubric faults in all: ${totalFaults}`);
