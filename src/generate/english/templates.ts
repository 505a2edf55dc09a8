// The English wording of every generated prompt. A question kind fills a template's slots with
// words taken from the article; the prompt is rendered from them only when the question is built,
// so that checks read the slots (what came from the article) instead of picking prompts apart.
import { SPEECH_TEMPLATES } from './speech.js';

type Slots = Readonly<Record<string, string>>;

interface Template {
  /** The prompt as a student reads it. */
  readonly render: (slots: Slots) => string;
  /** The part of the prompt taken from the article, without the template's own words. */
  readonly body: (slots: Slots) => string;
}

const slot = (slots: Slots, name: string): string => slots[name] ?? '';
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const TEMPLATES = {
  /** "Who killed four people on Westminster Bridge?": a question word and the clause it asks about. */
  wh: {
    render: (s) => `${slot(s, 'wh')} ${slot(s, 'clause')}?`,
    body: (s) => slot(s, 'clause'),
  },
  /** "According to Newsweek, how many people ...?" */
  'according-to': {
    render: (s) => `According to ${slot(s, 'source')}, ${slot(s, 'wh').toLowerCase()} ${slot(s, 'clause')}?`,
    body: (s) => `${slot(s, 'source')} ${slot(s, 'clause')}`,
  },
  blank: {
    render: (s) => `Fill in the blank: ${slot(s, 'before')}_____${slot(s, 'after')}`,
    body: (s) => `${slot(s, 'before')}_____${slot(s, 'after')}`,
  },
  /** A statement to judge true or false. */
  statement: {
    render: (s) => upperFirst(slot(s, 'statement')),
    body: (s) => slot(s, 'statement'),
  },
  'which-article': {
    render: (s) => `Which article reports that ${slot(s, 'statement')}?`,
    body: (s) => slot(s, 'statement'),
  },
  ...SPEECH_TEMPLATES,
} as const satisfies Record<string, Template>;

export type TemplateName = keyof typeof TEMPLATES;
