/** Our own HSDS export, imported again, gives back the same directory: as JSON and as the tabular package. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataPackage, HSDS_RESOURCES, serviceListPage, tableCsv } from '../hsds-export';
import { toHsdsTables, WHOLE_AREA } from '../open-referral';
import { readPage } from './feed-pages';
import { TERM_CODE_PREFIX } from './hsds-words';
import { readMapping } from './mapping';
import { loadFeed } from './source.node';
import { runImport, servicesOf, taxonomy } from './__fixtures__/helpers';

const SITE = 'https://localoffer.northbrook.example';
const sampleCsv = readFileSync('tests/sample/data/services.csv', 'utf8');
const sample = servicesOf(sampleCsv);
const tables = toHsdsTables(sample, taxonomy, SITE);

/** The mapping a council would write to read our export: each of our terms to itself. */
const identity = readMapping(
  new TextEncoder().encode(
    [
      'feed_term,maps_to',
      ...taxonomy.categories.map((t) => `${TERM_CODE_PREFIX.category}:${t.id},${t.id}`),
      ...taxonomy.needs.map((t) => `${TERM_CODE_PREFIX.need}:${t.id},${t.id}`),
      ...taxonomy.areas.map((t) => `"area:${t.label}",${t.id}`),
      `area:${WHOLE_AREA.name},all`,
    ].join('\n'),
  ),
  'identity.csv',
  taxonomy,
);

describe('round trip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hsds-package-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the identity mapping is valid', () => {
    expect(identity.problems).toEqual([]);
  });

  it('HSDS 3.0 JSON → the same services, with the same ids, every one unchanged', () => {
    const page = readPage(JSON.parse(JSON.stringify(serviceListPage(tables))) as unknown, 'services.json');
    const result = runImport([page], identity.value, { csv: sampleCsv });
    expect(result.problems).toEqual([]);
    expect(result.report.skipped).toEqual([]);
    expect(result.report.notes.filter((n) => !n.reason.startsWith('warning'))).toEqual([]);
    expect(result.report.counts).toMatchObject({ inFeed: sample.length, added: 0, changed: 0, unchanged: sample.length, removed: 0, kept: 0 });
    expect(servicesOf(result.csv)).toEqual(sample);
  });

  it('HSDS 3.0 tabular package (datapackage.json + CSVs) → the same services', async () => {
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(dataPackage({ name: 'n', title: 't', description: 'd', homepage: SITE, publisher: 'p' })));
    for (const r of HSDS_RESOURCES) writeFileSync(join(dir, r.path), tableCsv(tables, r.name));
    const result = runImport(await loadFeed(dir), identity.value, { csv: sampleCsv });
    expect(result.problems).toEqual([]);
    expect(result.report.counts).toMatchObject({ unchanged: sample.length, changed: 0, added: 0, removed: 0, skipped: 0 });
    expect(servicesOf(result.csv)).toEqual(sample);
  });

  it('keeps a map position and access details that have no address', () => {
    const csv = sampleCsv.replace('"The Old Library, 4 Chapel Street, Northbrook",NB1 3HL,', ',,');
    const edited = servicesOf(csv);
    const page = readPage(JSON.parse(JSON.stringify(serviceListPage(toHsdsTables(edited, taxonomy, SITE)))) as unknown, 'services.json');
    const result = runImport([page], identity.value, { csv });
    expect(servicesOf(result.csv).find((s) => s.id === 'northbrook-sendiass')).toMatchObject({ address: undefined, postcode: undefined, latitude: 52.6021, longitude: -1.4997, accessibility: expect.stringMatching(/^Step-free/) });
    expect(result.report.counts.unchanged).toBe(sample.length);
  });

  it('keeps what is not known not known: no category, area, cost, referral or last-checked date stays blank', () => {
    const csv = `${sampleCsv}tuesday-drop-in,Tuesday Drop-in Group,Friends of the Park,A weekly drop-in.,,,0,25,,,,,,01632 960003,,,,,,,,,,\n`;
    const edited = servicesOf(csv);
    const page = readPage(JSON.parse(JSON.stringify(serviceListPage(toHsdsTables(edited, taxonomy, SITE)))) as unknown, 'services.json');
    const result = runImport([page], identity.value, { csv });
    expect(result.problems).toEqual([]);
    expect(result.report.counts).toMatchObject({ unchanged: edited.length, changed: 0, skipped: 0 });
    expect(result.report.gaps).toEqual([{ feedId: expect.any(String), name: 'Tuesday Drop-in Group', fields: ['categories', 'area', 'cost', 'referral', 'last_reviewed'] }]);
    expect(result.csv).toBe(csv);
  });

  it('into an empty directory, gives the same services apart from ids made from the names', () => {
    const page = readPage(JSON.parse(JSON.stringify(serviceListPage(tables))) as unknown, 'services.json');
    const fresh = servicesOf(runImport([page], identity.value).csv);
    // A feed does not say who a service is for, so a new directory starts with every service for the child or young person.
    const withoutIds = (list: typeof sample) => list.map(({ id: _id, for: _for, ...rest }) => rest).sort((a, b) => a.name.localeCompare(b.name));
    expect(withoutIds(fresh)).toEqual(withoutIds(sample));
    expect(new Set(fresh.map((s) => s.for))).toEqual(new Set(['children-young-people']));
  });
});
