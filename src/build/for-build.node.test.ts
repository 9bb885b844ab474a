import { describe, expect, it, vi } from 'vitest';
import { DataError, problem, type DataProblem } from '../core/problems';
import { passOrStop } from './for-build.node.ts';

const error = problem({ file: 'data/ehcp-timeliness.csv', row: 3, column: 'issued', value: '-1', expected: 'a whole number, 0 or more' });
const warning: DataProblem = { ...problem({ file: 'data/services.csv', row: 9, column: 'last_reviewed', value: '2024-01-01', expected: 'a check in the last year' }), severity: 'warning' };
const written = problem({ file: 'content/guides/x.mdx', row: 5, column: 'text', value: 'CAMHS', expected: 'an abbreviation in content/glossary.csv' });

describe('passOrStop', () => {
  it('hands the data on and prints each warning once when there is no error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(passOrStop('the data', [warning])).resolves.toBe('the data');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('services.csv, row 9');
    warn.mockRestore();
  });

  it('stops with every problem, the written content’s too once they come', async () => {
    const stopped = await passOrStop('the data', [error, warning], Promise.resolve({ content: [written], translations: [] })).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(DataError);
    expect((stopped as DataError).problems).toEqual([error, warning, written]);
  });

  it('still stops with the data problems when the written-content checks failed to answer', async () => {
    const stopped = await passOrStop('the data', [error], Promise.reject(new Error('stopped'))).catch((e: unknown) => e);
    expect((stopped as DataError).problems).toEqual([error]);
  });
});
