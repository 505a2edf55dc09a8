import { unzipSync } from 'fflate';
import {
  explanationOf,
  htmlToText,
  ImportSyntaxError,
  promptStart,
  type ImportedQuestion,
  type ParsedFile,
  type QuestionFile,
  type SkippedQuestion,
} from './types.js';
import { elementLines, readXml, textOf } from './xml.js';

type Node = Record<string, unknown>;

const LISTS = [
  'item',
  'section',
  'response_label',
  'respcondition',
  'varequal',
  'qtimetadatafield',
  'mattext',
  'material',
  'resource',
  'itemfeedback',
];

/** QTI 1.2 as Canvas writes it (and citequiz exports it): a zip whose manifest names assessment XML files, or one such file. */
export function parseQtiFile(file: QuestionFile): ParsedFile {
  const bytes = file.bytes;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return parseAssessment(file.text(), '');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new ImportSyntaxError(`not a readable zip file: ${(error as Error).message}`);
  }
  const decode = (path: string) => new TextDecoder().decode(files[path]);
  const manifest = files['imsmanifest.xml'];
  const paths = manifest
    ? qtiResources(readXml(decode('imsmanifest.xml'), LISTS, 'imsmanifest.xml: ')).filter((p) => files[p])
    : Object.keys(files).filter((p) => p.endsWith('.xml') && /<questestinterop[\s>]/.test(decode(p)));
  if (paths.length === 0)
    throw new ImportSyntaxError('no QTI assessment in the zip (expected one named by imsmanifest.xml)');
  const parts = paths.map((path) => parseAssessment(decode(path), `${path}: `));
  return { questions: parts.flatMap((p) => p.questions), skipped: parts.flatMap((p) => p.skipped) };
}

function qtiResources(manifest: unknown): string[] {
  const resources = ((manifest as Node).manifest as Node | undefined)?.resources as Node | undefined;
  return ((resources?.resource as Node[] | undefined) ?? [])
    .filter((r) => textOf(r.type).startsWith('imsqti'))
    .flatMap((r) => {
      const href = r.href ?? (r.file as Node | undefined)?.href;
      return href === undefined ? [] : [textOf(href)];
    });
}

function parseAssessment(text: string, shownPath: string): ParsedFile {
  const root = readXml(text, LISTS, shownPath) as Node;
  const top = root.questestinterop as Node | undefined;
  if (top === undefined) throw new ImportSyntaxError(`${shownPath}not QTI: expected a <questestinterop> element`, 1);
  const items: Node[] = [];
  const collect = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === 'item') items.push(...(value as Node[]));
      else if (key === 'assessment' || key === 'section' || Array.isArray(value)) [value].flat().forEach(collect);
    }
  };
  collect(top);
  const lines = elementLines(text.replace(/^\uFEFF/, ''), 'item');
  const questions: ImportedQuestion[] = [];
  const skipped: SkippedQuestion[] = [];
  items.forEach((item, i) => {
    const line = lines[i];
    const result = readItem(item);
    if ('reason' in result) skipped.push({ where: `${shownPath}line ${line ?? '?'}`, reason: result.reason });
    else questions.push({ ...result, ...(line === undefined ? {} : { line }) });
  });
  return { questions, skipped };
}

/** The text of a `<material>`: its `<mattext>`s, HTML made plain. */
function materialText(material: unknown): string {
  const texts = [material].flat().flatMap((m) => ((m as Node | undefined)?.mattext as Node[] | undefined) ?? []);
  return texts
    .map((t) => {
      const value = textOf(t);
      return textOf(t.texttype) === 'text/html' ? htmlToText(value) : value.trim();
    })
    .join('\n')
    .trim();
}

function readItem(item: Node): Omit<ImportedQuestion, 'line'> | { reason: string } {
  const fields =
    (((item.itemmetadata as Node | undefined)?.qtimetadata as Node | undefined)?.qtimetadatafield as
      Node[] | undefined) ?? [];
  const type = textOf(fields.find((f) => textOf(f.fieldlabel) === 'question_type')?.fieldentry);
  const presentation = (item.presentation as Node | undefined) ?? {};
  const prompt = materialText(presentation.material);
  if (prompt === '') throw new ImportSyntaxError(`the item "${textOf(item.title ?? item.ident)}" has no question text`);
  const labels = (
    (((presentation.response_lid as Node | undefined)?.render_choice as Node | undefined)?.response_label as
      Node[] | undefined) ?? []
  ).map((l) => ({ ident: textOf(l.ident), text: materialText(l.material) }));
  const scoring = (((item.resprocessing as Node | undefined)?.respcondition as Node[] | undefined) ?? []).filter(
    (c) => Number(textOf((c.setvar as Node | undefined) ?? '')) > 0,
  );
  const right = scoring
    .flatMap((c) => ((c.conditionvar as Node | undefined)?.varequal as unknown[] | undefined) ?? [])
    .map(textOf);
  const feedback = ((item.itemfeedback as Node[] | undefined) ?? []).map((f) =>
    materialText(((f.flow_mat as Node | undefined) ?? f).material),
  );
  const explanation = explanationOf(feedback.join('\n'));
  const common = { prompt, accept: [], ...(explanation ? { explanation } : {}) };
  switch (type) {
    case 'multiple_choice_question':
    case 'true_false_question': {
      const chosen = labels.filter((l) => right.includes(l.ident));
      if (chosen.length !== 1) return { reason: `has ${chosen.length} right answers; a citequiz question has one` };
      if (type === 'true_false_question')
        return { ...common, type: 'true-false', choices: [], answer: /^true$/i.test(chosen[0]!.text) };
      return { ...common, type: 'multiple-choice', choices: labels.map((l) => l.text), answer: chosen[0]!.text };
    }
    case 'short_answer_question':
    case 'numerical_question': {
      const answers = right.map((a) => a.trim()).filter(Boolean);
      if (answers.length === 0) return { reason: `${promptStart(prompt)} has no right answer` };
      return { ...common, type: 'short-answer', choices: [], answer: answers[0]!, accept: answers.slice(1) };
    }
    default:
      return {
        reason: `is a ${type.replace(/_question$/, '').replace(/_/g, ' ') || 'untyped'} question, which citequiz does not have`,
      };
  }
}
