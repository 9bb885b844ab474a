import { describe, expect, it } from 'vitest';
import { factTags } from '../facts/facts';
import { draftName, draftUpdate } from './draft';

/** Facts as the data would give them, for the months named. */
function factsFor(months: readonly string[], extra: Record<string, string> = {}): Map<string, string> {
  const facts = new Map<string, string>(Object.entries(extra));
  for (const m of months) {
    for (const part of ['month', 'issued', 'within', 'percent', 'percent-12-months', 'requests', 'next-month', 'next-due']) facts.set(`ehcp.${m}.${part}`, '1');
  }
  return facts;
}

describe('the month’s update, drafted', () => {
  it('is named by its day and month, as the updates folder names them', () => {
    expect(draftName('2026-11', '2026-12-18')).toBe('2026-12-18-ehcp-timeliness-november-2026.mdx');
  });

  it('gives every figure of the month as a fact of that month, and compares with the month and the year before', () => {
    const facts = factsFor(['2025-11', '2026-10', '2026-11'], { 'ehcp.england.latest.year': '2024', 'ehcp.england.latest.percent': '46%' });
    const { text } = draftUpdate({ month: '2026-11', date: '2026-12-18', facts, otherMeasures: ['Decisions within 6 weeks'] });
    expect(text).toMatch(/^---\ntitle: EHC plan figures for November 2026\ndate: 2026-12-18\ntype: data-release\nsummary: 'In November 2026 we issued <Fact name="ehcp\.2026-11\.issued" \/>/);
    const names = factTags(text).map((t) => t.name);
    expect(names.every((n) => facts.has(n))).toBe(true);
    expect(new Set(names.filter((n) => !n.startsWith('ehcp.2026-11.')))).toEqual(new Set(['ehcp.2026-10.percent', 'ehcp.2025-11.percent-12-months', 'ehcp.england.latest.year', 'ehcp.england.latest.percent']));
    expect(text).toContain('In October it was <Fact name="ehcp.2026-10.percent" />.');
    expect(text).toContain('- Decisions within 6 weeks\n');
    expect(text).toMatch(/The next figures, for <Fact name="ehcp\.2026-11\.next-month" \/>, will be published by <Fact name="ehcp\.2026-11\.next-due" \/>\.\n$/);
  });

  it('leaves out what the data does not give: no earlier months, no requests, no other measures', () => {
    const facts = factsFor(['2026-11']);
    facts.set('ehcp.2026-11.requests', 'not given');
    facts.set('ehcp.2026-11.percent-12-months', 'not yet available');
    const { text } = draftUpdate({ month: '2026-11', date: '2026-12-18', facts, otherMeasures: [] });
    expect(text).not.toMatch(/requests|12 months|A year before|England|other measures|2026-10/);
    expect(factTags(text).every((t) => t.name.startsWith('ehcp.2026-11.'))).toBe(true);
  });
});
