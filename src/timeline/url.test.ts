import { describe, expect, it } from 'vitest';
import { requestedFromSearch, searchWithRequested } from './url';

describe('the request date in the address', () => {
  it('reads it', () => {
    expect(requestedFromSearch('?requested=2026-01-05')).toBe('2026-01-05');
    expect(requestedFromSearch('?requested=')).toBeUndefined();
    expect(requestedFromSearch('')).toBeUndefined();
    expect(requestedFromSearch('?requested=05%2F01%2F2026')).toBe('05/01/2026');
  });
  it('writes it, keeping other parameters', () => {
    expect(searchWithRequested('', '2026-01-05')).toBe('?requested=2026-01-05');
    expect(searchWithRequested('?lang=en&requested=2025-01-01', '2026-01-05')).toBe('?lang=en&requested=2026-01-05');
    expect(searchWithRequested('?requested=2026-01-05', undefined)).toBe('');
  });
});
