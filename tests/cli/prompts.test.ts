import { ExitPromptError } from '@inquirer/core';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { choicePrompt, textPrompt } from '../../src/cli/prompt-views.js';
import { interruptible, stopOnCtrlD } from '../../src/cli/prompts.js';
import { makeStyle } from '../../src/render/style.js';

const look = { style: makeStyle(false), width: 60 };
const choices = [
  { name: 'A. Paris', value: 'Paris', keys: ['a'] },
  { name: 'B. To hint that ISIS might also claim the London attack later on', value: 'Nice', keys: ['b'] },
  { name: 'C. Berlin', value: 'Berlin', keys: ['c'] },
  { name: 'D. Rouen', value: 'Rouen', keys: ['d'] },
];
const choose = (message = '2/10  Where did the truck attack happen?') =>
  render(stopOnCtrlD(choicePrompt), { message, choices, ...look });
const type = (message = '3/10  Who was the police officer killed?') =>
  render(stopOnCtrlD(textPrompt), { message, ...look });

describe('the choice prompt', () => {
  it('shows every lettered choice, wrapped on words under its text', async () => {
    const { answer, events, getScreen } = await choose();
    expect(getScreen()).toBe(
      [
        '? 2/10  Where did the truck attack happen?',
        '❯ A. Paris',
        '  B. To hint that ISIS might also claim the London attack',
        '     later on',
        '  C. Berlin',
        '  D. Rouen',
        '',
        '↑↓ or a letter to choose · Enter to answer',
      ].join('\n'),
    );
    events.keypress('enter'); // a prompt left open is closed with an error when the test ends
    await expect(answer).resolves.toBe('Paris');
  });

  it('wraps a long question on words, within the width', async () => {
    const { answer, events, getScreen } = await choose(
      'Retry the 3 you missed now? (not saved; no change to reviews) and a few words more',
    );
    const lines = getScreen().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '? Retry the 3 you missed now? (not saved; no change to',
      '  reviews) and a few words more',
    ]);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60);
    events.keypress('enter');
    await answer;
  });

  it('moves with the arrows, does not wrap round, and answers with the choice', async () => {
    const { answer, events } = await choose();
    for (let i = 0; i < 6; i++) events.keypress('down');
    events.keypress('up');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Berlin');
  });

  it.each([
    ['1 then 4, typed quickly', ['1', '4'], 'Rouen'],
    ['a digit past the choices', ['2', '9'], 'Nice'],
    ['a letter', ['c'], 'Berlin'],
    ['a capital letter', [{ name: 'b', shift: true }], 'Nice'],
  ])('picks by %s', async (_name, keys, expected) => {
    const { answer, events } = await choose();
    for (const key of keys) events.keypress(key);
    events.keypress('enter');
    await expect(answer).resolves.toBe(expected);
  });

  it('leaves the answer on a line of its own, with no mark before it is graded', async () => {
    const { answer, events, getScreen } = await choose('1/10  A question long enough to be wrapped by the quiz');
    events.keypress('b');
    events.keypress('enter');
    await answer;
    expect(getScreen()).toBe(
      [
        '· 1/10  A question long enough to be wrapped by the quiz',
        '  › B. To hint that ISIS might also claim the London attack',
        '    later on',
      ].join('\n'),
    );
    expect(getScreen()).not.toMatch(/[✔✓✗]/);
  });
});

describe('the short-answer prompt', () => {
  it('returns what was typed, and shows it under the question', async () => {
    const { answer, events, getScreen } = await type();
    events.type('Keith Palmer');
    expect(getScreen()).toBe('? 3/10  Who was the police officer killed?\n  › Keith Palmer');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Keith Palmer');
    expect(getScreen()).toBe('· 3/10  Who was the police officer killed?\n  › Keith Palmer');
  });

  it('accepts an empty answer, which the quiz counts as a miss', async () => {
    const { answer, events, getScreen } = await type();
    events.keypress('enter');
    await expect(answer).resolves.toBe('');
    expect(getScreen()).toContain('› (no answer)');
  });
});

describe('stopping a prompt', () => {
  it.each([
    ['the choice prompt', choose],
    ['the short-answer prompt', type],
  ])('Ctrl+D stops %s as an interruption, as Ctrl+C does', async (_name, open) => {
    const { answer, events } = await open();
    events.keypress({ name: 'd', ctrl: true });
    await expect(interruptible(answer)).rejects.toMatchObject({ code: 'interrupted' });
  });

  it('Ctrl+D stops a half-typed answer too', async () => {
    const { answer, events } = await type();
    events.type('Keith');
    events.keypress({ name: 'd', ctrl: true });
    await expect(interruptible(answer)).rejects.toMatchObject({ code: 'interrupted' });
  });

  it('turns inquirer’s Ctrl+C error into an interruption', async () => {
    await expect(
      interruptible(Promise.reject(new ExitPromptError('User force closed the prompt with SIGINT'))),
    ).rejects.toMatchObject({ code: 'interrupted' });
  });

  it('lets other errors through', async () => {
    await expect(interruptible(Promise.reject(new TypeError('bug')))).rejects.toBeInstanceOf(TypeError);
  });
});
