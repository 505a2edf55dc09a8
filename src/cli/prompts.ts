import { CitequizError } from '../errors.js';
import type { Choice, Prompts } from './io.js';

/** How a choice question is set up in inquirer's select: the list does not wrap around. */
export const choiceConfig = (message: string, choices: readonly Choice[]) => ({
  message,
  choices: choices.map((c) => ({ name: c.name, value: c.value })),
  loop: false,
  pageSize: 8,
});

/** Short answers: an empty answer is allowed and counts as a miss. */
export const textConfig = (message: string) => ({ message });

/**
 * Prompts backed by inquirer, drawn on the output it is given (stderr, so that stdout carries only
 * the report). This is the only module that imports inquirer, and it loads it only when a quiz
 * first asks.
 */
export async function inquirerPrompts(streams: {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}): Promise<Prompts> {
  // The two prompts that @inquirer/prompts re-exports, imported directly: the whole collection
  // would load the editor prompt and its half-megabyte of text encodings before the first question.
  const [{ default: select }, { default: input }] = await Promise.all([
    import('@inquirer/select'),
    import('@inquirer/input'),
  ]);
  const context = { ...streams, clearPromptOnDone: false };
  return {
    choose: (message, choices) => interruptible(select(choiceConfig(message, choices), context)),
    text: (message) => interruptible(input(textConfig(message), context)),
  };
}

/** Ctrl+C inside a prompt rejects with ExitPromptError; to us it is an interruption, not a crash. */
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
