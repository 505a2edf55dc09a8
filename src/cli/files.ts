import { readFileSync, realpathSync, statSync } from 'node:fs';

export type FileProblem = 'missing' | 'not-a-file' | 'too-large' | 'unreadable';

export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(
    readonly problem: FileProblem,
    readonly detail?: string,
  ) {
    super(detail ?? problem);
  }
}

/**
 * A file's bytes, refusing folders, devices and (unless `pipes`) FIFOs, whose read would block
 * forever, and files over `maxBytes` before reading them. Every failure is a FileError, for the
 * caller to word in its own terms.
 */
export function readPlainFile(path: string, maxBytes: number, options: { pipes?: boolean } = {}): Buffer {
  try {
    const stat = statSync(path);
    if (!stat.isFile() && !(options.pipes && stat.isFIFO())) throw new FileError('not-a-file');
    if (stat.size > maxBytes) throw new FileError('too-large');
    return readFileSync(path);
  } catch (error) {
    throw asFileError(error);
  }
}

/** The path with every symlink resolved; a FileError when there is nothing there. */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    throw asFileError(error);
  }
}

function asFileError(error: unknown): FileError {
  if (error instanceof FileError) return error;
  const { code, message } = error as NodeJS.ErrnoException;
  return code === 'ENOENT' || code === 'ENOTDIR' ? new FileError('missing') : new FileError('unreadable', message);
}
