/**
 * Facts that guides and updates state in prose (a publishing schedule, a
 * threshold, a latest figure), worked out from the data and the site
 * configuration so a page can never disagree with the figures. Writers use
 * `<Fact name="ehcp.latest.percent" />`; the list of names is in
 * docs/content-editors.md and in the message for a name that does not exist.
 */
import type { Month } from '../../core/fields';
import { addMonths, formatDate, formatMonth, formatNumber, formatPercent } from '../../core/format';
import { DataError, problem, type DataProblem } from '../../core/problems';
import { closestMatch } from '../../core/suggest';
import { countText, type Disclosed } from '../../core/suppression';
import type { EhcpMonthStat } from '../../ehcp/stats';
import { nextUpdateDue, publishingSchedule } from '../../ehcp/open-data';
import type { EhcpNationalYear } from '../../ehcp/ehcp';
import { ACTION_STATUSES, type ImprovementPlan } from '../../plan/schema';
import { countStatuses, estimateNextReview } from '../../plan/stats';
import type { Service } from '../../directory/services';

export interface FactSources {
  ehcp: readonly EhcpMonthStat[];
  national: readonly EhcpNationalYear[];
  plan: ImprovementPlan;
  /** Day of the month the EHCP figures are published by (site configuration). */
  publishDay: number;
  threshold: number;
  today: Date;
  /** The directory, so a guide gives a service's phone number as the directory does. */
  services: readonly Pick<Service, 'id' | 'name' | 'phone' | 'email' | 'website' | 'opening_times'>[];
  /** The Local Offer's own contact details (site configuration). */
  contact: { phone: string; email: string };
}

/** Every fact by name, e.g. `ehcp.2026-10.percent` → "64%". */
export type Facts = ReadonlyMap<string, string>;

function ehcpFacts(facts: Map<string, string>, stats: readonly EhcpMonthStat[], s: FactSources): void {
  const count = (d: Disclosed | undefined) => (d === undefined ? 'not given' : countText(d, s.threshold, formatNumber));
  const percent = (d: Disclosed | undefined) => (d === undefined ? 'not given' : d.shown ? formatPercent(d.value) : 'not shown');
  const latest = stats.at(-1);
  for (const stat of stats) {
    const names = stat === latest ? [stat.month, 'latest'] : [stat.month];
    for (const key of names) {
      const at = (name: string, value: string) => facts.set(`ehcp.${key}.${name}`, value);
      at('month', formatMonth(stat.month));
      at('issued', count(stat.issued));
      at('within', count(stat.within));
      at('percent', percent(stat.percent));
      at('percent-12-months', stat.rolling12 === undefined ? 'not yet available' : percent(stat.rolling12));
      at('requests', count(stat.requests));
      at('next-month', formatMonth(addMonths(stat.month, 1)));
      at('next-due', formatDate(nextUpdateDue(stat.month, s.publishDay)));
    }
  }
  for (const year of s.national) {
    if (year.pc_plans_issued_within_20_weeks === undefined) continue;
    facts.set(`ehcp.england.${year.time_period}.percent`, formatPercent(year.pc_plans_issued_within_20_weeks));
  }
  const england = [...s.national].reverse().find((n) => n.pc_plans_issued_within_20_weeks !== undefined);
  if (england) {
    facts.set('ehcp.england.latest.year', String(england.time_period));
    facts.set('ehcp.england.latest.percent', formatPercent(england.pc_plans_issued_within_20_weeks!));
  }
}

function planFacts(facts: Map<string, string>, s: FactSources): void {
  const latest = s.plan.reviews.at(-1);
  for (const review of s.plan.reviews) {
    const counts = countStatuses(review.actions);
    for (const key of review === latest ? [review.date, 'latest'] : [review.date]) {
      facts.set(`plan.${key}.month`, formatMonth(review.date.slice(0, 7) as Month));
      facts.set(`plan.${key}.date`, formatDate(review.date));
      facts.set(`plan.${key}.total`, formatNumber(counts.total));
      for (const status of ACTION_STATUSES) facts.set(`plan.${key}.${status.replace(/ /g, '-')}`, formatNumber(counts.count[status]));
    }
  }
  const next = estimateNextReview(s.plan, s.today);
  if (next) facts.set('plan.next-review.month', formatMonth(next.month));
}

function serviceFacts(facts: Map<string, string>, s: FactSources): void {
  for (const service of s.services) {
    const at = (name: string, value: string | undefined) => value && facts.set(`service.${service.id}.${name}`, value);
    at('name', service.name);
    at('phone', service.phone);
    at('email', service.email);
    at('website', service.website);
    at('opening-times', service.opening_times);
  }
}

export function buildFacts(s: FactSources): Facts {
  const facts = new Map<string, string>();
  facts.set('ehcp.schedule', publishingSchedule(s.publishDay));
  facts.set('small-number-threshold', formatNumber(s.threshold));
  facts.set('contact.phone', s.contact.phone);
  facts.set('contact.email', s.contact.email);
  serviceFacts(facts, s);
  ehcpFacts(facts, s.ehcp, s);
  planFacts(facts, s);
  return facts;
}

const FACT_TAG = /<Fact\s+name\s*=\s*(?:"([^"]*)"|'([^']*)')\s*\/>/g;

/** Every `<Fact name="…" />` in a text, with its line. */
export function factTags(source: string): { name: string; line: number }[] {
  return [...source.matchAll(FACT_TAG)].map((m) => ({ name: m[1] ?? m[2] ?? '', line: source.slice(0, m.index).split('\n').length }));
}

/** A text (such as an update's summary) with each `<Fact name="…" />` replaced by the fact. */
export function fillFacts(text: string, facts: Facts): string {
  return text.replace(FACT_TAG, (tag, a?: string, b?: string) => facts.get(a ?? b ?? '') ?? tag);
}

/** The fact, or a DataError that stops the build in the same words as check-data. */
export function factText(name: string, facts: Facts, file = 'a page'): string {
  const value = facts.get(name);
  if (value !== undefined) return value;
  throw new DataError([unknownFact(name, facts, file)]);
}

/**
 * A name whose month (or review date) the data does not have, though it has
 * the same fact for others: "October 2026" for `ehcp.2026-10.issued` when
 * October is missing. Never another month in its place: that would state
 * another month's figures.
 */
function periodNotInData(name: string, names: readonly string[]): string | undefined {
  const parts = name.split('.');
  const at = parts.findIndex((p) => /^\d{4}-\d{2}(-\d{2})?$/.test(p));
  if (at < 0) return undefined;
  const period = parts[at]!;
  const [before, after] = [parts.slice(0, at).join('.'), parts.slice(at + 1).join('.')];
  const same = (n: string) => n.startsWith(`${before}.`) && n.endsWith(`.${after}`);
  if (names.some((n) => n.startsWith(`${before}.${period}.`)) || !names.some(same)) return undefined;
  return period.length === 7 ? formatMonth(period as Month) : formatDate(period);
}

function unknownFact(name: string, facts: Facts, file: string, line?: number): DataProblem {
  const names = [...facts.keys()];
  const suggestion = closestMatch(name, names);
  const period = suggestion ? undefined : periodNotInData(name, names);
  const why = suggestion
    ? `Did you mean ${suggestion}? docs/content-editors.md lists the names.`
    : period
      ? `The data has no figures for ${period}, so this fact cannot be stated. If ${period} has gone from its data file, put it back; if the name is wrong, docs/content-editors.md lists the names.`
      : 'docs/content-editors.md lists the names.';
  return problem({
    file,
    row: line,
    column: 'text',
    value: name,
    expected: 'the name of a fact worked out from the data, such as ehcp.latest.percent or ehcp.schedule',
    fix: why,
  });
}

/** Every `<Fact>` in a guide or update names a fact that exists. */
export function checkFacts(file: string, source: string, facts: Facts): DataProblem[] {
  return factTags(source)
    .filter((t) => !facts.has(t.name))
    .map((t) => unknownFact(t.name, facts, file, t.line));
}
