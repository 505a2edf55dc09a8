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

/** The prompt as a student reads it. */
export const renderPrompt = (p: Prompt): string => TEMPLATES[p.template].render(p.slots);

/** The words of the prompt that came from the article, without the template's own. */
export const promptBody = (p: Prompt): string => TEMPLATES[p.template].body(p.slots);
