import { CitequizError } from '../errors.js';
import type { Style } from '../render/style.js';
import type { Prompts } from './io.js';

/**
 * What a prompt is given besides its view: where it reads and draws (stdin and stdout unless
 * given), and what stops it early.
 */
export interface PromptContext {
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  readonly signal?: AbortSignal;
}

type Prompt<View> = (view: View, context?: PromptContext) => Promise<string>;

/**
 * Ctrl+D stops a prompt as Ctrl+C does. Readline would take it for the end of input and close,
 * leaving the prompt to hang until the process ends with exit 0; so it is caught first (this
 * listener is on the input before readline's) and aborts the prompt.
 */
export const stopOnCtrlD =
  <View>(prompt: Prompt<View>): Prompt<View> =>
  async (view, context = {}) => {
    const input = context.input ?? process.stdin;
    const controller = new AbortController();
    const onKey = (_text: unknown, key: { name?: string; ctrl?: boolean } | undefined) => {
      if (key?.ctrl && key.name === 'd') controller.abort();
    };
    input.on('keypress', onKey);
    try {
      return await prompt(view, { ...context, signal: controller.signal });
    } finally {
      input.removeListener('keypress', onKey);
    }
  };

/**
 * Prompts drawn on the output they are given (stderr, so that stdout carries only the report).
 * This module and prompt-views.ts are the only ones that touch inquirer, and it is loaded only
 * when a command first asks.
 */
export async function inquirerPrompts(
  streams: PromptContext,
  look: () => { style: Style; width: number },
): Promise<Prompts> {
  const { choicePrompt, textPrompt } = await import('./prompt-views.js');
  const choose = stopOnCtrlD(choicePrompt);
  const text = stopOnCtrlD(textPrompt);
  return {
    choose: (message, choices) => interruptible(choose({ message, choices, ...look() }, streams)),
    text: (message) => interruptible(text({ message, ...look() }, streams)),
  };
}

/** Ctrl+C or Ctrl+D inside a prompt rejects it; to us that is an interruption, not a crash. */
export async function interruptible<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new CitequizError('interrupted', 'Interrupted.');
    }
    throw error;
  }
}
