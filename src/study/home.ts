import envPaths from 'env-paths';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

const APP = 'citequiz';

/**
 * Where citequiz keeps what it remembers: CITEQUIZ_HOME when set (tests and portable installs),
 * else the user's data folder. env-paths knows each platform's layout but reads the real process
 * environment, which a command must not do behind its caller's back; so on Linux and the BSDs,
 * where the folder moves with XDG_DATA_HOME, that variable is taken from the injected `env`
 * (used only when absolute, as the XDG spec says). macOS has no variable for it.
 */
export function dataDir(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.CITEQUIZ_HOME) return resolve(cwd, env.CITEQUIZ_HOME);
  if (platform === 'darwin' || platform === 'win32') return envPaths(APP, { suffix: '' }).data;
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.local', 'share'), APP);
}
