import { spawn } from 'node:child_process';

/**
 * Pipes `text` through the reader's pager: $PAGER as the shell reads it, else `less -R` (which
 * keeps colour). Resolves false when no pager could be started, so the caller writes the text
 * itself; an empty PAGER or `cat` means no pager.
 */
export function runPager(text: string, env: Readonly<Record<string, string | undefined>>): Promise<boolean> {
  const chosen = env.PAGER?.trim();
  if (chosen === '' || chosen === 'cat') return Promise.resolve(false);
  // less: -R shows colour, and with LESS unset, -F quits at once for text that fits and -X
  // leaves it on the screen afterwards, as git does.
  const child =
    chosen === undefined
      ? spawn('less', ['-R'], { stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...env } })
      : spawn(chosen, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...env } });
  return new Promise((resolve) => {
    child.on('error', () => resolve(false)); // no such program
    // A reader who quits before the end closes the pipe: that is not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(text);
    // 127: the shell found no such command.
    child.on('close', (code) => resolve(code !== 127));
  });
}
