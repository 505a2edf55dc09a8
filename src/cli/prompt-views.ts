// The quiz's two prompts, drawn with @inquirer/core: a list to choose from and a line to type in.
// Written here rather than taken from @inquirer/select and @inquirer/input because those wrap long
// choices and answers mid-word, print the answer on the end of the question's last line, mark
// every answer with a green tick before it is graded, and read "1" then "4" typed quickly as 14.
// Loaded only when a command first asks something.
import { createPrompt, isDownKey, isEnterKey, isUpKey, useKeypress, useState } from '@inquirer/core';
import type { Style } from '../render/style.js';
import { wrapIndented } from '../render/wrap.js';
import type { Choice } from './io.js';

interface Look {
  readonly style: Style;
  /** Columns to wrap to. */
  readonly width: number;
}

export interface ChoiceView extends Look {
  /** The question, wrapped here on words after the "? " mark. */
  readonly message: string;
  readonly choices: readonly Choice[];
}

export interface TextView extends Look {
  readonly message: string;
}

/** "A. " before a choice: its wrapped lines hang under the text after it. */
const LETTERED = /^[A-Z]\. /;

/** The choice a key picks: a digit counts from 1, a letter is the choice's own key ("b" for B. ...). */
function pickedBy(key: string | undefined, choices: readonly Choice[]): number | undefined {
  if (key === undefined) return undefined;
  if (/^[1-9]$/.test(key)) return Number(key) <= choices.length ? Number(key) - 1 : undefined;
  const index = choices.findIndex((choice) => choice.keys?.includes(key));
  return index >= 0 ? index : undefined;
}

/** A choice's lines, wrapped on words, marked by the cursor when it is the active one. */
function choiceLines(choice: Choice, active: boolean, { style, width }: Look): string {
  const hang = ' '.repeat(LETTERED.exec(choice.name)?.[0].length ?? 0);
  const lines = wrapIndented(choice.name, width - 2, hang, '').split('\n');
  const cursor = active ? style.accent('❯') : ' ';
  return lines.map((line, i) => `${i === 0 ? cursor : ' '} ${active ? style.accent(line) : line}`).join('\n');
}

/** The question after its mark, wrapped on words: the terminal would break a long one mid-word. */
const question = (mark: string, message: string, { width }: Look): string =>
  `${mark} ${wrapIndented(message, width - 2, '  ', '')}`;

/** The question once answered: the answer on a line of its own under it, with no verdict yet. */
const answered = (message: string, answer: string, look: Look): string =>
  `${question(look.style.dim('·'), message, look)}\n${wrapIndented(answer, look.width, '    ', `  ${look.style.dim('›')} `)}`;

export const choicePrompt = createPrompt<string, ChoiceView>((view, done) => {
  const { choices, style } = view;
  const [active, setActive] = useState(0);
  const [finished, setFinished] = useState(false);
  useKeypress((key, rl) => {
    if (isEnterKey(key)) {
      setFinished(true);
      done(choices[active]!.value);
      return;
    }
    if (isUpKey(key)) setActive(Math.max(0, active - 1));
    else if (isDownKey(key)) setActive(Math.min(choices.length - 1, active + 1));
    else setActive(pickedBy(key.name, choices) ?? active);
    // Each key is a choice of its own, never part of a typed line: "1" then "4" is the fourth.
    rl.clearLine(0);
  });
  if (finished) return answered(view.message, choices[active]!.name, view);
  const keys = choices.some((choice) => choice.keys?.length) ? '↑↓ or a letter' : '↑↓';
  return [
    question(style.accent('?'), view.message, view),
    ...choices.map((choice, i) => choiceLines(choice, i === active, view)),
    '',
    style.dim(`${keys} to choose · Enter to answer`),
  ].join('\n');
});

export const textPrompt = createPrompt<string, TextView>((view, done) => {
  const { style } = view;
  const [line, setLine] = useState('');
  const [finished, setFinished] = useState(false);
  useKeypress((key, rl) => {
    // Readline has emptied its line by the time Enter reaches here: the answer is the line kept.
    if (isEnterKey(key)) {
      setFinished(true);
      done(line);
    } else setLine(rl.line);
  });
  if (finished) return answered(view.message, line === '' ? style.dim('(no answer)') : line, view);
  // The line being typed is last: readline keeps the cursor at its end.
  return `${question(style.accent('?'), view.message, view)}\n  ${style.accent('›')} ${line}`;
});
