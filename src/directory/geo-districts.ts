/** Reading `data/postcode-districts.csv`: the centre of each postcode district, for "near me". */
import { z } from 'zod';
import { readCsvBytes } from '../core/csv';
import { optionalText } from '../core/fields';
import type { District } from './geo';
import type { Checked } from '../core/problems';
import { findDuplicates, quoteAsTyped, validateRows } from '../core/validate';

export const POSTCODE_DISTRICTS_COLUMNS = { required: ['district', 'latitude', 'longitude'], optional: ['place'] } as const;

function coordinate(name: string, limit: number, example: string) {
  return z.string().transform((raw, ctx) => {
    const t = raw.trim();
    const n = Number(t);
    if (!/^-?\d+(\.\d+)?$/.test(t) || Math.abs(n) > limit) {
      ctx.addIssue({ code: 'custom', message: `a ${name} from -${limit} to ${limit} in decimal degrees, such as ${example}` });
      return z.NEVER;
    }
    return n;
  });
}

export const districtSchema = z.object({
  /** The first part of a postcode, e.g. `NB3`. */
  district: z.string().transform((raw, ctx) => {
    const t = raw.trim().toUpperCase();
    if (!/^[A-Z]{1,2}[0-9][A-Z0-9]?$/.test(t)) {
      ctx.addIssue({ code: 'custom', message: 'a postcode district (the first part of a postcode), such as NB3' });
      return z.NEVER;
    }
    return t;
  }),
  /** Latitude of the district's centre. */
  latitude: coordinate('latitude', 90, '52.6012'),
  /** Longitude of the district's centre (negative west of Greenwich). */
  longitude: coordinate('longitude', 180, '-1.5008'),
  /** A place name people know the district by. */
  place: optionalText,
});

export function readPostcodeDistricts(bytes: Uint8Array, file: string): Checked<District[]> {
  const { table, problems } = readCsvBytes(bytes, file, POSTCODE_DISTRICTS_COLUMNS);
  for (const r of table.rows) r.cells['place'] ??= '';
  const { records, problems: rowProblems } = validateRows(table, districtSchema, file);
  problems.push(...rowProblems, ...findDuplicates(records, (r) => r.district, file, 'district', 'district'));
  // No districts: "near me" is not offered until there are some.
  const value = records.map(({ row: _row, place, ...rest }): District => (place === undefined ? rest : { ...rest, place }));
  return { value, problems: quoteAsTyped(problems, { file, table }) };
}
