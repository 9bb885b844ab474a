/**
 * What every command-line entry point does with its arguments, in one place,
 * on node:util's parseArgs: `--help` (or `-h`) prints the usage with an
 * example and exits 0; an unknown option, a missing or extra argument or a bad
 * value prints what is wrong and the usage and exits 2; a mistake the person
 * can fix (any LocalOfferError, such as a feed that cannot be reached, or a
 * file that is not there) prints its message and hint and exits 1. Only a
 * fault in the software itself prints a stack trace.
 */
import { parseArgs } from 'node:util';
import { describeError, LocalOfferError } from '../../src/core/errors';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** What the value is, shown in the usage: `<folder>`, `<number>`. */
  value?: string;
  default?: string;
  description: string;
}

export interface ArgumentSpec {
  name: string;
  description: string;
  required?: boolean;
  /** Takes any number of values (only the last argument may). */
  many?: boolean;
}

export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** How people run it, e.g. `npm run import:dfe --`. */
  command: string;
  /** One or two sentences: what it does. */
  summary: string;
  args?: readonly ArgumentSpec[];
  options?: O;
  /** Whole command lines that work as they are. */
  examples: readonly string[];
  /** Anything else worth knowing, such as the environment variables it reads. */
  notes?: readonly string[];
}

export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K] extends { type: 'boolean' } ? boolean : O[K] extends { default: string } ? string : string | undefined;
};

export interface CommandLine<O extends Record<string, OptionSpec>> {
  values: OptionValues<O>;
  positionals: string[];
}

/** A mistake in how the command was run: the message is printed with the usage, and the exit status is 2. */
export class UsageError extends LocalOfferError {}

/** The usage text `--help` prints. */
export function usage(spec: CommandSpec): string {
  const args = (spec.args ?? []).map((a) => (a.required ? `<${a.name}>` : `[${a.name}]`) + (a.many ? '...' : ''));
  const options = Object.entries(spec.options ?? {});
  const lines = [`Usage: ${[spec.command, ...args, options.length > 0 ? '[options]' : ''].filter(Boolean).join(' ')}`, '', spec.summary];
  const rows = [
    ...(spec.args ?? []).map((a) => [`<${a.name}>`, a.description]),
    ...options.map(([name, o]) => [`--${name}${o.type === 'string' ? ` ${o.value ?? '<value>'}` : ''}`, `${o.description}${o.default !== undefined ? ` (default: ${o.default})` : ''}`]),
    ['--help', 'Print this help and stop.'],
  ];
  const width = Math.max(...rows.map(([left]) => left!.length));
  lines.push('', ...rows.map(([left, right]) => `  ${left!.padEnd(width)}  ${right}`));
  lines.push('', spec.examples.length === 1 ? 'Example:' : 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  if (spec.notes?.length) lines.push('', ...spec.notes);
  return `${lines.join('\n')}\n`;
}

/** parseArgs's own errors, in plain words. */
function parseErrorMessage(error: Error & { code?: string }, spec: CommandSpec): string {
  const option = error.message.match(/'(-{1,2}[\w-]+)/)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `There is no option ${option ?? ''}.`.replace(' .', '.');
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option && spec.options?.[option.replace(/^-+/, '')]?.type === 'boolean' ? `${option} takes no value.` : `${option ?? 'An option'} needs a value after it.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `This command takes no arguments, but found "${error.message.match(/'([^']*)'/)?.[1] ?? ''}".`;
    default:
      return error.message;
  }
}

/** Reads the command line against the spec; throws UsageError for any mistake. `help` is true when --help was asked for. */
export function parseCommandLine<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv: readonly string[]): CommandLine<O> & { help: boolean } {
  const end = argv.indexOf('--');
  if ((end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h')) return { values: {} as OptionValues<O>, positionals: [], help: true };
  const options = Object.fromEntries(Object.entries(spec.options ?? {}).map(([name, o]) => [name, { type: o.type, ...(o.default !== undefined ? { default: o.default } : {}) }]));
  const specArgs = spec.args ?? [];
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: specArgs.length > 0, strict: true });
  } catch (error) {
    if (error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw new UsageError(parseErrorMessage(error, spec));
    throw error;
  }
  for (const [name, o] of Object.entries(spec.options ?? {})) if (o.type === 'boolean') parsed.values[name] ??= false;
  const missing = specArgs.slice(parsed.positionals.length).find((a) => a.required);
  if (missing) throw new UsageError(`Give the ${missing.name}: ${missing.description.charAt(0).toLowerCase()}${missing.description.slice(1)}`);
  if (!specArgs.at(-1)?.many && parsed.positionals.length > specArgs.length) {
    throw new UsageError(`This command takes ${specArgs.length === 0 ? 'no arguments' : `at most ${specArgs.length} argument${specArgs.length === 1 ? '' : 's'}`}, but found "${parsed.positionals[specArgs.length]}" as well.`);
  }
  return { values: parsed.values as OptionValues<O>, positionals: parsed.positionals, help: false };
}

/** A whole number from an option, or a UsageError naming the option: `--delay` "soon" is a mistake, not NaN. */
export function wholeNumber(name: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined) return fallback;
  const t = raw.trim().replace(/,/g, '');
  if (!/^\d+$/.test(t) || Number(t) < min) throw new UsageError(`--${name} needs a whole number${min > 0 ? ` of at least ${min}` : ''}, such as ${Math.max(fallback, min)}, but found "${raw}".`);
  return Number(t);
}

/** What to tell the person running the command about a mistake they can put right; undefined for a fault in the software. */
export function userMessage(error: unknown): string | undefined {
  if (error instanceof LocalOfferError) return describeError(error);
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown; path?: unknown }).code;
  const path = (error as { path?: unknown }).path;
  if (code === 'ENOENT' && typeof path === 'string') return `There is no file or folder at ${path}. Check the path and try again.`;
  if (code === 'EACCES' && typeof path === 'string') return `${path} cannot be read or written: check its permissions.`;
  return undefined;
}

/**
 * Reads the command line for a script that does its work at the top level:
 * answers --help (exit 0) and usage mistakes (exit 2) and stops; otherwise
 * gives the options and arguments, or what `read` makes of them (a UsageError
 * it throws, such as a number that is not one, is a usage mistake too).
 */
export function readCommandLine<O extends Record<string, OptionSpec>, R = CommandLine<O>>(
  spec: CommandSpec<O>,
  read?: (line: CommandLine<O>) => R,
  argv: readonly string[] = process.argv.slice(2),
): R {
  try {
    const line = parseCommandLine(spec, argv);
    if (!line.help) return read ? read(line) : (line as unknown as R);
    process.stdout.write(usage(spec));
    process.exit(0);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage(spec)}`);
    process.exit(2);
  }
}

/**
 * Runs a command: reads its command line (readCommandLine), then `main`. Its
 * return value, if a number, is the exit status. A UsageError from `main` is
 * printed with the usage (exit 2); any other LocalOfferError (a mistake the
 * person can put right), and files that are not there, print the message and
 * the hint, never a stack trace (exit 1); anything else is a fault in the
 * software and keeps its stack trace.
 */
export async function runCommand<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  main: (line: CommandLine<O>) => number | void | Promise<number | void>,
  opts: { argv?: readonly string[] } = {},
): Promise<void> {
  const line = readCommandLine(spec, undefined, opts.argv);
  try {
    const status = await main(line);
    if (typeof status === 'number') process.exitCode = status;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${usage(spec)}`);
      process.exitCode = 2;
      return;
    }
    const message = userMessage(error);
    if (message === undefined) throw error;
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  }
}
