import { Command } from '@commander-js/extra-typings';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { QuestionType } from '../../src/bank/index.js';
import { defineCommand } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import type { GenerateOptions } from '../../src/cli/commands/generate.command.js';
import type { generateCommand } from '../../src/cli/commands/generate.js';
import type { PrintOptions } from '../../src/cli/commands/print.command.js';
import type { printCommand } from '../../src/cli/commands/print.js';
import type { Io } from '../../src/cli/io.js';
import { positiveInteger } from '../../src/cli/options.js';
import { runCli } from '../../src/cli/program.js';
import type { KeyKind, PrintFormat } from '../../src/print/index.js';
import type { Paper } from '../../src/render/print/paper.js';
import { ROOT } from '../helpers.js';
import { fakeIo } from './fake-io.js';

const NAMES = COMMANDS.map((command) => command.name);

describe('the registry of commands', () => {
  it('is what `citequiz --help` lists, in its order', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['--help'], io)).toBe(0);
    const listed = stdout()
      .split('\nCommands:\n')[1]!
      .split('\n')
      .map((line) => /^ {2}([a-z]+)/.exec(line)?.[1])
      .filter((name) => name !== undefined);
    expect(listed).toEqual([...NAMES, 'help']);
    expect(new Set(NAMES).size).toBe(NAMES.length);
  });

  it.each(NAMES.map((name) => ({ name })))(
    'gives `citequiz $name --help`, as `citequiz help $name` does',
    async ({ name }) => {
      const flag = fakeIo();
      expect(await runCli([name, '--help'], flag.io)).toBe(0);
      expect(flag.stdout()).toMatch(new RegExp(`^Usage: citequiz ${name} \\[options\\]`));
      expect(flag.stdout()).toContain('--help');
      const help = fakeIo();
      expect(await runCli(['help', name], help.io)).toBe(0);
      expect(help.stdout()).toBe(flag.stdout());
    },
  );

  // Only the declarations load on start; each handler (the quiz's session, the generator, the
  // exporters, the PDF renderer) is a chunk imported when its command runs.
  it('keeps every handler out of what the bundle loads on start', () => {
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.[^"]+)"/g))
        visit(join(dirname(file), target!));
    };
    visit(join(ROOT, 'dist/main.js'));
    const sources = [...loaded].flatMap(
      (file) => (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources,
    );
    const commandModules = sources.filter((source) => source.includes('src/cli/commands/'));
    expect(commandModules.length).toBe(NAMES.length + 1); // the declarations and the registry
    expect(commandModules.filter((source) => !/\/(index|[a-z]+\.command)\.ts$/.test(source))).toEqual([]);
  });
});

describe('defineCommand', () => {
  it('hands the handler the arguments and options commander parsed, typed from the flags, and the Io', async () => {
    const calls: unknown[][] = [];
    const probe = defineCommand({
      name: 'probe',
      declare: (command) =>
        command
          .argument('<file>', 'a file')
          .argument('[more...]', 'more files')
          .option('-n, --count <n>', 'how many', positiveInteger)
          .option('--json', 'as JSON')
          .option('--no-key', 'no key'),
      run: async (file, more, options, io) => {
        expectTypeOf(file).toEqualTypeOf<string>();
        expectTypeOf(more).toEqualTypeOf<string[]>();
        expectTypeOf(options).toEqualTypeOf<{ count?: number; json?: true; key: boolean }>();
        expectTypeOf(io).toEqualTypeOf<Io>();
        calls.push([file, more, options, io]);
        return Promise.resolve(3);
      },
    });
    const { io } = fakeIo();
    let exit = 0;
    const program = new Command('test').exitOverride();
    probe.addTo(program, io, (code) => (exit = code));
    await program.parseAsync(['probe', 'a.txt', 'b.txt', '-n', '4', '--no-key'], { from: 'user' });
    expect(calls).toEqual([['a.txt', ['b.txt'], { count: 4, key: false }, io]]);
    expect(exit).toBe(3);
  });

  it('types each handler by its declaration: a flag declared differently does not compile', () => {
    expectTypeOf<PrintOptions>().toEqualTypeOf<{
      format: PrintFormat;
      out: string;
      bank?: string;
      versions?: number;
      count?: number;
      article?: string[];
      type?: QuestionType[];
      seed?: string;
      title?: string;
      key: KeyKind | false;
      marks?: number | true;
      articles?: true;
      teacher?: true;
      paper: Paper;
      force?: true;
    }>();
    expectTypeOf<typeof printCommand>().parameter(0).toEqualTypeOf<PrintOptions>();
    expectTypeOf<typeof generateCommand>().parameter(0).toEqualTypeOf<readonly string[]>();
    expectTypeOf<typeof generateCommand>().parameter(1).toEqualTypeOf<GenerateOptions>();
    expectTypeOf<GenerateOptions['out']>().toEqualTypeOf<string>();
  });

  it('refuses, at compile time, a handler that takes a flag as another type than it is declared', () => {
    const drifted = defineCommand({
      name: 'drifted',
      // @ts-expect-error -- the flag gives a string (it has no parser) where the handler wants a number
      declare: (command) => command.option('-n, --count <n>', 'how many'),
      run: (options: { count?: number }, io: Io) => Promise.resolve(options.count ?? io.cwd.length),
    });
    expect(drifted.name).toBe('drifted');
  });
});
