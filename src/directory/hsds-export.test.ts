/**
 * Our HSDS export checked against the published schemas with ajv: the Open
 * Referral UK 3.0 profile (as the issue asks) and plain HSDS 3.0, from the
 * shared fixtures folder (never copied into the project).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../core/shared-fixtures.node';
import { dataPackage, HSDS_RESOURCES, serviceListPage, tableCsv } from './hsds-export';
import { toHsdsTables } from './open-referral';
import { readServices } from './services';
import { readTaxonomy } from './taxonomy';

const TODAY = new Date('2026-11-22T10:00:00Z');
const SITE = 'https://localoffer.northbrook.example';
const taxonomy = readTaxonomy(readFileSync('tests/sample/data/taxonomy.csv'), 'data/taxonomy.csv').value;
const services = readServices(readFileSync('tests/sample/data/services.csv'), 'data/services.csv', taxonomy, TODAY).value;
const tables = toHsdsTables(services, taxonomy, SITE);

type Json = Record<string, unknown>;
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;

/** Every table schema in a folder, by file name, loaded into one ajv so `$ref: "organization.json"` resolves. */
function schemas(dir: string): { ajv: Ajv2020; byName: Map<string, Json> } {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // Formats the schemas name that are not JSON Schema's own: `csv` in datapackage notes, `datetime` for date-time.
  ajv.addFormat('csv', true).addFormat('datetime', true);
  const byName = new Map<string, Json>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    const schema = readJson(join(dir, file));
    ajv.addSchema(schema, file);
    byName.set(String(schema['name']), schema);
  }
  return { ajv, byName };
}

const uk = schemas(sharedFixture('oruk', 'uk-profile-3.0', 'schema'));
const hsds = schemas(sharedFixture('oruk', 'hsds-3.0', 'schema'));

function check(validate: ValidateFunction | undefined, value: unknown): string[] {
  if (!validate) return ['no schema'];
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** A CSV row typed as datapackage.json says, blanks left out (as HSDS asks), for the JSON Schema. */
function typedRows(name: (typeof HSDS_RESOURCES)[number]['name']): Json[] {
  const r = HSDS_RESOURCES.find((x) => x.name === name)!;
  const parsed = Papa.parse<Record<string, string>>(tableCsv(tables, name), { header: true, skipEmptyLines: true });
  return parsed.data.map((row) =>
    Object.fromEntries(
      r.fields.flatMap((f) => {
        const raw = row[f.name] ?? '';
        if (raw === '' && !f.required) return [];
        return [[f.name, f.type === 'integer' || f.type === 'number' ? Number(raw) : raw]];
      }),
    ),
  );
}

describe('HSDS 3.0 tabular data package', () => {
  const descriptor = dataPackage({ name: 'northbrook', title: 'T', description: 'D', homepage: SITE, publisher: 'Northbrook Council' });

  it('names each table and file as the UK profile does, and every field is one the standard defines', () => {
    for (const resource of descriptor.resources) {
      const profile = uk.byName.get(resource.name);
      expect(profile, resource.name).toBeDefined();
      expect(resource.path).toBe(profile!['path']);
      const known = new Set([...Object.keys(profile!['properties'] as Json), ...Object.keys((hsds.byName.get(resource.name)?.['properties'] ?? {}) as Json)]);
      expect(resource.schema.fields.map((f) => f.name).filter((f) => !known.has(f)), resource.name).toEqual([]);
    }
  });

  it('every row of every CSV validates against the UK profile and HSDS 3.0 table schemas', () => {
    let rows = 0;
    for (const r of HSDS_RESOURCES) {
      const validateUk = uk.ajv.getSchema(`${r.name}.json`);
      const validateHsds = hsds.ajv.getSchema(`${r.name}.json`);
      for (const row of typedRows(r.name)) {
        rows++;
        expect(check(validateUk, row), `${r.name} ${String(row['id'])} (UK profile)`).toEqual([]);
        expect(check(validateHsds, row), `${r.name} ${String(row['id'])} (HSDS 3.0)`).toEqual([]);
      }
    }
    expect(rows).toBeGreaterThan(services.length * 4);
  });

  it('has a row for every service and every foreign key points at a row that exists', () => {
    expect(typedRows('service')).toHaveLength(services.length);
    for (const r of HSDS_RESOURCES) {
      for (const fk of r.foreignKeys) {
        const targets = new Set(typedRows(fk.reference.resource).map((row) => row['id']));
        const dangling = typedRows(r.name).filter((row) => row[fk.fields] !== undefined && !targets.has(row[fk.fields]));
        expect(dangling, `${r.name}.${fk.fields}`).toEqual([]);
      }
    }
  });
});

describe('HSDS 3.0 JSON', () => {
  const page = serviceListPage(tables);

  it('is a list page the UK profile OpenAPI describes, with every service', () => {
    const openapi = readJson(sharedFixture('oruk', 'uk-profile-3.0', 'schema', 'openapi.json'));
    const pageSchema = ((openapi['components'] as Json)['schemas'] as Json)['Page'];
    expect(check(uk.ajv.compile(pageSchema as Json), page)).toEqual([]);
    expect(page).toMatchObject({ total_items: services.length, total_pages: 1, page_number: 1, first_page: true, last_page: true, empty: false });
    expect(page.contents).toHaveLength(services.length);
  });

  it('every service validates against the UK profile compiled service schema and the HSDS 3.0 service schema', () => {
    const compiled = uk.ajv.compile(readJson(sharedFixture('oruk', 'uk-profile-3.0', 'schema', 'compiled', 'service.json')));
    const plain = hsds.ajv.getSchema('service.json');
    for (const s of page.contents) {
      expect(check(compiled, s), s.name).toEqual([]);
      expect(check(plain, s), s.name).toEqual([]);
    }
  });

  it('the validators do catch a broken service (so passing means something)', () => {
    const compiled = uk.ajv.compile(readJson(sharedFixture('oruk', 'uk-profile-3.0', 'schema', 'compiled', 'service.json')));
    const plain = hsds.ajv.getSchema('service.json');
    const s = page.contents[0]!;
    const broken = { ...s, id: 'not-a-uuid', status: 'open', organization: { id: s.organization!.id, description: 'no name' } };
    expect(check(compiled, broken)).toEqual(expect.arrayContaining(['/id must match format "uuid"', '/status must be equal to one of the allowed values', "/organization must have required property 'name'"]));
    expect(check(plain, broken).length).toBeGreaterThanOrEqual(3);
  });

  it('nests organization, locations, contacts, schedules and taxonomy terms inside each service', () => {
    const s = page.contents.find((x) => x.name.startsWith('Northbrook SEND Information'))!;
    expect(s.organization).toMatchObject({ name: 'Northbrook SENDIASS' });
    expect(s.service_at_locations?.[0]?.location).toMatchObject({ name: 'The Old Library', addresses: [{ postal_code: 'NB1 3HL', city: 'Northbrook' }] });
    expect(s.contacts?.[0]?.phones?.[0]?.number).toBe('01632 960107');
    expect(s.schedules?.[0]?.description).toMatch(/^Helpline Monday to Thursday/);
    expect(s.attributes?.map((a) => a.taxonomy_term?.name)).toEqual(['Advice and information']);
    expect(JSON.stringify(s)).not.toContain('null');
  });

  it('is the same from one build to the next', () => {
    expect(JSON.stringify(serviceListPage(toHsdsTables(services, taxonomy, SITE)))).toBe(JSON.stringify(page));
  });
});
