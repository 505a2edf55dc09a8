import type { Command, OptionValues } from '@commander-js/extra-typings';
import type { Io } from './io.js';

/**
 * A command's name, description, arguments, flags and help text, declared on the command that
 * `program.command(name)` made. commander's extra typings carry the arguments and the options each
 * flag gives into the returned type, which is where the handler's options type comes from.
 */
export type Declaration<Args extends unknown[] = unknown[], Opts extends OptionValues = OptionValues> = (
  command: Command,
) => Command<Args, Opts>;

/** The options a declaration gives its handler: one per flag, typed as commander will parse it. */
export type OptionsOf<D extends Declaration> = ReturnType<D> extends Command<unknown[], infer Opts> ? Opts : never;

/** One entry of the registry (`commands/index.ts`), which `program.ts` walks to build the program. */
export interface CommandDefinition {
  readonly name: string;
  /** Declares the command on `program` and runs its handler when it is the one called. */
  readonly addTo: (program: Command, io: Io, setExit: (code: number) => void) => void;
}

/**
 * A command from its declaration and a `run` that imports its handler with `await import()`: the
 * declaration is built on every start, the handler module is loaded only when the command runs, so
 * the quiz does not load the generator, the PDF renderer or the exporters. `run` is given what
 * commander parsed (the arguments, then the options) and the `Io`, and resolves to the exit code;
 * a handler whose parameters do not accept what the declaration gives does not compile.
 */
export function defineCommand<Args extends unknown[], Opts extends OptionValues>(spec: {
  readonly name: string;
  readonly declare: Declaration<Args, Opts>;
  readonly run: (...input: [...Args, Opts, Io]) => Promise<number>;
}): CommandDefinition {
  return {
    name: spec.name,
    addTo(program, io, setExit) {
      const command = spec.declare(program.command(spec.name));
      command.action(async () => {
        setExit(await spec.run(...command.processedArgs, command.opts(), io));
      });
    },
  };
}
