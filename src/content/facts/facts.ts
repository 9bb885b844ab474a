/**
 * Facts that guides and updates state in prose (a publishing schedule, a
 * threshold, a latest figure), worked out from the data and the site
 * configuration so a page can never disagree with the figures. Writers use
 * `<Fact name="ehcp.latest.percent" />`; the list of names is in
 * docs/content-editors.md and in the message for a name that does not exist.
 */
import { closest } from 'fastest-levenshtein';
import { DataError, problem, type DataProblem } from '../../core/problems';

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

function unknownFact(name: string, facts: Facts, file: string, line?: number): DataProblem {
  const names = [...facts.keys()];
  const suggestion = names.length > 0 ? closest(name, names) : undefined;
  return problem({
    file,
    row: line,
    column: 'text',
    value: name,
    expected: 'the name of a fact worked out from the data, such as ehcp.latest.percent or ehcp.schedule',
    fix: `${suggestion ? `Did you mean ${suggestion}? ` : ''}docs/content-editors.md lists the names.`,
  });
}

/** Every `<Fact>` in a guide or update names a fact that exists. */
export function checkFacts(file: string, source: string, facts: Facts): DataProblem[] {
  return factTags(source)
    .filter((t) => !facts.has(t.name))
    .map((t) => unknownFact(t.name, facts, file, t.line));
}
