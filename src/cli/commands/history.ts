import { basename } from 'node:path';
import { CitequizError } from '../../errors.js';
import { count } from '../../text/count.js';
import { sanitize } from '../../text/sanitize.js';
import type { HistoryStore } from '../../study/index.js';
import { readBankFolder } from '../bank-folder.js';
import { historyFor, warnUnreadable, withHistory } from '../history.js';
import type { Io } from '../io.js';
import { writeJson } from '../output.js';
import type { HistoryOptions } from './history.command.js';

/** Where a bank's history is and how much it holds; with --clear, deletes it after asking. */
export async function historyCommand(options: HistoryOptions, io: Io): Promise<number> {
  // The folder's name is the bank's id; a bank that no longer loads can still have its history cleared.
  const folder = await readBankFolder(options.bank, io.cwd);
  const bankId = basename(folder.dir);
  const store = historyFor(folder.dir, io);
  const held = tally(store, io);
  const about = `${count(held.answers, 'answer')} in ${count(held.sessions, 'session')}`;
  if (!options.clear) {
    if (options.json) writeJson(io, { bank: bankId, file: store.file, ...held });
    else io.stdout.write(`Study history of bank "${sanitize(bankId)}": ${about}\n${store.file}\n`);
    return 0;
  }
  if (held.records === 0 && held.unreadable === 0) {
    io.stderr.write(`There is no study history for bank "${sanitize(bankId)}" to delete.\n`);
    return 0;
  }
  const question = `Delete the study history of bank "${sanitize(bankId)}" (${about})? This cannot be undone.`;
  if (!options.yes) {
    if (!io.stdinIsTTY) {
      throw new CitequizError(
        'no-tty',
        `history --clear deletes the study history of bank "${sanitize(bankId)}" (${about}) and asks first, but standard input is not a terminal. To delete it without asking: citequiz history --clear --yes`,
      );
    }
    const prompts = await io.prompts();
    const answer = await prompts.choose(question, [
      { name: 'No, keep it', value: 'keep' },
      { name: 'Yes, delete it', value: 'delete' },
    ]);
    if (answer !== 'delete') {
      io.stderr.write('Nothing was deleted.\n');
      return 0;
    }
  }
  withHistory(() => store.clear());
  io.stderr.write(`Deleted the study history of bank "${sanitize(bankId)}" (${about}).\n`);
  return 0;
}

/** Counts what the history holds, without the scheduler: this needs no more than reading it. */
function tally(store: HistoryStore, io: Io) {
  const reading = withHistory(() => store.read());
  const unreadable = reading.skipped + (reading.cutShort ? 1 : 0);
  warnUnreadable(io, store, unreadable);
  const answers = reading.records.filter((r) => r.kind === 'answer');
  return {
    records: reading.records.length,
    answers: answers.length,
    sessions: new Set(answers.map((r) => r.session)).size,
    unreadable,
  };
}
