import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CitequizError } from '../../src/errors.js';
import type { Io, Prompts } from '../../src/cli/io.js';
import { ROOT } from '../helpers.js';

export const CTRL_C = Symbol('Ctrl+C');

interface FakeIoOptions {
  /** Whether stdin is a terminal; true by default only when answers are scripted. */
  readonly tty?: boolean;
  /** What the student types or picks, in order: a letter picks that choice. */
  readonly answers?: readonly (string | typeof CTRL_C)[];
  readonly env?: Record<string, string>;
  readonly cwd?: string;
  readonly stdin?: string;
  /** CITEQUIZ_HOME: where the study history goes; a fresh temporary folder unless given. */
  readonly home?: string;
  /** The clock; the real time unless given. */
  readonly now?: () => Date;
  /**
   * How the questions a session asks besides its own are answered: the "I was right" override
   * after a typed miss and the retry offered at the end. 'decline' (the default) answers no to
   * both without taking from `answers`, so a test of something else need not script them; they
   * are listed in `offered`. 'script' takes their answers from `answers` like any other.
   */
  readonly extras?: 'decline' | 'script';
}

/** The messages of the override and retry questions. */
const EXTRA = /^(Was your answer right after all\?|Retry )/;

/** A fresh CITEQUIZ_HOME, so that no test reads or writes the real history. */
export const tempHome = () => mkdtempSync(join(tmpdir(), 'citequiz-home-'));

/** An Io that records output and answers prompts from a script, so commands run without a terminal. */
export function fakeIo(options: FakeIoOptions = {}) {
  let stdout = '';
  let stderr = '';
  const asked: { message: string; choices: string[] }[] = [];
  const offered: string[] = [];
  const script = [...(options.answers ?? [])];
  const next = () => {
    const answer = script.shift();
    if (answer === CTRL_C) throw new CitequizError('interrupted', 'Interrupted.');
    if (answer === undefined) throw new Error('the test ran out of scripted answers');
    return answer;
  };
  const prompts: Prompts = {
    choose: async (message, choices) => {
      if (options.extras !== 'script' && EXTRA.test(message)) {
        offered.push(message);
        return choices.find((c) => c.keys?.includes('n'))!.value;
      }
      asked.push({ message, choices: choices.map((c) => c.name) });
      const answer = next();
      const letter = 'ABCDEF'.indexOf(answer);
      if (answer.length !== 1 || letter < 0) return answer;
      const choice = choices[letter];
      if (!choice)
        throw new Error(`the test picked ${answer} but the prompt "${message}" has ${choices.length} choices`);
      return choice.value;
    },
    text: async (message) => {
      asked.push({ message, choices: [] });
      return next();
    },
  };
  const io: Io = {
    stdout: { write: (text) => void (stdout += text), isTTY: false },
    stderr: { write: (text) => void (stderr += text), isTTY: false },
    stdinIsTTY: options.tty ?? options.answers !== undefined,
    env: { CITEQUIZ_HOME: options.home ?? tempHome(), ...options.env },
    cwd: options.cwd ?? ROOT,
    prompts: async () => prompts,
    readStdin: () => options.stdin ?? '',
    newSeed: () => '12345',
    now: options.now ?? (() => new Date()),
  };
  return { io, stdout: () => stdout, stderr: () => stderr, asked, offered };
}
