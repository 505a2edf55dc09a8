import { createColors } from 'picocolors';

/** The few text styles the renderers use; plain when colour is off, so output stays readable. */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly good: (text: string) => string;
  readonly bad: (text: string) => string;
  readonly accent: (text: string) => string;
  /** The answer inside a quoted sentence: underlined in colour, «between guillemets» in plain text. */
  readonly mark: (text: string) => string;
}

export function makeStyle(colour: boolean): Style {
  const c = createColors(colour);
  return {
    bold: c.bold,
    dim: c.dim,
    good: c.green,
    bad: c.red,
    accent: c.cyan,
    mark: colour ? (text) => c.bold(c.underline(c.yellow(text))) : (text) => `«${text}»`,
  };
}

/** Colour only on a terminal, and never with NO_COLOR or TERM=dumb (docs/ARCHITECTURE.md, The terminal). */
export function wantsColour(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY;
}
