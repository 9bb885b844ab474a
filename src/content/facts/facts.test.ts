import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../core/problems';
import { publishingSchedule } from '../../ehcp/open-data';
import { checkContent } from '../content-check';
import { checkFacts, factTags, factText, fillFacts } from './facts';
import { factsFrom } from '../../build/data';
import { readSiteConfig } from '../../config/site-file';
import { readFileSync } from 'node:fs';

const action = (status: 'achieved' | 'on track' | 'delayed') => ({ action_id: '1', area_id: 'A1', action: 'a', lead: 'l', due: '2026-01' as const, status });
const site = readSiteConfig(readFileSync('tests/sample/data/templates/site.yaml', 'utf8'), 'site.yaml').value!;
const checked = <T>(value: T) => ({ value, problems: [] });
const facts = factsFrom(
  { ...site, contact: { ...site.contact, phone: '01632 960 000', address: 'Civic Centre, Northbrook', replyWithinWorkingDays: 15 } },
  {
    ehcp: checked({
      months: [
        { month: '2026-09' as const, plans_issued_den: 103, plans_issued_within_20_weeks: 62, requests_received: 133 },
        { month: '2026-10' as const, plans_issued_den: 103, plans_issued_within_20_weeks: 3 },
      ],
      national: [{ time_period: 2024, pc_plans_issued_within_20_weeks: 46.4, pc_plans_issued_20_weeks_ex: undefined }],
      files: { timeliness: 't.csv', national: 'n.csv' },
    }),
    plan: checked({
      areas: [],
      reviews: [
        { date: '2026-03-13', file: 'r1.csv', actions: [action('on track'), action('delayed')] },
        { date: '2026-07-10', file: 'r2.csv', actions: [action('achieved'), action('achieved'), action('on track')] },
      ],
      files: { folder: '', areas: '', reviews: '' },
    }),
    directory: checked({
      services: [{ id: 'quiet-swim', name: 'Quiet swim', phone: '01632 960107', opening_times: 'Monday to Friday' } as never],
      taxonomy: { categories: [], needs: [], areas: [] },
      districts: [],
      files: { services: '', taxonomy: '', districts: '' },
    }),
  },
  new Date('2026-11-22T12:00:00Z'),
);

describe('facts from the data and the configuration', () => {
  it('give the publishing schedule from the configured day, as the EHCP page does', () => {
    expect(facts.get('ehcp.schedule')).toBe('by the 20th of the following month');
    expect(publishingSchedule(1)).toBe('by the 1st of the following month');
  });

  it('give each month’s figures, the latest, the next update and England, with small numbers withheld', () => {
    expect(facts.get('ehcp.2026-09.issued')).toBe('103');
    expect(facts.get('ehcp.2026-09.percent')).toBe('60%');
    expect(facts.get('ehcp.2026-09.next-due')).toBe('20 November 2026');
    expect(facts.get('ehcp.latest.month')).toBe('October 2026');
    expect(facts.get('ehcp.latest.within')).toBe('fewer than 5');
    expect(facts.get('ehcp.latest.percent')).toBe('not shown');
    expect(facts.get('ehcp.2026-10.requests')).toBe('not given');
    expect(facts.get('ehcp.england.latest.percent')).toBe('46%');
    expect(facts.get('small-number-threshold')).toBe('5');
  });

  it('give the counts of each review, the contact details, the area’s SENDIASS and a service’s phone number from the directory', () => {
    expect(facts.get('plan.latest.achieved')).toBe('2');
    expect(facts.get('plan.2026-03-13.delayed')).toBe('1');
    expect(facts.get('plan.2026-07-10.month')).toBe('July 2026');
    expect(facts.get('plan.next-review.month')).toBe('November 2026');
    expect(facts.get('contact.phone')).toBe('01632 960 000');
    expect(facts.get('contact.address')).toBe('Civic Centre, Northbrook');
    expect(facts.get('contact.reply-within')).toBe('15 working days');
    expect(facts.get('service.quiet-swim.phone')).toBe('01632 960107');
    expect(facts.has('service.quiet-swim.email')).toBe(false);
    expect(facts.get('sendiass.phone')).toBe(site.sendiass.phone);
    expect(facts.get('area.name')).toBe(site.areaName);
  });
});

describe('<Fact> in guides and updates', () => {
  const source = '---\ntitle: x\nsummary: \'In September <Fact name="ehcp.2026-09.issued" /> plans.\'\n---\n\nCall <Fact name=\'contact.phone\'/>.\n\nIt was <Fact name="ehcp.2026-09.percnt" />.\n';

  it('are found with their lines, and filled in a summary', () => {
    expect(factTags(source)).toEqual([{ name: 'ehcp.2026-09.issued', line: 3 }, { name: 'contact.phone', line: 6 }, { name: 'ehcp.2026-09.percnt', line: 8 }]);
    expect(fillFacts('In September <Fact name="ehcp.2026-09.issued" /> plans.', facts)).toBe('In September 103 plans.');
  });

  it('must name a fact that exists: the check names the line and suggests the nearest', () => {
    expect(checkFacts('content/updates/x.mdx', source, facts).map(formatProblem)).toEqual([
      'Error: content/updates/x.mdx, row 8, column "text": Found "ehcp.2026-09.percnt". Expected the name of a fact worked out from the data, such as ehcp.latest.percent or ehcp.schedule. Did you mean ehcp.2026-09.percent? docs/content-editors.md lists the names.',
    ]);
    expect(() => factText('ehcp.2026-09.percnt', facts, '/updates/x/')).toThrow(/Did you mean ehcp\.2026-09\.percent\?/);
  });

  it('never suggest another month for a month the data does not have: they say the month has no figures', () => {
    const october = '---\ntitle: x\n---\n\nIn August <Fact name="ehcp.2026-08.issued" />, and on 10 March <Fact name="plan.2026-03-10.total" />.\n';
    expect(checkFacts('content/updates/x.mdx', october, facts).map(formatProblem)).toEqual([
      'Error: content/updates/x.mdx, row 5, column "text": Found "ehcp.2026-08.issued". Expected the name of a fact worked out from the data, such as ehcp.latest.percent or ehcp.schedule. ' +
        'The data has no figures for August 2026, so this fact cannot be stated. If August 2026 has gone from its data file, put it back; if the name is wrong, docs/content-editors.md lists the names.',
      expect.stringContaining('The data has no figures for 10 March 2026, so this fact cannot be stated.'),
    ]);
    // A misspelt name with a month the data has still gets its suggestion; one that is not a fact at all gets neither.
    expect(checkFacts('x.mdx', '<Fact name="ehcp.2026-10.isued" /> <Fact name="ehcp.2026-08.colour" />', facts).map((p) => p.fix)).toEqual([
      'Did you mean ehcp.2026-10.issued? docs/content-editors.md lists the names.',
      'docs/content-editors.md lists the names.',
    ]);
  });

  it('are checked with the rest of the content when the facts are given', () => {
    const glossary = { entries: [], file: 'content/glossary.csv' };
    const update = { path: 'content/updates/2026-11-02-x.mdx', source: '---\ntitle: X\ndate: 2026-11-02\ntype: news\nsummary: Y.\n---\n\n<Fact name="nope" />\n' };
    expect(checkContent({ guides: [], glossary, updates: [update], facts }).map((p) => p.value)).toEqual(['nope']);
  });
});
