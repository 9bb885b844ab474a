/**
 * Reading and checking `data/services.csv`, the services directory. The
 * columns are a flattened Open Referral UK / HSDS 3 service, so the file can be
 * exported back (see open-referral.ts).
 */
import { z } from 'zod';
import { readCsvBytes } from '../core/csv';
import { parsePostcode } from '../core/contact';
import { cellType, optionalDate, optionalEmail, optionalOneOf, optionalPostcode, optionalText, optionalUrl, semicolonList, text, type CellResult } from '../core/fields';
import { problem, type Checked, type DataProblem } from '../core/problems';
import { matchTerm, slug, termsOf, TERM_TYPE_COLUMN, type Taxonomy, type TermType } from './taxonomy';
import { findDuplicates, quoteAsTyped, validateRows, type WithRow } from '../core/validate';
import { AGE_LIMIT, AUDIENCES, COSTS, DEFAULT_AUDIENCE, REFERRALS, type Audience } from './vocab';
import { addYears, isoDay } from '../core/dates';
import { DIRECTORY_FILES } from './files';

export const SERVICES_COLUMNS = {
  required: ['id', 'name', 'organisation', 'description', 'categories', 'needs', 'age_min', 'age_max', 'area', 'cost', 'referral', 'last_reviewed'],
  optional: [
    'address',
    'postcode',
    'latitude',
    'longitude',
    'phone',
    'email',
    'website',
    'cost_details',
    'opening_times',
    'accessibility',
    'languages',
    'for',
  ],
} as const;

/** Every column in the order the template and open data use. */
export const SERVICES_COLUMN_ORDER = [
  'id', 'name', 'organisation', 'description', 'categories', 'needs', 'age_min', 'age_max', 'area',
  'address', 'postcode', 'latitude', 'longitude', 'phone', 'email', 'website', 'cost', 'cost_details',
  'opening_times', 'referral', 'accessibility', 'languages', 'last_reviewed', 'for',
] as const;

export { AGE_LIMIT, AUDIENCES, COSTS, REFERRALS, type Audience, type Cost, type Referral } from './vocab';

const age = z.string().transform((raw, ctx) => {
  const t = raw.trim();
  const n = Number(t);
  if (t === '' || !/^\d+$/.test(t) || n > AGE_LIMIT) {
    ctx.addIssue({ code: 'custom', message: `an age in whole years from 0 to ${AGE_LIMIT}` });
    return z.NEVER;
  }
  return n;
});

function optionalCoordinate(name: 'latitude' | 'longitude', limit: number, example: string) {
  return cellType(`a ${name} from -${limit} to ${limit} in decimal degrees, such as ${example}`, (raw): CellResult<number> => {
    const t = raw.trim();
    const n = Number(t);
    return /^-?\d+(\.\d+)?$/.test(t) && Math.abs(n) <= limit ? { ok: true, value: n } : { ok: false };
  }).optional;
}

/** UK numbers have 10 or 11 digits once spaces, brackets and a +44 are taken out. */
export function parsePhone(raw: string): string | undefined {
  const t = raw.trim().replace(/\s+/g, ' ');
  const digits = t.replace(/^\+44\s*(\(0\))?/, '0').replace(/[\s()-]/g, '');
  return /^0\d{9,10}$/.test(digits) || /^\d{3,5}$/.test(digits) ? t : undefined;
}

const optionalPhone = cellType('a UK phone number such as 01632 960123', (raw): CellResult<string> => {
  const phone = parsePhone(raw);
  return phone === undefined ? { ok: false } : { ok: true, value: phone };
}).optional;

export const serviceRowSchema = z.object({
  /** Stable id used in the page address, e.g. `northbrook-sendiass`. Never change it once published. */
  id: slug,
  /** The service's name as families know it. */
  name: text,
  /** Who runs it: the council, an NHS trust, a charity, a school. */
  organisation: text,
  /** Two or three plain-English sentences: what it does and who it is for. */
  description: text,
  /** Kinds of service, `;`-separated ids or labels from data/taxonomy.csv (checked against it after reading); blank: listed under "Other". */
  categories: semicolonList,
  /** Kinds of SEND the service is for, `;`-separated; blank means any need. */
  needs: semicolonList,
  /** Youngest age served, in years (0–25). */
  age_min: age,
  /** Oldest age served, in years (0–25). */
  age_max: age,
  /** Where it is offered: area ids or labels from data/taxonomy.csv, `;`-separated, or `all`; blank: not known ("Where: not given"). */
  area: semicolonList,
  /** Street address where people go, if there is one. */
  address: optionalText,
  /** Postcode of that address, e.g. `NB1 2AB`. */
  postcode: optionalPostcode,
  /** Exact position, if known; otherwise the postcode district's centre is used for "near me". */
  latitude: optionalCoordinate('latitude', 90, '52.6123'),
  /** Goes with latitude: both or neither. */
  longitude: optionalCoordinate('longitude', 180, '-1.4876'),
  /** Phone number for families. */
  phone: optionalPhone,
  /** Email address for families. */
  email: optionalEmail,
  /** Web address, e.g. `https://www.northbrook.example/sendiass`. */
  website: optionalUrl,
  /** Whether families pay: `free`, `free-for-some` (cost_details says who), `paid` or `varies`; blank: not known ("Cost: ask the service"). */
  cost: optionalOneOf(COSTS),
  /** What it costs, in words, e.g. "£4 a session; free with a Max Card"; for `free-for-some`, who gets it free. */
  cost_details: optionalText,
  /** When it is open, in words. */
  opening_times: optionalText,
  /** Who can refer: `self` (families themselves), `professional` or `either`; blank: not known. */
  referral: optionalOneOf(REFERRALS),
  /** Access information: step-free entrance, quiet room, changing places toilet. */
  accessibility: optionalText,
  /** Languages spoken besides English, or interpreting offered, `;`-separated. */
  languages: semicolonList,
  /** When someone last checked this entry with the service, e.g. `2026-09-14`; blank: not known ("Last checked: not known"). */
  last_reviewed: optionalDate,
  /** Who it is for: blank (the child or young person), `parents-carers`, `siblings`, `young-carers` or `families`. */
  for: optionalOneOf(AUDIENCES),
});

export type ServiceRow = z.output<typeof serviceRowSchema>;

/** What the reader works out from a row, so pages never repeat the logic. */
export interface ServiceDerived {
  /** Area ids the service covers (every area when the file says `all`; none when the file does not say). */
  areas: string[];
  /** True when the file says `all`: shown as "All of the local area". */
  wholeArea: boolean;
  /** Postcode district (outward code) such as `NB3`, used for "near me". */
  district?: string;
  /** Last reviewed more than a year before the build: shown as "last checked …" with a warning. False when not known. */
  stale: boolean;
  /** Who it is for; a blank `for` is the child or young person. */
  for: Audience;
}

export type Service = Omit<ServiceRow, 'area' | 'for'> & ServiceDerived;

/** `YYYY-MM-DD` of a Date, in UTC so a build at midnight gives the same answer everywhere. */
export function isoDate(d: Date): string {
  return isoDay(d);
}

/** The date one year before `today`: anything reviewed before it is stale. */
export function staleBefore(today: Date): string {
  return addYears(isoDay(today), -1);
}

const AREA_ALL = ['all', 'all areas', 'everywhere'];

/** Turns the typed terms of one cell into ids, with a problem for each that is not in the taxonomy. */
function resolveTerms(
  typed: readonly string[],
  type: TermType,
  taxonomy: Taxonomy,
  where: { file: string; row: number; cell: string },
): { ids: string[]; problems: DataProblem[] } {
  const column = TERM_TYPE_COLUMN[type];
  const terms = termsOf(taxonomy, type);
  // If the taxonomy list is missing, readTaxonomy has said so; repeating it per row would bury it.
  if (terms.length === 0) return { ids: [], problems: [] };
  const ids: string[] = [];
  const problems: DataProblem[] = [];
  for (const raw of typed) {
    const match = matchTerm(taxonomy, type, raw);
    if (match.ok) {
      if (!ids.includes(match.id)) ids.push(match.id);
      continue;
    }
    const hints: string[] = [];
    if (match.otherType) hints.push(`"${raw}" is a ${match.otherType}, so it belongs in the ${TERM_TYPE_COLUMN[match.otherType]} column.`);
    if (match.suggestion) hints.push(`Did you mean ${match.suggestion}?`);
    hints.push(`To add a new ${type}, add a row to data/${DIRECTORY_FILES.taxonomy} first.`);
    problems.push(
      problem({
        file: where.file,
        row: where.row,
        column,
        value: where.cell,
        expected: `each ${type} to be one listed in data/${DIRECTORY_FILES.taxonomy} (${terms.map((t) => t.id).join(', ')}), but "${raw}" is not`,
        fix: hints.join(' '),
      }),
    );
  }
  return { ids, problems };
}

function checkRow(r: WithRow<ServiceRow>, cells: Record<string, string>, file: string, taxonomy: Taxonomy, today: Date): { service: Service; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const at = (column: string) => ({ file, row: r.row, column, value: cells[column] ?? '' });

  const categories = resolveTerms(r.categories, 'category', taxonomy, { file, row: r.row, cell: cells['categories'] ?? '' });
  const needs = resolveTerms(r.needs, 'need', taxonomy, { file, row: r.row, cell: cells['needs'] ?? '' });
  problems.push(...categories.problems, ...needs.problems);

  const wholeArea = r.area.length === 1 && AREA_ALL.includes(r.area[0]!.toLowerCase());
  const areas = wholeArea ? { ids: termsOf(taxonomy, 'area').map((t) => t.id), problems: [] } : resolveTerms(r.area, 'area', taxonomy, { file, row: r.row, cell: cells['area'] ?? '' });
  problems.push(...areas.problems);

  if (r.age_min > r.age_max) {
    problems.push(
      problem({
        ...at('age_min'),
        expected: `an age no higher than age_max (${r.age_max})`,
        fix: 'age_min is the youngest age the service takes and age_max the oldest. Check the two are not swapped.',
      }),
    );
  }

  if ((r.latitude === undefined) !== (r.longitude === undefined)) {
    const missing = r.latitude === undefined ? 'latitude' : 'longitude';
    problems.push(problem({ ...at(missing), expected: 'both latitude and longitude, or neither', fix: 'Fill in both or leave both blank; the postcode is used when they are blank.' }));
  }
  if (r.latitude !== undefined && r.longitude !== undefined && !inBritishIsles(r.latitude, r.longitude)) {
    problems.push(
      problem({
        ...at('latitude'),
        severity: 'warning',
        expected: 'a place in the UK (latitude about 49.9 to 60.9, longitude about -8.6 to 1.8)',
        fix: 'Check latitude and longitude are not swapped, and that longitude keeps its minus sign.',
      }),
    );
  }

  const now = isoDate(today);
  if (r.last_reviewed !== undefined && r.last_reviewed > now) {
    problems.push(
      problem({ ...at('last_reviewed'), expected: `a date that has passed (today is ${now} or earlier)`, fix: 'This is the date someone last checked the entry. Check the year.' }),
    );
  }

  if (r.cost === 'free-for-some' && r.cost_details === undefined) {
    problems.push(
      problem({
        ...at('cost_details'),
        expected: 'who gets it free, when cost is free-for-some, such as "Free for children on free school meals; others pay £5 a day"',
        fix: 'Families see this in full on the service’s card and page, so they know whether it is free for them.',
      }),
    );
  }

  if (r.phone === undefined && r.email === undefined && r.website === undefined) {
    problems.push(problem({ ...at('phone'), severity: 'warning', expected: 'at least one of phone, email or website', fix: 'Families need a way to contact the service.' }));
  }

  const { area: _area, row: _row, ...rest } = r;
  const district = r.postcode === undefined ? undefined : parsePostcode(r.postcode)?.outward;
  const service: Service = {
    ...rest,
    categories: categories.ids,
    needs: needs.ids,
    areas: areas.ids,
    wholeArea,
    ...(district === undefined ? {} : { district }),
    stale: r.last_reviewed !== undefined && r.last_reviewed < staleBefore(today),
    for: r.for ?? DEFAULT_AUDIENCE,
  };
  return { service, problems };
}

function inBritishIsles(lat: number, lon: number): boolean {
  return lat >= 49.8 && lat <= 61 && lon >= -8.7 && lon <= 1.9;
}

/**
 * Reads the services file against the taxonomy. Rows with errors are left out
 * of the result; every problem in every row is reported.
 */
/** Page paths under /services/ that are not services, so no service may use these ids. */
export const RESERVED_SERVICE_IDS = ['category', 'need', 'a-z', 'shortlist', 'index'] as const;

export function reservedIdProblems(records: readonly WithRow<{ id: string }>[], file: string): DataProblem[] {
  return records
    .filter((s) => (RESERVED_SERVICE_IDS as readonly string[]).includes(s.id))
    .map((s) => problem({ file, row: s.row, column: 'id', value: s.id, expected: 'an id that is not the address of a directory page', fix: `Give the service another id, such as "${s.id}-service".` }));
}

export function readServices(bytes: Uint8Array, file: string, taxonomy: Taxonomy, today: Date): Checked<Service[]> {
  const { table, problems } = readCsvBytes(bytes, file, SERVICES_COLUMNS);
  // An optional column left out of the header reads as blank.
  for (const r of table.rows) for (const c of SERVICES_COLUMNS.optional) r.cells[c] ??= '';
  const { records, problems: rowProblems } = validateRows(table, serviceRowSchema, file);
  problems.push(...rowProblems);
  const cellsByRow = new Map(table.rows.map((r) => [r.row, r.cells]));
  const value: Service[] = [];
  const ids = new Set<string>();
  for (const record of records) {
    const checked = checkRow(record, cellsByRow.get(record.row) ?? {}, file, taxonomy, today);
    problems.push(...checked.problems);
    // A repeated id is reported below; only the first row with it is kept.
    if (!checked.problems.some((p) => p.severity === 'error') && !ids.has(record.id)) value.push(checked.service);
    ids.add(record.id);
  }
  problems.push(...findDuplicates(records, (r) => r.id, file, 'id', 'service id'), ...reservedIdProblems(records, file));
  // No rows is a new area before its directory is filled: the pages say there are no services yet.
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { value, problems: quoteAsTyped(problems, { file, table }) };
}
