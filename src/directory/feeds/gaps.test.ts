/**
 * Every named, live service in a feed is published: ORUK 1.0 and HSDS 3.0
 * pages whose records carry no review date (and often no cost, referral or
 * area) come through, with what the feed did not say left blank and listed
 * for the directory team. The LGA's terms are matched however the feed spells them.
 */
import { describe, expect, it } from 'vitest';
import { formatReport } from './report';
import { fixture, mappingFrom, pagesFrom, runImport, servicesOf } from './__fixtures__/helpers';

const mapping = mappingFrom(fixture('esd-mapping.csv'));

describe.each([
  ['ORUK 1.0', 'no-review-date/oruk1.json', ['Marston Saturday Short Breaks', 'Sensory Play Mornings'], 'Closed Holiday Scheme'],
  ['HSDS 3.0', 'no-review-date/hsds3.json', ['Talk Together Speech Drop-in', 'SEND Parent Carer Coffee Morning'], 'Old Toy Library'],
])('an %s page whose records carry no review date', (_format, file, live, closed) => {
  const result = runImport(pagesFrom(fixture(file)), mapping);
  const services = servicesOf(result.csv);

  it('publishes every live service, and only the closed one is not published', () => {
    expect(result.problems).toEqual([]);
    expect(services.map((s) => s.name)).toEqual(live);
    expect(result.report.skipped.map((s) => [s.name, s.field])).toEqual([[closed, 'status']]);
  });

  it('leaves "last checked" blank, never a made-up date, and lists it as a gap for each service', () => {
    expect(services.map((s) => [s.last_reviewed, s.stale])).toEqual(live.map(() => [undefined, false]));
    expect(result.report.gaps.map((g) => [g.name, g.fields.includes('last_reviewed')])).toEqual(live.map((name) => [name, true]));
    expect(formatReport(result.report, 'x', mapping.defaults)).toMatch(/last checked 2\b/);
  });
});

describe('the ORUK 1.0 page, field by field', () => {
  const result = runImport(pagesFrom(fixture('no-review-date/oruk1.json')), mapping);
  const [breaks, sensory] = servicesOf(result.csv);

  it('maps the LGA terms whether the id is bare with an "esdServiceTypes" vocabulary or a web address', () => {
    expect(breaks).toMatchObject({ categories: ['short-breaks', 'support-groups'], cost: 'free', referral: 'professional' });
    expect(sensory).toMatchObject({ categories: ['leisure'], needs: ['sensory-processing'] });
    expect(result.report.unmapped).toEqual([]);
  });

  it('takes the area from the feed\'s service area named like one of ours, and gives none when the feed gives none', () => {
    expect(breaks).toMatchObject({ areas: ['marston'], wholeArea: false });
    expect(sensory).toMatchObject({ areas: [], wholeArea: false });
    expect(result.report.gaps.find((g) => g.name === 'Sensory Play Mornings')!.fields).toEqual(['area', 'cost', 'referral', 'last_reviewed']);
    expect(result.report.gaps.find((g) => g.name === 'Marston Saturday Short Breaks')!.fields).toEqual(['last_reviewed']);
  });
});

describe('the HSDS 3.0 page, field by field', () => {
  const result = runImport(pagesFrom(fixture('no-review-date/hsds3.json')), mapping);
  const [speech, coffee] = servicesOf(result.csv);

  it('maps a CURIE code, a bare code with its taxonomy, and a term known only by its web address', () => {
    expect(speech).toMatchObject({ categories: ['health'], needs: ['speech-language-communication'], areas: ['northbrook-town'] });
    expect(coffee).toMatchObject({ categories: ['support-groups', 'education'], needs: [], areas: [] });
    expect(result.report.unmapped).toEqual([]);
  });
});
