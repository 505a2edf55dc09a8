import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFile } from './qti.js';

// A fixed date in every entry: the same bank gives the same bytes, whenever it is exported.
const MTIME = new Date(1980, 0, 1);

export function zipFiles(files: readonly ExportFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[file.path] = strToU8(file.text);
  return zipSync(entries, { level: 6, mtime: MTIME });
}
