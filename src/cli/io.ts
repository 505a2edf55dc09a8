/** Where a command writes: stdout for data, stderr for messages and prompts (GUIDE §3). */
export interface Output {
  write(text: string): void;
  readonly isTTY: boolean;
  readonly columns?: number;
  /** A terminal's height. */
  readonly rows?: number;
}

export interface Choice {
  /** What the list shows, e.g. "B. Hyundai i40". */
  readonly name: string;
  readonly value: string;
  /** Letters that pick it at once, e.g. ["b"]; digits always pick by position. */
  readonly keys?: readonly string[];
}

/** The questions a command may ask; tests pass scripted answers, the CLI passes inquirer. */
export interface Prompts {
  choose(message: string, choices: readonly Choice[]): Promise<string>;
  text(message: string): Promise<string>;
}

/** Everything a command touches outside its arguments, so every command runs in a test. */
export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly stdinIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Loaded on first use: the prompt library is not needed by most commands. */
  prompts(): Promise<Prompts>;
  /** All of standard input, for `--answers -`. */
  readStdin(): string;
  /** A fresh seed when the user gives none, so every quiz can be replayed with --seed. */
  newSeed(): string;
  /** The time, for the study history and its schedule. */
  now(): Date;
  /**
   * Shows long text through the reader's pager ($PAGER, else less -R); false when none could be
   * started, and the caller writes the text itself.
   */
  pager?(text: string): Promise<boolean>;
}
