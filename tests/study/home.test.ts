import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataDir } from '../../src/study/home.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('where the history lives', () => {
  it('is CITEQUIZ_HOME when set, relative to the working folder', () => {
    expect(dataDir({ CITEQUIZ_HOME: 'study' }, '/work/class', 'linux')).toBe('/work/class/study');
    expect(dataDir({ CITEQUIZ_HOME: '/srv/citequiz', XDG_DATA_HOME: '/data' }, '/work', 'linux')).toBe('/srv/citequiz');
  });

  it.each([
    [{ XDG_DATA_HOME: '/data' }, '/data/citequiz'],
    [{ XDG_DATA_HOME: 'relative/data' }, join(homedir(), '.local/share/citequiz')],
    [{}, join(homedir(), '.local/share/citequiz')],
  ])('on Linux follows XDG_DATA_HOME of the environment it is given: %j', (env, expected) => {
    expect(dataDir(env, '/work', 'linux')).toBe(expected);
  });

  it("never reads the real process's environment", () => {
    vi.stubEnv('CITEQUIZ_HOME', '/real/home');
    vi.stubEnv('XDG_DATA_HOME', '/real/data');
    expect(dataDir({}, '/work', 'linux')).toBe(join(homedir(), '.local/share/citequiz'));
    expect(dataDir({ XDG_DATA_HOME: '/given' }, '/work', 'freebsd')).toBe('/given/citequiz');
  });
});
