import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError, LocalOfferError } from './errors';

class ExampleError extends LocalOfferError {}

describe('LocalOfferError', () => {
  it('carries its message, its hint and its own class name', () => {
    const error = new ExampleError('The file has no header row.', 'Put the column names in row 1.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ExampleError');
    expect(error.message).toBe('The file has no header row.');
    expect(error.hint).toBe('Put the column names in row 1.');
    expect(new ExampleError('No hint.').hint).toBeUndefined();
  });
});

describe('describeError', () => {
  it('gives our errors as the message then the hint, and anything else as its message alone', () => {
    expect(describeError(new ExampleError('The file has no header row.', 'Put the column names in row 1.'))).toBe('The file has no header row.\nPut the column names in row 1.');
    expect(describeError(new ExampleError('No hint.'))).toBe('No hint.');
    expect(describeError(new TypeError('x is undefined'))).toBe('x is undefined');
    expect(describeError('thrown text')).toBe('thrown text');
  });
});

/** Every source file under a folder, tests included (a test's own error class counts too). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|js|mjs|astro)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** A class declared on Error itself, or on one of its built-in kinds. */
const STRAIGHT_ON_ERROR = /\bclass\b[^{;]*?\bextends\s+(?:globalThis\.)?(?:Error|TypeError|RangeError|SyntaxError)\b/;

describe('one base error class', () => {
  it('is the only class in src/ and scripts/ declared straight on Error: every named error extends LocalOfferError', () => {
    const straight = ['src', 'scripts'].flatMap(sourceFiles).filter((path) => STRAIGHT_ON_ERROR.test(readFileSync(path, 'utf8')));
    expect(straight).toEqual([join('src', 'core', 'errors.ts')]);
  });

  it('the scan finds a class declared straight on Error', () => {
    // Each keyword is written in two halves, so this file does not match its own scan.
    const cls = 'cla' + 'ss';
    expect(STRAIGHT_ON_ERROR.test(`export ${cls} FeedError extends Error {`)).toBe(true);
    expect(STRAIGHT_ON_ERROR.test(`${cls} Retry extends TypeError {}`)).toBe(true);
    expect(STRAIGHT_ON_ERROR.test(`const E = ${cls} extends Error {};`)).toBe(true);
    expect(STRAIGHT_ON_ERROR.test(`export ${cls} FeedError extends LocalOfferError {`)).toBe(false);
  });
});
