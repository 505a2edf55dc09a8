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
  /** Whether the prompt names its article (by title), which says which story it is about. */
  readonly namesArticle?: true;
  /**
   * The prompt with its article's title (the `title` slot) before it, for a prompt whose own
   * words name nothing that says which story it is about.
   */
  readonly situated?: (slots: Slots) => string;
}

const slot = (slots: Slots, name: string): string => slots[name] ?? '';
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const TEMPLATES = {
  /** "Who killed four people on Westminster Bridge?": a question word and the clause it asks about. */
  wh: {
    render: (s) => `${slot(s, 'wh')} ${slot(s, 'clause')}?`,
    body: (s) => slot(s, 'clause'),
    situated: (s) => `In “${slot(s, 'title')}”, ${slot(s, 'wh').toLowerCase()} ${slot(s, 'clause')}?`,
  },
  /** "According to Newsweek, how many people ...?" */
  'according-to': {
    render: (s) => `According to ${slot(s, 'source')}, ${slot(s, 'wh').toLowerCase()} ${slot(s, 'clause')}?`,
    // The source is an article, or an outlet only one article of the bank is from: it names the
    // story, and a title's own words ("the group") are no pronoun to resolve.
    body: (s) => slot(s, 'clause'),
    namesArticle: true,
  },
  blank: {
    render: (s) => `Fill in the blank: ${slot(s, 'before')}_____${slot(s, 'after')}`,
    body: (s) => `${slot(s, 'before')}_____${slot(s, 'after')}`,
    situated: (s) => `Fill in the blank, from “${slot(s, 'title')}”: ${slot(s, 'before')}_____${slot(s, 'after')}`,
  },
  /** A statement to judge true or false. */
  statement: {
    render: (s) => upperFirst(slot(s, 'statement')),
    body: (s) => slot(s, 'statement'),
    situated: (s) => `From “${slot(s, 'title')}”: ${upperFirst(slot(s, 'statement'))}`,
  },
  'which-article': {
    render: (s) => `Which article reports that ${slot(s, 'statement')}?`,
    body: (s) => slot(s, 'statement'),
  },
  /** "Why was Mr Galloway expelled from the Labour party?": the effect in question order. */
  why: {
    render: (s) => `Why ${slot(s, 'clause')}?`,
    body: (s) => slot(s, 'clause'),
    situated: (s) => `In “${slot(s, 'title')}”, why ${slot(s, 'clause')}?`,
  },
  /** "What has hit shares across Asia and Europe?": the cause asked for as the subject. */
  'what-caused': {
    render: (s) => `What ${slot(s, 'clause')}?`,
    body: (s) => slot(s, 'clause'),
    situated: (s) => `In “${slot(s, 'title')}”, what ${slot(s, 'clause')}?`,
  },
  /** "What did Yukos do in an attempt to halt the forced sale?": what a reason made someone do. */
  'result-action': {
    render: (s) => `What ${slot(s, 'auxiliary')} ${slot(s, 'subject')} ${slot(s, 'verb')} ${slot(s, 'reason')}?`,
    body: (s) => `What ${slot(s, 'auxiliary')} ${slot(s, 'subject')} ${slot(s, 'verb')} ${slot(s, 'reason')}`,
  },
  /** "What happened to Mr Galloway because of his staunch opposition to the war on Iraq?" */
  'result-event': {
    render: (s) => `What happened to ${slot(s, 'subject')} ${slot(s, 'reason')}?`,
    body: (s) => `What happened to ${slot(s, 'subject')} ${slot(s, 'reason')}`,
  },
  /** "What happened to shares in Borussia Dortmund during early afternoon trading?" */
  'what-happened': {
    render: (s) => `What ${slot(s, 'tense')} to ${slot(s, 'subject')}${slot(s, 'when') && ` ${slot(s, 'when')}`}?`,
    // The whole question: the subject's name opens no sentence here, and the question is no
    // shorter than it reads.
    body: (s) => `What ${slot(s, 'tense')} to ${slot(s, 'subject')} ${slot(s, 'when')}`.trim(),
    situated: (s) =>
      `In “${slot(s, 'title')}”, what ${slot(s, 'tense')} to ${slot(s, 'subject')}${slot(s, 'when') && ` ${slot(s, 'when')}`}?`,
  },
  /** "How did Estmark's economic growth in the third quarter compare with the 0.6% forecast?" */
  'compared-with': {
    render: (s) =>
      `How ${slot(s, 'auxiliary')} ${slot(s, 'subject')}${slot(s, 'when') && ` ${slot(s, 'when')}`} compare with ${slot(s, 'standard')}?`,
    body: (s) =>
      `How ${slot(s, 'auxiliary')} ${slot(s, 'subject')}${slot(s, 'when') && ` ${slot(s, 'when')}`} compare with ${slot(s, 'standard')}`,
    situated: (s) =>
      `In “${slot(s, 'title')}”, how ${slot(s, 'auxiliary')} ${slot(s, 'subject')}${slot(s, 'when') && ` ${slot(s, 'when')}`} compare with ${slot(s, 'standard')}?`,
  },
  /** Which of the reports on a story gives the highest of the figures they differ on. */
  'highest-figure': {
    render: (s) => `The reports give different figures for how many ${slot(s, 'clause')}. Which gives the highest?`,
    body: (s) => slot(s, 'clause'),
    // Its choices are the reports, by title: they say which story it is about.
    namesArticle: true,
  },
  /** How a figure changed between a story's earlier and later report. */
  'figure-change': {
    render: (s) =>
      `${slot(s, 'earlier')} and the later ${slot(s, 'later')} give different figures for how many ${slot(s, 'clause')}. How did the figure change?`,
    body: (s) => slot(s, 'clause'),
    namesArticle: true,
  },
  /** Which two of the reports on a story both make a statement. */
  'both-report': {
    render: (s) => `Which two reports both say that ${slot(s, 'statement')}?`,
    body: (s) => slot(s, 'statement'),
  },
  /** What one report of a story says that another does not. */
  'article-adds': {
    render: (s) => `Which of these does ${slot(s, 'article')} report that ${slot(s, 'other')} does not?`,
    body: (s) => `${slot(s, 'article')} ${slot(s, 'other')}`,
    namesArticle: true,
  },
  /** What an earlier report says had not happened, and a later one says had. */
  'story-update': {
    render: (s) =>
      `According to ${slot(s, 'earlier')}, “${slot(s, 'before')}”; according to ${slot(s, 'later')}, published later, “${slot(s, 'after')}”. What best explains the difference?`,
    body: (s) => `${slot(s, 'before')} ${slot(s, 'after')}`,
    namesArticle: true,
  },
  'main-idea': {
    render: (s) => `Which of these best sums up the main point of “${slot(s, 'title')}”?`,
    body: (s) => slot(s, 'title'),
    namesArticle: true,
  },
  /**
   * A word's meaning in its sentence, which is quoted so that the question can be answered where
   * it is read. The quotation is the question's citation, not a statement the question makes: a
   * "he" inside it needs no referent, so only the word and the title count as its content.
   */
  vocabulary: {
    render: (s) =>
      `Paragraph ${slot(s, 'paragraph')} of “${slot(s, 'title')}” says: “${slot(s, 'excerpt')}” As used there, what does “${slot(s, 'word')}” most nearly mean?`,
    body: (s) => `${slot(s, 'word')} ${slot(s, 'title')}`,
  },
  ...SPEECH_TEMPLATES,
} as const satisfies Record<string, Template>;

export type TemplateName = keyof typeof TEMPLATES;
