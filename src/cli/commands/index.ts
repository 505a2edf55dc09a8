// The registry: every command, in the order `citequiz --help` lists them. `program.ts` builds the
// program from this list; a command is its declaration module here and a handler module beside it.
import type { CommandDefinition } from '../command.js';
import { check } from './check.command.js';
import { cite } from './cite.command.js';
import { exportBank } from './export.command.js';
import { generate } from './generate.command.js';
import { history } from './history.command.js';
import { importQuestions } from './import.command.js';
import { list } from './list.command.js';
import { print } from './print.command.js';
import { quiz } from './quiz.command.js';
import { read } from './read.command.js';
import { review } from './review.command.js';
import { stats } from './stats.command.js';

export const COMMANDS: readonly CommandDefinition[] = [
  quiz,
  check,
  list,
  read,
  generate,
  importQuestions,
  cite,
  review,
  stats,
  history,
  exportBank,
  print,
];
