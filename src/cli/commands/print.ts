import {
  printDocuments,
  type PrintDocument,
  buildPrintJob,
  type PrintJob,
  type PrintFormat,
} from '../../print/index.js';
import { count } from '../../text/count.js';
import type { Paper } from '../../render/print/paper.js';
import { sanitize } from '../../text/sanitize.js';
import { readBankFolder, requireBank } from '../bank-folder.js';
import type { Io } from '../io.js';
import { checkTargets, outputFolder, writeAll, type OutputFile } from '../output-folder.js';
import { readPdfFonts } from '../pdf-fonts.js';
import { selectFor } from '../selection.js';
import type { PrintOptions } from './print.command.js';

type Render = (document: PrintDocument, job: PrintJob) => string | Uint8Array | Promise<Uint8Array>;

/** How each format renders, each loaded when asked for: the PDF library is large. */
const RENDERERS: Readonly<Record<PrintFormat, (paper: Paper) => Promise<Render>>> = {
  md: async () => (await import('../../render/print/markdown.js')).renderMarkdown,
  html: async (paper) => {
    const { renderHtml } = await import('../../render/print/html.js');
    return (document, job) => renderHtml(document, job, { paper });
  },
  pdf: async (paper) => {
    const { pdfRenderer } = await import('../../render/print/pdf.js');
    const render = await pdfRenderer(readPdfFonts(), { paper });
    return render;
  },
};

export async function printCommand(options: PrintOptions, io: Io): Promise<number> {
  const folder = outputFolder(options.out, io.cwd);
  const bank = requireBank(await readBankFolder(options.bank, io.cwd));
  const versions = options.versions ?? 1;
  // Several versions need a shuffle; a seed is made up and reported so the set can be reprinted.
  const seed = options.seed ?? (versions > 1 ? io.newSeed() : undefined);
  const picked = selectFor(bank, options, seed === undefined ? {} : { seed }, io).map((item) => item.question);
  const job = buildPrintJob(bank, {
    versions,
    questions: picked,
    ...(seed === undefined ? {} : { seed }),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.marks === undefined ? {} : { marks: options.marks === true ? 1 : options.marks }),
    byArticle: options.articles === true,
  });
  const documents = printDocuments(job, {
    key: options.key,
    articles: options.articles === true,
    teacher: options.teacher === true,
  });
  const named = documents.map((d) => ({ ...d, file: `${d.name}.${options.format}` }));
  const leftovers = checkTargets(
    folder,
    named.map((d) => d.file),
    options.force === true,
    options.out,
  );

  const render = await RENDERERS[options.format](options.paper);
  const files: OutputFile[] = [];
  for (const [index, { document, file }] of named.entries()) {
    if (io.stderr.isTTY) io.stderr.write(`\rPrinting ${index + 1} of ${named.length}: ${file}\u001b[K`);
    files.push({ name: file, content: await render(document, job) });
  }
  if (io.stderr.isTTY) io.stderr.write('\r\u001b[K');
  writeAll(folder, files, options.out, options.force === true);

  const shownOut = sanitize(options.out);
  for (const file of files) io.stdout.write(`${shownOut.replace(/\/+$/, '')}/${file.name}\n`);
  const questions = count(job.versions[0]!.questions.length, 'question');
  const replay = seed === undefined ? "in the bank's order" : `seed ${seed} (--seed ${seed} prints the same versions)`;
  io.stderr.write(
    `Printed ${count(job.versions.length, 'version')} of ${questions}, ${replay}: ${count(files.length, 'file')} in ${shownOut}\n`,
  );
  if (leftovers.length > 0)
    io.stderr.write(
      `Also in ${shownOut}, from an earlier print and not part of this one: ${leftovers.map(sanitize).join(', ')}\n`,
    );
  return 0;
}
