import { describe, expect, it } from 'vitest';
import { directoryFormErrors } from './form-errors';
import { AGE_ERROR, decodeQuery, readAge } from './url';
import type { District } from './geo';

const districts: District[] = [
  { district: 'AB1', latitude: 52.6, longitude: -1.5 },
  { district: 'AB2', latitude: 52.7, longitude: -1.4 },
];

describe('errors in what a family typed in the directory form', () => {
  it('none for a good age and postcode, or for boxes left empty', () => {
    expect(directoryFormErrors({ age: '7', near: 'AB1 2CD' }, districts)).toEqual([]);
    expect(directoryFormErrors({ age: ' ', near: '' }, districts)).toEqual([]);
  });

  it('say what is wrong with the age and the postcode, in the order of the boxes', () => {
    expect(directoryFormErrors({ age: 'seven', near: 'XX9 9ZZ' }, districts)).toEqual([
      { field: 'age', text: AGE_ERROR },
      { field: 'near', text: 'We do not have XX9 on our map. Try a postcode in the local area, such as AB1.' },
    ]);
    expect(directoryFormErrors({ age: '', near: 'hello' }, districts)).toEqual([
      { field: 'near', text: '"hello" does not look like a postcode. Enter your postcode, or just the first part, such as AB1.' },
    ]);
  });

  it('read the age as families type it, on each side of the Local Offer’s limit of 25', () => {
    expect(readAge('7')).toEqual({ ok: true, age: 7 });
    expect(readAge('7 years old')).toEqual({ ok: true, age: 7 });
    expect(readAge('0')).toEqual({ ok: true, age: 0 });
    expect(readAge('25')).toEqual({ ok: true, age: 25 });
    expect(readAge('26')).toEqual({ ok: false, error: AGE_ERROR });
    expect(readAge('-1')).toEqual({ ok: false, error: AGE_ERROR });
    expect(readAge('')).toEqual({ ok: true, age: undefined });
    // An age the address cannot use is left out of the filters, never guessed.
    expect(decodeQuery('?age=26').age).toBeUndefined();
    expect(decodeQuery('?age=7').age).toBe(7);
  });
});
