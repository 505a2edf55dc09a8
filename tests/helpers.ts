import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/articles/parse.js';
import type { Article } from '../src/articles/types.js';
import { readBankFolder, requireBank } from '../src/cli/bank-folder.js';
import type { Bank, Question } from '../src/bank/types.js';
import { selectQuestions, type Selection } from '../src/quiz/select.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURE_BANKS = join(ROOT, 'tests/fixtures/banks');
export const MINI_BANK = join(FIXTURE_BANKS, 'mini');
export const BUNDLED_BANK = join(ROOT, 'questions/london-attacks-2017');

export const article = (text: string): Article => parseArticle(text, 'text');

export const loadFixtureBank = async (dir: string): Promise<Bank> => requireBank(await readBankFolder(dir, ROOT));

export const readText = (path: string) => readFileSync(path, 'utf8');

/** The questions the shared selection picks, as the print and export commands pass them on. */
export function picked(bank: Bank, selection: Selection): Question[] {
  const selected = selectQuestions(bank, selection);
  if (selected.kind !== 'selected') throw new Error(`the selection picked nothing: ${selected.kind}`);
  return selected.items.map((item) => item.question);
}
