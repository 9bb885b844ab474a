import { describe, expect, it } from 'vitest';
import { parseCommandLine, usage, UsageError, wholeNumber, type CommandSpec } from './cli';

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
