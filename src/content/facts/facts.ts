/**
 * Facts that guides and updates state in prose (a publishing schedule, a
 * threshold, a latest figure), worked out from the data and the site
 * configuration so a page can never disagree with the figures. Writers use
 * `<Fact name="ehcp.latest.percent" />`; the list of names is in
 * docs/content-editors.md and in the message for a name that does not exist.
 */
import type { Month } from '../../core/dates';
import { formatDate, formatMonth } from '../../core/format';
import { DataError, problem, type DataProblem } from '../../core/problems';
import { closestMatch } from '../../core/suggest';

/** Every fact by name, e.g. `ehcp.2026-10.percent` → "64%": each dataset gives its own (its `facts`), and the configuration its (src/config/facts.ts). */
export type Facts = ReadonlyMap<string, string>;

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
