// How Moodle's GIFT import reads a file, modelled in TypeScript from its documented behaviour
// (Moodle's importer is PHP, which this machine does not have). Only what citequiz writes is
// modelled: comment lines, escapes, $CATEGORY, ::names::, the answer section and general feedback,
// format markers, weights, and how the question type is decided.

export interface MoodleGiftQuestion {
  readonly qtype: 'category' | 'multichoice' | 'truefalse' | 'shortanswer' | 'match' | 'essay' | 'numerical';
  readonly category?: string;
  readonly name?: string;
  readonly questiontext?: string;
  readonly generalfeedback?: string;
  /** multichoice: one answer may be chosen (there is a `=` answer). */
  readonly single?: boolean;
  readonly answers?: readonly { readonly text: string; readonly fraction: number }[];
  readonly correct?: boolean;
}

const ESCAPES: readonly [string, string][] = [
  ['\\:', ':'],
  ['\\#', '#'],
  ['\\=', '='],
  ['\\{', '{'],
  ['\\}', '}'],
  ['\\~', '~'],
  ['\\n', '\n'],
];
const placeholder = (i: number) => `\u0001${i}\u0001`;

/** Escaped characters are set aside before parsing (a doubled backslash first) and put back after. */
function setAside(text: string): string {
  let out = text.replace(/\\\\/g, '\u0002');
  ESCAPES.forEach(([escaped], i) => (out = out.split(escaped).join(placeholder(i))));
  return out.replace(/\u0002/g, '\\');
}
const putBack = (text: string): string =>
  ESCAPES.reduce((out, [, plain], i) => out.split(placeholder(i)).join(plain), text);

const FORMATS = new Set(['html', 'markdown', 'plain', 'moodle']);
/** A leading `[format]` is taken as the text's format and removed; anything else in brackets stays. */
function withoutFormat(text: string): string {
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    if (end > 0 && FORMATS.has(text.slice(1, end))) text = text.slice(end + 1);
  }
  return putBack(text).trim();
}

const WEIGHT = /^%-*([0-9]{1,2})\.?([0-9]*)%/;
function weighed(answer: string): { text: string; fraction: number } {
  const end = answer.indexOf('%', 1);
  return { fraction: Number(answer.slice(1, end)) / 100, text: answer.slice(end + 1) };
}
/** An answer's own feedback follows its first `#`. */
const answerText = (answer: string) => withoutFormat(answer.split('#')[0]!.trim());

export function readMoodleGift(file: string): MoodleGiftQuestion[] {
  const blocks: string[][] = [[]];
  for (const line of file.split(/\r?\n/)) {
    if (line.trim() === '') blocks.push([]);
    else blocks.at(-1)!.push(line.trim());
  }
  return blocks
    .map((lines) =>
      lines
        .map((line) => (line.startsWith('//') ? ' ' : line))
        .join('\n')
        .trim(),
    )
    .filter((text) => text !== '')
    .map(readQuestion);
}

function readQuestion(raw: string): MoodleGiftQuestion {
  let text = setAside(raw);
  if (text.startsWith('$CATEGORY:')) return { qtype: 'category', category: text.slice(10).trim() };
  let name: string | undefined;
  if (text.startsWith('::')) {
    const end = text.indexOf('::', 2);
    name = putBack(text.slice(2, end)).trim();
    text = text.slice(end + 2).trim();
  }
  const start = text.indexOf('{');
  const finish = text.indexOf('}');
  let answers = text.slice(start + 1, finish).trim();
  const questiontext = withoutFormat(text.slice(0, start));
  const feedbackAt = answers.lastIndexOf('####');
  let generalfeedback = '';
  if (feedbackAt >= 0) {
    generalfeedback = withoutFormat(answers.slice(feedbackAt + 4));
    answers = answers.slice(0, feedbackAt).trim();
  }
  const common = { ...(name === undefined ? {} : { name }), questiontext, generalfeedback };
  if (answers === '') return { qtype: 'essay', ...common };
  if (answers.startsWith('#')) return { qtype: 'numerical', ...common };
  if (answers.includes('~')) {
    const parts = answers
      .replace(/=/g, '~=')
      .split('~')
      .map((part) => part.trim());
    if (parts[0] === '') parts.shift();
    return {
      qtype: 'multichoice',
      ...common,
      single: answers.includes('='),
      answers: parts.map((part) => {
        if (part.startsWith('=')) return { text: answerText(part.slice(1)), fraction: 1 };
        if (WEIGHT.test(part)) {
          const { text: rest, fraction } = weighed(part);
          return { text: answerText(rest), fraction };
        }
        return { text: answerText(part), fraction: 0 };
      }),
    };
  }
  if (answers.includes('=') && answers.includes('->')) return { qtype: 'match', ...common };
  const truth = answers.split('#')[0]!.trim();
  if (['T', 'TRUE', 'F', 'FALSE'].includes(truth))
    return { qtype: 'truefalse', ...common, correct: truth.startsWith('T') };
  const parts = answers.split('=').map((part) => part.trim());
  if (parts[0] === '') parts.shift();
  return {
    qtype: 'shortanswer',
    ...common,
    answers: parts.map((part) => {
      if (WEIGHT.test(part)) {
        const { text: rest, fraction } = weighed(part);
        return { text: answerText(rest), fraction };
      }
      return { text: answerText(part), fraction: 1 };
    }),
  };
}

/**
 * Moodle's short-answer grading: the response, trimmed, against each answer whole, case ignored
 * (usecase 0), with `*` in an answer matching anything and `\*` a literal star.
 */
export function moodleMatches(response: string, answer: string): boolean {
  const pattern = answer
    .normalize('NFC')
    .split(/(?<!\\)\*+/)
    .map((bit) => bit.replace(/\\\*/g, '*').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`, 'iu').test(response.normalize('NFC').trim());
}
