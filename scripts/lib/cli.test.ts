import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalOfferError } from '../../src/core/errors';
import { parseCommandLine, runCommand, usage, UsageError, userMessage, wholeNumber, type CommandSpec } from './cli';

const SPEC = {
  command: 'npm run demo --',
  summary: 'Does a demo.',
  args: [{ name: 'source', description: 'Where to read from.', required: true }],
  options: {
    out: { type: 'string', value: '<folder>', description: 'Where to write.' },
    format: { type: 'string', default: 'text', description: 'How to print.' },
    'dry-run': { type: 'boolean', description: 'Write nothing.' },
  },
  examples: ['npm run demo -- feed.json --dry-run'],
} as const satisfies CommandSpec;

const mistake = (argv: string[]) => {
  try {
    parseCommandLine(SPEC, argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
};

describe('parseCommandLine', () => {
  it('reads options and arguments, with defaults and booleans false when not given', () => {
    expect(parseCommandLine(SPEC, ['feed.json', '--out', 'x'])).toEqual({ values: { out: 'x', format: 'text', 'dry-run': false }, positionals: ['feed.json'], help: false });
    expect(parseCommandLine(SPEC, ['--dry-run', 'feed.json']).values['dry-run']).toBe(true);
  });

  it('answers --help or -h anywhere before --, even alongside mistakes', () => {
    expect(parseCommandLine(SPEC, ['--help']).help).toBe(true);
    expect(parseCommandLine(SPEC, ['--nonsense', '-h']).help).toBe(true);
    expect(parseCommandLine(SPEC, ['--', '--help']).help).toBe(false);
  });

  it('says plainly what is wrong', () => {
    expect(mistake(['feed.json', '--colour', 'red'])).toBe('There is no option --colour.');
    expect(mistake(['feed.json', '--out'])).toBe('--out needs a value after it.');
    expect(mistake(['feed.json', '--dry-run=yes'])).toBe('--dry-run takes no value.');
    expect(mistake([])).toBe('Give the source: where to read from.');
    expect(mistake(['a.json', 'b.json'])).toBe('This command takes at most 1 argument, but found "b.json" as well.');
    expect(() => parseCommandLine({ command: 'x', summary: 's', examples: ['x'] }, ['y'])).toThrow('This command takes no arguments, but found "y".');
  });
});

describe('usage', () => {
  it('lists the arguments and options with their defaults, and an example', () => {
    expect(usage(SPEC)).toBe(
      [
        'Usage: npm run demo -- <source> [options]',
        '',
        'Does a demo.',
        '',
        '  <source>          Where to read from.',
        '  --out <folder>    Where to write.',
        '  --format <value>  How to print. (default: text)',
        '  --dry-run         Write nothing.',
        '  --help            Print this help and stop.',
        '',
        'Example:',
        '  npm run demo -- feed.json --dry-run',
        '',
      ].join('\n'),
    );
  });
});

describe('wholeNumber', () => {
  it('reads a whole number, or names the option and the value found', () => {
    expect(wholeNumber('delay', undefined, 1000)).toBe(1000);
    expect(wholeNumber('delay', '2,500', 1000)).toBe(2500);
    expect(() => wholeNumber('delay', 'soon', 1000)).toThrow('--delay needs a whole number, such as 1000, but found "soon".');
    expect(() => wholeNumber('runs', '0', 5, 1)).toThrow('--runs needs a whole number of at least 1, such as 5, but found "0".');
  });
});

class FeedDownError extends LocalOfferError {}

describe('userMessage', () => {
  it('gives our errors as message then hint, a missing file in words, and nothing for a fault in the software', () => {
    expect(userMessage(new FeedDownError('Could not read the feed.', 'Check the address opens in a web browser.'))).toBe('Could not read the feed.\nCheck the address opens in a web browser.');
    expect(userMessage(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', path: 'no/such.csv' }))).toBe('There is no file or folder at no/such.csv. Check the path and try again.');
    expect(userMessage(new TypeError('x is undefined'))).toBeUndefined();
  });
});

describe('runCommand', () => {
  const NO_ARGS = { command: 'npm run demo --', summary: 'Does a demo.', examples: ['npm run demo'] } satisfies CommandSpec;
  let exitCode: typeof process.exitCode;

  /** What the command wrote to stderr, and its exit status, with both put back afterwards. */
  async function stderrOf(main: () => void): Promise<{ stderr: string; status: typeof process.exitCode }> {
    exitCode = process.exitCode;
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
    await runCommand(NO_ARGS, main, { argv: [] });
    return { stderr, status: process.exitCode };
  }

  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = exitCode;
  });

  it("prints a person's mistake as its message and hint, with no stack trace, and exits 1", async () => {
    const result = await stderrOf(() => {
      throw new FeedDownError('Could not read the feed at https://example.org/feed: it answered 404 Not Found.', 'Check the address opens in a web browser.');
    });
    expect(result.stderr).toBe('Could not read the feed at https://example.org/feed: it answered 404 Not Found.\nCheck the address opens in a web browser.\n');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.status).toBe(1);
  });

  it('prints a usage mistake with the usage, and exits 2', async () => {
    const result = await stderrOf(() => {
      throw new UsageError('--month is a month such as 2026-11.');
    });
    expect(result.stderr).toBe(`--month is a month such as 2026-11.\n\n${usage(NO_ARGS)}`);
    expect(result.status).toBe(2);
  });

  it('lets a fault in the software through, stack and all', async () => {
    const fault = new TypeError('x is undefined');
    await expect(
      stderrOf(() => {
        throw fault;
      }),
    ).rejects.toBe(fault);
    expect(fault.stack).toMatch(/^\s+at /m);
  });
});
