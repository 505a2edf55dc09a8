import { basename, relative, resolve } from 'node:path';
import { CitequizError } from '../../errors.js';
import {
  bankFiles,
  DEFAULT_PER_ARTICLE,
  DEFAULT_SEED,
  generateQuestions,
  loadAnalyser,
  MAX_READ_PER_ARTICLE,
} from '../../generate/index.js';
import { count } from '../../text/count.js';
import { renderGenerateReport } from '../../render/generate-report.js';
import { sanitize } from '../../text/sanitize.js';
import { articleId, INPUT_EXTENSIONS, listInputFiles, readInputArticle, type InputArticle } from '../article-inputs.js';
import { checkOverridesUsed, overrideFor, parseOverrides, type Override } from '../input-overrides.js';
import { checkBankTarget, writeBankFolder } from '../bank-writer.js';
import type { Io } from '../io.js';
import { styleFor, writeJson } from '../output.js';
import type { GenerateOptions } from './generate.command.js';

/** Articles → a new bank folder that `check` accepts. */
export async function generateCommand(inputs: readonly string[], options: GenerateOptions, io: Io): Promise<number> {
  const { style } = styleFor(io.stderr, io);
  const warn = (message: string) => io.stderr.write(`${style.dim('citequiz:')} ${message}\n`);
  const outDir = resolve(io.cwd, options.out);
  const inside = relative(io.cwd, outDir);
  const shownOut = inside === '' ? '.' : inside.startsWith('..') ? outDir : inside;
  checkBankTarget(outDir, {
    force: options.force ?? false,
    shownDir: shownOut,
    cwd: io.cwd,
    inputs: inputs.map((input) => resolve(io.cwd, input)),
  });
  const outlets = parseOverrides('--outlet', options.outlet, io.cwd);
  const dates = parseOverrides('--date', options.date, io.cwd);
  const files = listInputFiles(inputs, io.cwd, warn);
  checkOverridesUsed('--outlet', outlets, files, io.cwd);
  checkOverridesUsed('--date', dates, files, io.cwd);
  const progress = (text: string) => {
    if (io.stderr.isTTY) io.stderr.write(`\r\u001b[2K${text}`);
  };
  const articles: InputArticle[] = [];
  const ids = new Set<string>();
  for (const [i, path] of files.entries()) {
    progress(`Reading ${i + 1}/${files.length}: ${sanitize(path)}`);
    const id = articleId(path, ids);
    try {
      const { outlet, published, ...article } = await readInputArticle(path, io.cwd, id);
      articles.push({
        ...article,
        ...overridden('outlet', overrideFor(outlets, path, io.cwd), outlet),
        ...overridden('published', overrideFor(dates, path, io.cwd), published),
      });
    } catch (error) {
      ids.delete(id);
      progress('');
      warn(`skipping ${sanitize(path)}: ${(error as Error).message}`);
    }
  }
  if (articles.length === 0) {
    progress('');
    throw new CitequizError(
      'no-articles',
      `no readable articles in ${inputs.map(sanitize).join(', ')}: give ${INPUT_EXTENSIONS.join(', ')} files, or folders holding them`,
    );
  }
  const long = articles.filter((a) => a.text.length > MAX_READ_PER_ARTICLE);
  if (long.length > 0) progress('');
  for (const { path, text } of long)
    warn(
      `${sanitize(path)} is ${text.length.toLocaleString('en-US')} characters long: its questions come from the first ${MAX_READ_PER_ARTICLE.toLocaleString('en-US')} only`,
    );
  progress(`Analysing ${count(articles.length, 'article')}…`);
  const analyse = await loadAnalyser();
  const { loadLanguage } = await import('../../generate/resources/index.js');
  const language = loadLanguage((message) => {
    progress('');
    warn(message);
  });
  const generated = generateQuestions(articles, analyse, {
    language,
    perArticle: options.perArticle ?? DEFAULT_PER_ARTICLE,
    types: options.types ?? ['multiple-choice', 'true-false', 'short-answer'],
    ...(options.skills ? { skills: options.skills } : {}),
    seed: options.seed ?? DEFAULT_SEED,
    onAnalysed: (done, total) => progress(`Analysing ${done}/${total}: ${sanitize(articles[done - 1]!.path)}`),
  });
  progress('');
  const title =
    options.title ?? `Questions on ${articles.length === 1 ? articles[0]!.title : count(articles.length, 'article')}`;
  const written = bankFiles(title, articles, generated.questions, basename(outDir));
  if (written.questions === 0) {
    // The report is what says why: it is printed even when no bank is written.
    if (options.report && !options.json)
      io.stdout.write(renderGenerateReport(generated.reports, styleFor(io.stdout, io).style));
    throw new CitequizError(
      'no-questions',
      `no question could be made from ${count(articles.length, 'article')}, so no bank was written; ${options.report ? 'the report above says' : '--report shows'} why each candidate was turned away`,
    );
  }
  for (const { article, reason } of written.dropped) warn(`left out ${sanitize(article)}: ${reason}`);
  const pathOf = new Map(articles.map((a) => [a.id, a.path]));
  for (const r of generated.reprints) {
    warn(
      `${sanitize(pathOf.get(r.dropped)!)} repeats ${sanitize(pathOf.get(r.kept)!)} (${r.repeated} of ${r.of} sentences): its questions come from ${sanitize(pathOf.get(r.kept)!)} only`,
    );
  }
  writeBankFolder(outDir, written.files, options.force ?? false, shownOut);
  const reprinted = new Set(generated.reprints.map((r) => r.dropped));
  for (const article of articles) {
    if (!written.perArticle.get(article.id) && !reprinted.has(article.id))
      warn(`no question could be made from ${sanitize(article.path)}`);
  }
  const summary = {
    bank: shownOut,
    articles: articles.map((a) => ({
      id: a.id,
      from: a.path,
      title: a.title,
      outlet: a.outlet ?? null,
      published: a.published ?? null,
      questions: written.perArticle.get(a.id) ?? 0,
    })),
    questions: written.questions,
    skipped: files.length - articles.length,
    reprints: generated.reprints,
    report: generated.reports,
  };
  if (options.json) writeJson(io, summary);
  else {
    if (options.report) io.stdout.write(renderGenerateReport(generated.reports, styleFor(io.stdout, io).style));
    io.stderr.write(
      `${style.good('✓')} Wrote ${shownOut}: ${count(written.questions, 'question')} on ${count(articles.length, 'article')}. Try it: citequiz quiz --bank ${shownOut}\n`,
    );
  }
  return 0;
}

/** A fact as the teacher gave it, or as found; `none` removes one found. */
function overridden<K extends 'outlet' | 'published'>(
  key: K,
  override: Override | undefined,
  found: string | undefined,
): { [P in K]?: string } {
  const value = override ? override.value : found;
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}
