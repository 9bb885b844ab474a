import { TURNING_POINTS as T } from '../core/__fixtures__/uk-time';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems';
import { readServices, SERVICES_COLUMN_ORDER, staleBefore } from './services';
import { readTaxonomy } from './taxonomy';
import { parsePostcode, parseUrl } from '../core/contact';

const FILE = 'data/services.csv';
const TODAY = new Date('2026-11-22T10:00:00Z');
const taxonomy = readTaxonomy(readFileSync('tests/sample/data/taxonomy.csv'), 'data/taxonomy.csv').value;
const bytes = (text: string) => new TextEncoder().encode(text);

const BASE: Record<string, string> = {
  id: 'quiet-swim',
  name: 'Quiet swim',
  organisation: 'Northbrook Leisure Trust',
  description: 'A calm swim.',
  categories: 'leisure',
  needs: 'autism; sensory-processing',
  age_min: '0',
  age_max: '25',
  area: 'northbrook-town',
  address: 'Queensway, Northbrook',
  postcode: 'nb5 3lc',
  latitude: '',
  longitude: '',
  phone: '01632 960123',
  email: 'swim@leisure.example',
  website: 'www.leisure.example/swim',
  cost: 'Paid',
  cost_details: '£2.50',
  opening_times: 'Sundays',
  referral: 'self',
  accessibility: '',
  languages: '',
  last_reviewed: '2026-05-12',
};

function csv(...rows: Record<string, string>[]): Uint8Array {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return bytes([SERVICES_COLUMN_ORDER.join(','), ...rows.map((r) => SERVICES_COLUMN_ORDER.map((c) => quote(r[c] ?? '')).join(','))].join('\n'));
}
const read = (...rows: Record<string, string>[]) => readServices(csv(...rows), FILE, taxonomy, TODAY);
const messages = (...rows: Record<string, string>[]) => read(...rows).problems.map(formatProblem);

describe('readServices', () => {
  it('reads the shipped sample with zero problems, at least 120 services and some stale', () => {
    const { value, problems } = readServices(readFileSync('tests/sample/data/services.csv'), FILE, taxonomy, TODAY);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(value.length).toBeGreaterThanOrEqual(120);
    expect(value.filter((s) => s.stale).length).toBeGreaterThanOrEqual(5);
    const categories = new Set(value.flatMap((s) => s.categories));
    expect(taxonomy.categories.every((c) => categories.has(c.id))).toBe(true);
    expect(value.find((s) => s.id === 'northbrook-sendiass')?.wholeArea).toBe(true);
  });

  it('reads the template with zero problems', () => {
    expect(readServices(readFileSync('tests/sample/data/templates/services.csv'), FILE, taxonomy, TODAY).problems).toEqual([]);
  });

  it('reads a good row, tidying the postcode, cost and web address and deriving district and staleness', () => {
    const { value, problems } = read(BASE);
    expect(problems).toEqual([]);
    expect(value[0]).toMatchObject({
      postcode: 'NB5 3LC',
      district: 'NB5',
      cost: 'paid',
      website: 'https://www.leisure.example/swim',
      needs: ['autism', 'sensory-processing'],
      areas: ['northbrook-town'],
      wholeArea: false,
      stale: false,
    });
  });

  it('marks a service stale when last reviewed more than a year ago', () => {
    expect(staleBefore(TODAY)).toBe('2025-11-22');
    expect(read({ ...BASE, last_reviewed: '2025-11-21' }).value[0]?.stale).toBe(true);
    expect(read({ ...BASE, last_reviewed: '22/11/2025' }).value[0]?.stale).toBe(false);
  });

  it('at its turning points: stale from the day after a year has passed in England, a year from 29 February is 28 February', () => {
    const at = (today: Date, last_reviewed: string) => readServices(csv({ ...BASE, last_reviewed }), FILE, taxonomy, today);
    expect(staleBefore(T.leapDay)).toBe('2027-02-28');
    expect(at(T.leapDay, '2027-02-28').value[0]?.stale).toBe(false);
    expect(at(T.leapDay, '2027-02-27').value[0]?.stale).toBe(true);
    // 00:30 on 1 July in summer time is 30 June in UTC: in England a year has passed since 30 June 2026.
    expect(at(T.lastMinuteOfJune, '2026-06-30').value[0]?.stale).toBe(false);
    expect(at(T.firstMinuteOfJuly, '2026-06-30').value[0]?.stale).toBe(true);
    expect(at(T.firstMinuteOfYear, '2027-01-01').value[0]?.stale).toBe(false);
    expect(at(T.firstMinuteOfYear, '2026-12-31').value[0]?.stale).toBe(true);
  });

  it('at its turning points: a review dated today in England is not in the future', () => {
    const at = (today: Date, last_reviewed: string) => readServices(csv({ ...BASE, last_reviewed }), FILE, taxonomy, today).problems.filter((p) => p.column === 'last_reviewed');
    expect(at(T.firstMinuteOfJuly, '2027-07-01')).toEqual([]);
    expect(at(T.lastMinuteOfJune, '2027-07-01')).toHaveLength(1);
    expect(at(T.firstMinuteOfYear, '2028-01-01')).toEqual([]);
    expect(at(T.lastMinuteOfYear, '2028-01-01')).toHaveLength(1);
  });

  it('accepts labels instead of ids, and all for the area', () => {
    const { value, problems } = read({ ...BASE, categories: 'Short breaks; Leisure and activities', needs: 'ADHD', area: 'All' });
    expect(problems).toEqual([]);
    expect(value[0]).toMatchObject({ categories: ['short-breaks', 'leisure'], needs: ['adhd'], wholeArea: true });
    expect(value[0]?.areas).toHaveLength(taxonomy.areas.length);
  });

  it.each([
    ['website', 'htp//leisure', 'Expected a web address such as https://www.northbrook.example/sendiass, or blank, but it is not a complete web address.'],
    ['website', 'ftp://leisure.example', 'Expected a web address such as https://www.northbrook.example/sendiass, or blank, but it should start with https://.'],
    ['email', 'swim at leisure.example', 'Expected an email address such as sendiass@northbrook.example, or blank.'],
    ['postcode', 'NB5', 'Expected a UK postcode such as NB1 2AB, or blank.'],
    ['phone', '0163 296', 'Expected a UK phone number such as 01632 960123, or blank.'],
    ['age_max', '30', 'Expected an age in whole years from 0 to 25.'],
    ['age_min', '-1', 'Expected an age in whole years from 0 to 25.'],
    ['cost', 'cheap', 'Expected one of: free, free-for-some, paid, varies, or blank.'],
    ['referral', 'GP', 'Expected one of: self, professional, either, or blank.'],
    ['id', 'Quiet Swim', 'Expected an id made of lower-case letters, numbers and hyphens, such as quiet-swim.'],
    ['last_reviewed', '31/02/2026', 'Expected a date such as 2026-10-31 or 31/10/2026, or blank, but "31/02/2026" is not a real date.'],
    ['latitude', '95', 'Expected a latitude from -90 to 90 in decimal degrees, such as 52.6123, or blank.'],
  ])('rejects a bad %s (%s)', (column, value, expected) => {
    const result = read({ ...BASE, [column]: value });
    expect(result.value).toEqual([]);
    expect(result.problems.map(formatProblem)).toEqual([`Error: ${FILE}, row 2, column "${column}": Found "${value}". ${expected}`]);
  });

  it('rejects age_min above age_max', () => {
    expect(messages({ ...BASE, age_min: '12', age_max: '5' })).toEqual([
      `Error: ${FILE}, row 2, column "age_min": Found "12". Expected an age no higher than age_max (5). age_min is the youngest age the service takes and age_max the oldest. Check the two are not swapped.`,
    ]);
  });

  it('rejects a category not in the taxonomy, suggesting the closest', () => {
    const [message] = messages({ ...BASE, categories: 'leisure; helth' });
    expect(message).toBe(
      `Error: ${FILE}, row 2, column "categories": Found "leisure; helth". Expected each category to be one listed in data/taxonomy.csv (${taxonomy.categories.map((t) => t.id).join(', ')}), but "helth" is not. Did you mean health? To add a new category, add a row to data/taxonomy.csv first.`,
    );
  });

  it('says when a need was put in the categories column', () => {
    expect(messages({ ...BASE, categories: 'autism' })[0]).toContain('"autism" is a need, so it belongs in the needs column.');
  });

  it('rejects a need not in the taxonomy, suggesting the closest', () => {
    expect(messages({ ...BASE, needs: 'autsim' })[0]).toContain('but "autsim" is not. Did you mean autism?');
  });

  it('rejects a duplicate id, naming both rows', () => {
    const result = read(BASE, { ...BASE, name: 'Another' });
    expect(result.problems.map(formatProblem)).toEqual([
      `Error: ${FILE}, row 3, column "id": Found "quiet-swim". Expected each service id once. It is also on row 2. Delete one of the two rows.`,
    ]);
    expect(result.value).toHaveLength(1);
  });

  it('refuses service ids that are directory page addresses', () => {
    expect(read({ ...BASE, id: 'shortlist' }).problems.map(formatProblem)).toEqual([
      `Error: ${FILE}, row 2, column "id": Found "shortlist". Expected an id that is not the address of a directory page. Give the service another id, such as "shortlist-service".`,
    ]);
  });

  it('rejects a last_reviewed date in the future', () => {
    expect(messages({ ...BASE, last_reviewed: '2026-11-23' })).toEqual([
      `Error: ${FILE}, row 2, column "last_reviewed": Found "2026-11-23". Expected a date that has passed (today is 2026-11-22 or earlier). This is the date someone last checked the entry. Check the year.`,
    ]);
  });

  it('rejects only one of latitude and longitude', () => {
    expect(messages({ ...BASE, latitude: '52.6' })).toEqual([
      `Error: ${FILE}, row 2, column "longitude": Found an empty cell. Expected both latitude and longitude, or neither. Fill in both or leave both blank; the postcode is used when they are blank.`,
    ]);
  });

  it('warns about a place outside the UK, such as swapped coordinates', () => {
    const result = read({ ...BASE, latitude: '-1.5', longitude: '52.6' });
    expect(result.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(result.value).toHaveLength(1);
  });

  it('warns when there is no way to contact the service', () => {
    const result = read({ ...BASE, phone: '', email: '', website: '' });
    expect(result.problems.map(formatProblem)).toEqual([
      `Warning: ${FILE}, row 2, column "phone": Found an empty cell. Expected at least one of phone, email or website. Families need a way to contact the service.`,
    ]);
  });

  it('reads a blank category, area, cost, referral or last_reviewed as "not known", not as an error or a guess', () => {
    const { value, problems } = read({ ...BASE, categories: '', area: '', cost: '', referral: '', last_reviewed: '' });
    expect(problems).toEqual([]);
    expect(value[0]).toMatchObject({ categories: [], areas: [], wholeArea: false, stale: false });
    expect([value[0]!.cost, value[0]!.referral, value[0]!.last_reviewed]).toEqual([undefined, undefined, undefined]);
  });

  it('still stops a category or area that is not in the taxonomy', () => {
    expect(messages({ ...BASE, categories: 'swimming', area: 'nowhere' }).map((m) => m.slice(0, 60))).toEqual([
      `Error: ${FILE}, row 2, column "categories": Found "swimming"`.slice(0, 60),
      `Error: ${FILE}, row 2, column "area": Found "nowhere". Expe`.slice(0, 60),
    ]);
  });

  it('reports a misspelt header with a suggestion', () => {
    const text = new TextDecoder().decode(csv(BASE)).replace('last_reviewed', 'last_reviewd');
    const problems = readServices(bytes(text), FILE, taxonomy, TODAY).problems.map(formatProblem);
    expect(problems[0]).toContain('Did you mean last_reviewed?');
  });
});

describe('contact field types', () => {
  it('accepts the standard UK postcode format, including fictional areas', () => {
    expect(parsePostcode('NB1 2AB')?.postcode).toBe('NB1 2AB');
    expect(parsePostcode('ec1a1bb')).toEqual({ outward: 'EC1A', inward: '1BB', postcode: 'EC1A 1BB' });
    expect(parsePostcode('M1 1AE')?.outward).toBe('M1');
    expect(parsePostcode('NB1 2A')).toBeUndefined();
    expect(parsePostcode('12 NB1')).toBeUndefined();
  });
  it('adds https:// to a bare domain and refuses spaces', () => {
    expect(parseUrl('www.x.example')).toEqual({ ok: true, url: 'https://www.x.example' });
    expect(parseUrl('https://x.example/a b')).toEqual({ ok: false, reason: 'it has a space in it' });
  });
});
