import { describe, expect, it } from 'vitest';
import { findLocalAuthority, suggestNames } from './find-la';
import type { LocalAuthority } from './release';

const las: LocalAuthority[] = [
  { code: '801', newCode: 'E06000023', name: 'Bristol, City of', regionCode: 'E12000009', regionName: 'South West' },
  { code: '816', newCode: 'E06000014', name: 'York', regionCode: 'E12000003', regionName: 'Yorkshire and The Humber' },
  { code: '810', newCode: 'E06000010', name: 'Kingston upon Hull, City of', regionCode: 'E12000003', regionName: 'Yorkshire and The Humber' },
  { code: '840', newCode: 'E06000047', name: 'County Durham', regionCode: 'E12000001', regionName: 'North East' },
  { code: '937', newCode: 'E10000031', name: 'Warwickshire', regionCode: 'E12000005', regionName: 'West Midlands' },
];

describe('findLocalAuthority', () => {
  it('finds by DfE code, E-code or exact name in any case', () => {
    expect(findLocalAuthority('801', las)).toMatchObject({ ok: true, la: { name: 'Bristol, City of' } });
    expect(findLocalAuthority('e06000014', las)).toMatchObject({ ok: true, la: { code: '816' } });
    expect(findLocalAuthority('  warwickshire ', las)).toMatchObject({ ok: true, la: { code: '937' } });
  });
  it('suggests the name DfE uses when a short form is given', () => {
    expect(findLocalAuthority('Bristol', las)).toEqual({ ok: false, expected: 'the name of a local authority as DfE writes it', fix: 'No local authority is called "Bristol". Did you mean "Bristol, City of" (801)?' });
    expect(findLocalAuthority('Hull', las)).toMatchObject({ fix: expect.stringContaining('"Kingston upon Hull, City of" (810)') });
    expect(findLocalAuthority('Durham', las)).toMatchObject({ fix: expect.stringContaining('"County Durham" (840)') });
    expect(findLocalAuthority('Warwickshir', las)).toMatchObject({ fix: expect.stringContaining('"Warwickshire" (937)') });
  });
  it('says when a code is not in the release, and how to give one', () => {
    const result = findLocalAuthority('999', las);
    expect(result).toMatchObject({ ok: false, fix: expect.stringContaining('No local authority has the code 999. Give DfE\'s 3-digit code (such as 801 for Bristol, City of)') });
    expect(findLocalAuthority('E99999999', las)).toMatchObject({ ok: false, fix: expect.stringContaining('No local authority has the E-code E99999999') });
  });
  it('makes no wild guess for a name like nothing in the list', () => {
    expect(suggestNames('Northbrook', las.map((l) => l.name))).toEqual([]);
  });
});
