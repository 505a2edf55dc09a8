import { TEMPLATES, type TemplateName } from './english/templates.js';

/** A prompt as a question kind drafts it: a template and the words from the article in its slots. */
export interface Prompt {
  readonly template: TemplateName;
  readonly slots: Readonly<Record<string, string>>;
}

export const prompt = (template: TemplateName, slots: Readonly<Record<string, string>>): Prompt => ({
  template,
  slots,
});

/** The prompt as a student reads it: with its article's title before it where a title was given. */
export const renderPrompt = (p: Prompt): string => {
  const template: { render: (s: Prompt['slots']) => string; situated?: (s: Prompt['slots']) => string } =
    TEMPLATES[p.template];
  return p.slots.title !== undefined && template.situated ? template.situated(p.slots) : template.render(p.slots);
};

/** Whether a template can name its article before the prompt. */
export const canSituate = (p: Prompt): boolean => 'situated' in TEMPLATES[p.template];

/** The prompt with its article's title before it. */
export const situate = (p: Prompt, title: string): Prompt => ({ ...p, slots: { ...p.slots, title } });

/** The words of the prompt that came from the article, without the template's own. */
export const promptBody = (p: Prompt): string => TEMPLATES[p.template].body(p.slots);

/** Whether the prompt names its article, which says which story it is about. */
export const namesArticle = (p: Prompt): boolean =>
  'namesArticle' in TEMPLATES[p.template] || p.slots.title !== undefined;
