import { ExitPromptError } from '@inquirer/core';
import input from '@inquirer/input';
import select from '@inquirer/select';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { choiceConfig, interruptible, textConfig } from '../../src/cli/prompts.js';

const choices = [
  { name: 'A. Paris', value: 'Paris' },
  { name: 'B. Nice', value: 'Nice' },
  { name: 'C. Berlin', value: 'Berlin' },
  { name: 'D. Rouen', value: 'Rouen' },
];

describe('the choice prompt', () => {
  it('shows every lettered choice and answers with the choice text', async () => {
    const { answer, events, getScreen } = await render(
      select,
      choiceConfig('2/10  Where did the truck attack happen?', choices),
    );
    expect(getScreen()).toContain('2/10  Where did the truck attack happen?');
    for (const c of choices) expect(getScreen()).toContain(c.name);
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Nice');
  });

  it('does not wrap from the last choice to the first', async () => {
    const { answer, events } = await render(select, choiceConfig('Q?', choices));
    for (let i = 0; i < 6; i++) events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Rouen');
  });
});

describe('the short-answer prompt', () => {
  it('returns what was typed', async () => {
    const { answer, events, getScreen } = await render(input, textConfig('3/10  Who was the police officer killed?'));
    events.type('Keith Palmer');
    expect(getScreen()).toContain('Keith Palmer');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Keith Palmer');
  });

  it('accepts an empty answer, which the quiz counts as a miss', async () => {
    const { answer, events } = await render(input, textConfig('Q?'));
    events.keypress('enter');
    await expect(answer).resolves.toBe('');
  });
});

describe('interruptible', () => {
  it('turns inquirer’s Ctrl+C error into an interruption', async () => {
    await expect(
      interruptible(Promise.reject(new ExitPromptError('User force closed the prompt with SIGINT'))),
    ).rejects.toMatchObject({ code: 'interrupted' });
  });

  it('lets other errors through', async () => {
    await expect(interruptible(Promise.reject(new TypeError('bug')))).rejects.toBeInstanceOf(TypeError);
  });
});
