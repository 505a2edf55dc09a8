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

// A reader piping into `head` closes stdout early: that is not an error. Any other failure to write
// (a full disk, a closed terminal) is: the output is lost, so the exit code says so.
let reported = false;
const failedWrite = (stream: NodeJS.WriteStream, error: NodeJS.ErrnoException): number => {
  if (error.code === 'EPIPE') return 0;
  if (stream === process.stdout && !reported)
    process.stderr.write(`citequiz: cannot write to standard output: ${error.code ?? error.message}\n`);
  reported = true;
  return 1;
};
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => process.exit(failedWrite(stream, error)));
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
// Let buffered output reach a pipe before exiting; inquirer may leave stdin listeners behind. A file
// or device written synchronously reports its failure here, not as an error event.
process.stdout.write('', (error) => {
  const failed = error ? failedWrite(process.stdout, error) : 0;
  process.stderr.write('', () => process.exit(failed || code));
});
