// The process's owner: the one module that reads process.argv, touches the real streams and
// decides when and how the process ends.
import { readFileSync } from 'node:fs';
import { runPager } from './pager.js';
import { inquirerPrompts } from './prompts.js';
import { runCli } from './program.js';
import type { Io, Output } from './io.js';
import { styleFor } from './output.js';

const output = (stream: NodeJS.WriteStream): Output => ({
  write: (text) => void stream.write(text),
  get isTTY() {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- typed boolean, but undefined on a pipe
    return stream.isTTY === true;
  },
  get columns() {
    return stream.columns;
  },
  get rows() {
    return stream.rows;
  },
});

// A reader piping into `head` closes stdout early; that is not an error worth a stack trace, and
// an output that fails otherwise leaves nowhere to write one.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
}
if (process.env.CITEQUIZ_DEBUG) process.setSourceMapsEnabled(true);

const io: Io = {
  stdout: output(process.stdout),
  stderr: output(process.stderr),
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- typed boolean, but undefined on a pipe
  stdinIsTTY: process.stdin.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
  prompts: () => inquirerPrompts({ input: process.stdin, output: process.stderr }, () => styleFor(io.stderr, io)),
  readStdin: () => readFileSync(0, 'utf8'), // fd 0 works for pipes and sockets, unlike /dev/stdin
  newSeed: () => String(Math.floor(Math.random() * 1e6)),
  now: () => new Date(),
  pager: (text) => runPager(text, process.env),
};

const code = await runCli(process.argv.slice(2), io);
// Let buffered output reach a pipe before exiting; inquirer may leave stdin listeners behind.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
