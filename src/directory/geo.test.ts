import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeDistance, districtMap, findOrigin, haversineKm, parseDistrict, sortByDistance } from './geo';
import { readPostcodeDistricts } from './geo-districts';
import { formatProblem } from '../core/problems';

const districts = readPostcodeDistricts(readFileSync('tests/sample/data/postcode-districts.csv'), 'data/postcode-districts.csv');

describe('postcode districts', () => {
  it('reads the shipped file with zero problems', () => {
    expect(districts.problems.map(formatProblem)).toEqual([]);
    expect(districts.value).toHaveLength(20);
    expect(districts.value[2]).toEqual({ district: 'NB3', latitude: 52.5921, longitude: -1.4862, place: 'Riverside' });
  });

  it('rejects a bad district and a repeated one', () => {
    const text = 'district,latitude,longitude\nNB1,52.6,-1.5\nNB 1,52.6,-1.5\nnb1,52.6,-1.5\nNB2,152,-1.5\n';
    expect(readPostcodeDistricts(new TextEncoder().encode(text), 'data/postcode-districts.csv').problems.map(formatProblem)).toEqual([
      'Error: data/postcode-districts.csv, row 3, column "district": Found "NB 1". Expected a postcode district (the first part of a postcode), such as NB3.',
      'Error: data/postcode-districts.csv, row 5, column "latitude": Found "152". Expected a latitude from -90 to 90 in decimal degrees, such as 52.6012.',
      'Error: data/postcode-districts.csv, row 4, column "district": Found "nb1". Expected each district once. It is also on row 2. Delete one of the two rows.',
    ]);
  });
});

describe('parseDistrict', () => {
  it.each([
    ['NB3 4XY', 'NB3'],
    ['nb34xy', 'NB3'],
    [' nb3 ', 'NB3'],
    ['NB12 1AB', 'NB12'],
    ['EC1A 1BB', 'EC1A'],
  ])('%s → %s', (input, district) => expect(parseDistrict(input)).toBe(district));

  it('refuses text that is not a postcode', () => {
    expect(parseDistrict('Marston')).toBeUndefined();
    // The example is the area's own first district, never a typed one.
    expect(findOrigin('Marston', districts.value)).toEqual({
      ok: false,
      message: `"Marston" does not look like a postcode. Enter your postcode, or just the first part, such as ${districts.value[0]!.district}.`,
    });
    expect(findOrigin('Marston', [])).toEqual({ ok: false, message: '"Marston" does not look like a postcode. Enter your postcode.' });
    expect(findOrigin('XX9 9ZZ', [])).toEqual({ ok: false, message: 'We do not have XX9 on our map. Try a postcode in the local area.' });
  });
});

describe('distance', () => {
  it('haversine gives known distances', () => {
    // London (51.5074, -0.1278) to Birmingham (52.4862, -1.8904) is about 162.5 km.
    expect(haversineKm({ latitude: 51.5074, longitude: -0.1278 }, { latitude: 52.4862, longitude: -1.8904 })).toBeCloseTo(162.5, 0);
    expect(haversineKm({ latitude: 52, longitude: -1 }, { latitude: 52, longitude: -1 })).toBe(0);
  });

  it('says distances in miles as people do', () => {
    expect(describeDistance(0.5)).toBe('less than half a mile');
    expect(describeDistance(1.6)).toBe('about 1 mile');
    expect(describeDistance(4)).toBe('about 2.5 miles');
    expect(describeDistance(40)).toBe('about 25 miles');
  });

  it('sorts nearest first, using exact positions, then district centres, then unknown last', () => {
    const map = districtMap(districts.value);
    const items = [
      { id: 'far', district: 'NB19' },
      { id: 'online' },
      { id: 'exact', latitude: 52.5925, longitude: -1.486 },
      { id: 'town', district: 'NB1' },
    ];
    const origin = findOrigin('NB3 4XY', districts.value);
    if (!origin.ok) throw new Error(origin.message);
    const sorted = sortByDistance(items, origin.point, map);
    expect(sorted.map((s) => s.item.id)).toEqual(['exact', 'town', 'far', 'online']);
    expect(sorted[0]!.distanceKm).toBeLessThan(0.1);
    expect(sorted[3]!.distanceKm).toBeUndefined();
  });
});
