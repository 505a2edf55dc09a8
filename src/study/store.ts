// The one module that touches the history on disk. The history of a bank is an append-only file
// of JSON lines: each record is appended whole with a single write to a file opened O_APPEND and
// flushed with fsync, so a process killed at any moment loses at most the record it was writing,
// and two processes appending at once interleave whole lines. Nothing here ever rewrites the file:
// a corrupt line is skipped when reading and left where it is.
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { TargetExistsError, writeFilesAtomically } from '../files/atomic.js';
import { encodeRecord, parseRecord, type HistoryRecord } from './records.js';

const NEWLINE = 0x0a;
const TAIL_CHUNK = 64 * 1024;
/** Longer than any record by far: a longer line is garbage, skipped without being read whole. */
const MAX_LINE = 16 * 1024 * 1024;
/** Bytes before a snapshot's offset that must still be there for the snapshot to apply. */
const SNAPSHOT_CHECK_BYTES = 64;

export interface HistoryReading {
  /** Good records in file order. */
  readonly records: readonly HistoryRecord[];
  /** Whole lines that are not records: garbage, another version, half a record followed by more. */
  readonly skipped: number;
  /** The file ends in half a line: a record cut short by a process killed while writing it. */
  readonly cutShort: boolean;
  /** Byte offset just past the last whole line read. */
  readonly end: number;
}

/** A derived summary saved beside the history so that it need not be recomputed from the start. */
export interface Snapshot<T> {
  /** The history's bytes up to here are summarised in `data`. */
  readonly offset: number;
  readonly data: T;
}

export interface HistoryStore {
  /** The history file, for messages. */
  readonly file: string;
  /** Appends one record and flushes it to disk before returning. */
  append(record: HistoryRecord): void;
  /** The records from byte `offset` to the end. */
  read(offset?: number): HistoryReading;
  /** Records from the end backwards until `found` matches one (or the start); in file order. */
  readBackTo(found: (record: HistoryRecord) => boolean): HistoryReading;
  loadSnapshot<T>(): Snapshot<T> | undefined;
  /** Best effort: a snapshot is only a shortcut, and losing one loses nothing. */
  saveSnapshot<T>(snapshot: Snapshot<T>): void;
  /** Deletes the history; false when there was none. */
  clear(): boolean;
  /** The history's size in bytes; 0 when there is none. */
  size(): number;
  /**
   * Marks a session as being taken by this process until `release` (or until the process ends):
   * none when another live process holds it. A session held is never offered for resuming.
   */
  holdSession(session: string): { release(): void } | undefined;
  /** The sessions other live processes hold, with the process id of each. */
  liveSessions(): ReadonlyMap<string, number>;
}

export class HistoryIoError extends Error {
  override readonly name = 'HistoryIoError';
  constructor(
    readonly file: string,
    readonly operation: 'read' | 'write' | 'delete',
    cause: unknown,
  ) {
    super((cause as Error).message);
  }
}

/** A bank id is a folder name: keep it readable, but never let it leave the history folder. */
const fileNameFor = (bankId: string) => encodeURIComponent(bankId).replace(/^\./, '%2E') || '%00';

export function openHistory(dir: string, bankId: string): HistoryStore {
  const folder = join(dir, 'history');
  const file = join(folder, `${fileNameFor(bankId)}.jsonl`);
  const snapshotFile = join(folder, `${fileNameFor(bankId)}.summary.json`);
  return {
    file,
    append: (record) => guarded(file, 'write', () => appendLine(folder, file, encodeRecord(record))),
    read: (offset = 0) => guarded(file, 'read', () => readFrom(file, offset)),
    readBackTo: (found) => guarded(file, 'read', () => readBack(file, found)),
    loadSnapshot: <T>() => loadSnapshot<T>(file, snapshotFile),
    size: () => (exists(file) ? statSync(file).size : 0),
    holdSession: (session) => guarded(file, 'write', () => holdSession(folder, `${fileNameFor(bankId)}.`, session)),
    liveSessions: () => guarded(file, 'read', () => liveSessions(folder, `${fileNameFor(bankId)}.`)),
    saveSnapshot: (snapshot) => saveSnapshot(file, snapshotFile, snapshot),
    clear: () =>
      guarded(file, 'delete', () => {
        rmSync(snapshotFile, { force: true });
        const existed = exists(file);
        rmSync(file, { force: true });
        return existed;
      }),
  };
}

function guarded<T>(file: string, operation: HistoryIoError['operation'], run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new HistoryIoError(file, operation, error);
  }
}

function appendLine(folder: string, file: string, line: string): void {
  mkdirSync(folder, { recursive: true });
  const fd = openSync(file, 'a+');
  try {
    refuseFifo(fd);
    let bytes = Buffer.from(line);
    // A process killed mid-write leaves half a line; start on a fresh line so that this record
    // does not become part of that garbage.
    const size = fstatSync(fd).size;
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== NEWLINE) bytes = Buffer.concat([Buffer.from('\n'), bytes]);
    }
    // One write call holds the whole record; the loop only guards against a short write.
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function readFrom(file: string, offset: number): HistoryReading {
  let bytes: Buffer;
  try {
    bytes = readRange(file, offset);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], skipped: 0, cutShort: false, end: 0 };
    throw error;
  }
  const whole = bytes.lastIndexOf(NEWLINE) + 1;
  const { records, skipped } = parseLines(bytes.toString('utf8', 0, whole).split('\n'));
  // Half a line at the very end is left unread, so that a snapshot taken now does not claim it.
  return { records, skipped, cutShort: whole < bytes.length, end: offset + whole };
}

/** Opens a file for reading, refusing a FIFO: opening one without O_NONBLOCK already waits for a writer. */
function openToRead(file: string): number {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as a number, but absent on Windows
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    refuseFifo(fd);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return fd;
}

/** A FIFO blocks a read until some writer comes, and a write until some reader does. */
function refuseFifo(fd: number): void {
  if (fstatSync(fd).isFIFO()) throw new Error('it is a named pipe (FIFO), not a file');
}

function readRange(file: string, offset: number): Buffer {
  const fd = openToRead(file);
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.alloc(Math.max(0, size - offset));
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, offset + read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function parseLines(lines: readonly string[]): { records: HistoryRecord[]; skipped: number } {
  const records: HistoryRecord[] = [];
  let skipped = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const record = line.length > MAX_LINE ? undefined : parseRecord(line);
    if (record) records.push(record);
    else skipped++;
  }
  return { records, skipped };
}

/**
 * Reads chunks from the end: a quiz starting up needs only its last session, not years of history.
 * A line that runs across chunks is kept as a list of them and joined once it is whole; past
 * MAX_LINE its chunks are let go and it is counted as skipped, so a 100 MB line of garbage costs
 * one pass and no memory.
 */
function readBack(file: string, found: (record: HistoryRecord) => boolean): HistoryReading {
  let fd: number;
  try {
    fd = openToRead(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], skipped: 0, cutShort: false, end: 0 };
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    const newestFirst: HistoryRecord[] = [];
    let skipped = 0;
    let position = size;
    let carry: Buffer[] = []; // the end of a line whose beginning is further back, in file order
    let carried = 0;
    let overlong = false; // that line is past MAX_LINE: its chunks are dropped
    while (position > 0) {
      const length = Math.min(TAIL_CHUNK, position);
      position -= length;
      const chunk = Buffer.alloc(length);
      readSync(fd, chunk, 0, length, position);
      const newline = chunk.indexOf(NEWLINE);
      if (position > 0 && newline < 0) {
        carried += length;
        overlong ||= carried > MAX_LINE;
        carry = overlong ? [] : [chunk, ...carry];
        continue;
      }
      // chunk = [end of an earlier line][newline][whole lines][start of the carried line]
      const first = position === 0 ? 0 : newline + 1;
      const lines = chunk.subarray(first);
      const last = lines.lastIndexOf(NEWLINE) + 1;
      const open = overlong ? undefined : Buffer.concat([lines.subarray(last), ...carry]).toString('utf8');
      const newest = [open, ...lines.toString('utf8', 0, last).split('\n').reverse()];
      carry = [chunk.subarray(0, first)];
      carried = first;
      overlong = false;
      for (const line of newest) {
        if (line !== undefined && line.trim() === '') continue;
        const record = line === undefined || line.length > MAX_LINE ? undefined : parseRecord(line);
        if (!record) {
          skipped++;
          continue;
        }
        newestFirst.push(record);
        if (found(record)) return { records: newestFirst.reverse(), skipped, cutShort: false, end: size };
      }
    }
    return { records: newestFirst.reverse(), skipped, cutShort: false, end: size };
  } finally {
    closeSync(fd);
  }
}

interface SnapshotFile<T> extends Snapshot<T> {
  /** The bytes just before `offset`, base64: a history cleared and written again will differ. */
  readonly check: string;
}

function loadSnapshot<T>(file: string, snapshotFile: string): Snapshot<T> | undefined {
  try {
    const saved = JSON.parse(readRange(snapshotFile, 0).toString('utf8')) as SnapshotFile<T>;
    if (!Number.isInteger(saved.offset) || saved.offset <= 0 || typeof saved.check !== 'string') return undefined;
    if (statSync(file).size < saved.offset) return undefined;
    if (checkBytes(file, saved.offset) !== saved.check) return undefined;
    return { offset: saved.offset, data: saved.data };
  } catch {
    return undefined; // none yet, or unreadable: the history itself is the truth
  }
}

function saveSnapshot<T>(file: string, snapshotFile: string, snapshot: Snapshot<T>): void {
  try {
    const content: SnapshotFile<T> = { ...snapshot, check: checkBytes(file, snapshot.offset) };
    // Whole or not at all, so a reader never sees half a snapshot.
    writeFilesAtomically(dirname(snapshotFile), [{ name: basename(snapshotFile), content: JSON.stringify(content) }], {
      replace: true,
    });
  } catch {
    // A read-only folder costs speed, not data.
  }
}

function checkBytes(file: string, offset: number): string {
  const start = Math.max(0, offset - SNAPSHOT_CHECK_BYTES);
  const fd = openToRead(file);
  try {
    const bytes = Buffer.alloc(offset - start);
    readSync(fd, bytes, 0, bytes.length, start);
    return bytes.toString('base64');
  } finally {
    closeSync(fd);
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

// A session being taken has a lock file beside the history, `<bank>.<session>.lock`, made with
// O_EXCL so that two processes cannot both take one; it names the process and its machine. A
// process killed without removing it leaves a lock whose process is gone: that one is stale.
const LOCK = '.lock';
/** How long a lock from another machine (a shared home folder) counts, as its process cannot be asked. */
const FOREIGN_LOCK_HOURS = 12;

interface Lock {
  readonly pid: number;
  readonly host: string;
}

const lockName = (prefix: string, session: string) => `${prefix}${encodeURIComponent(session)}${LOCK}`;

function holdSession(folder: string, prefix: string, session: string): { release(): void } | undefined {
  mkdirSync(folder, { recursive: true });
  const name = lockName(prefix, session);
  const path = join(folder, name);
  // Written whole and moved into place only if no lock is there: a reader never sees half a lock
  // (which it would take for stale), and two processes never both hold one.
  const content = JSON.stringify({ pid: process.pid, host: hostname() } satisfies Lock);
  // Twice at most: once more after removing a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFilesAtomically(folder, [{ name, content }], { replace: false });
      return { release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if (!(error instanceof TargetExistsError)) throw error;
      if (lockHolder(path) !== undefined) return undefined;
      rmSync(path, { force: true });
    }
  }
  return undefined;
}

function liveSessions(folder: string, prefix: string): Map<string, number> {
  const live = new Map<string, number>();
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return live; // no history yet
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(LOCK)) continue;
    const path = join(folder, name);
    const pid = lockHolder(path);
    if (pid === undefined)
      rmSync(path, { force: true }); // stale: tidied away
    else if (pid !== process.pid) live.set(sessionOf(name.slice(prefix.length, -LOCK.length)), pid);
  }
  return live;
}

/** A session id from a lock's file name; a name this module did not make is left as it is. */
function sessionOf(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

/** The process id in a lock whose process still runs; undefined for a stale or unreadable lock. */
function lockHolder(path: string): number | undefined {
  let lock: Lock;
  let age: number;
  try {
    lock = JSON.parse(readRange(path, 0).toString('utf8')) as Lock;
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(lock.pid) || typeof lock.host !== 'string') return undefined;
  if (lock.host !== hostname()) return age < FOREIGN_LOCK_HOURS * 3600_000 ? lock.pid : undefined;
  try {
    process.kill(lock.pid, 0); // signal 0 only asks whether the process exists
    return lock.pid;
  } catch (error) {
    // EPERM: it exists, and belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? lock.pid : undefined;
  }
}
