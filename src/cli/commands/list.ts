import { articleRows, renderList } from '../../render/list.js';
import { browsableBank, readBankFolder } from '../bank-folder.js';
import type { Io } from '../io.js';
import { styleFor, writeJson } from '../output.js';
import type { ListOptions } from './list.command.js';

export async function listCommand(options: ListOptions, io: Io): Promise<number> {
  const bank = browsableBank(await readBankFolder(options.bank, io.cwd), (text) => io.stderr.write(text));
  if (options.json) {
    writeJson(io, { bank: bank.id, title: bank.title, questions: bank.questions.length, articles: articleRows(bank) });
  } else {
    const { style, width } = styleFor(io.stdout, io);
    io.stdout.write(renderList(bank, style, width));
  }
  return 0;
}
