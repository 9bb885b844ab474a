import { describe, expect, it } from 'vitest';
import { toGithubAnnotation } from './annotations';
import { problem } from '../core/problems';

describe('GitHub annotations', () => {
  it('puts an error on the file and line, escaping commas, colons and newlines', () => {
    const p = problem({ file: 'data/ehcp-timeliness.csv', row: 14, column: 'month', value: '2026-13', expected: 'a month, such as 2026-10' });
    expect(toGithubAnnotation(p)).toBe(
      '::error file=data/ehcp-timeliness.csv,line=14,title=Data problem in column month::Error: data/ehcp-timeliness.csv, row 14, column "month": Found "2026-13". Expected a month, such as 2026-10.',
    );
  });
  it('marks warnings as warnings and leaves out the line for whole-file problems', () => {
    const p = problem({ file: 'data/a,b.csv', expected: 'x\ny', severity: 'warning' });
    expect(toGithubAnnotation(p)).toBe('::warning file=data/a%2Cb.csv,title=Data problem::Warning: data/a,b.csv: Expected x%0Ay.');
  });
});
