import envPaths from 'env-paths';
import { resolve } from 'node:path';

/**
 * Where citequiz keeps what it remembers: CITEQUIZ_HOME when set (tests and portable installs),
 * else the user's data folder (XDG_DATA_HOME or ~/.local/share/citequiz on Linux).
 */
export function dataDir(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  if (env.CITEQUIZ_HOME) return resolve(cwd, env.CITEQUIZ_HOME);
  return envPaths('citequiz', { suffix: '' }).data;
}
