/**
 * Finds the local authority a person means: DfE's 3-digit code (`801`), its
 * E-code (`E06000023`) or its name as DfE writes it, in any case. A name that
 * is not found suggests the nearest (`Bristol` → `Bristol, City of`).
 */
import { escapeRegExp } from '../core/regexp';
import { closestMatch } from '../core/suggest';
import type { LocalAuthority } from './release';

export type FindResult = { ok: true; la: LocalAuthority } | { ok: false; expected: string; fix: string };

const tidy = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Names that start with, or contain as whole words, what was typed; else the nearest by spelling. */
export function suggestNames(query: string, names: readonly string[]): string[] {
  const q = tidy(query);
  if (q === '') return [];
  const words = new RegExp(`(^|[^a-z])${escapeRegExp(q)}([^a-z]|$)`);
  const containing = names.filter((n) => words.test(tidy(n)));
  if (containing.length > 0) return containing.sort((a, b) => a.length - b.length).slice(0, 3);
  const nearest = closestMatch(q, names, { ignoreCase: true });
  return nearest ? [nearest] : [];
}

function describe(la: LocalAuthority): string {
  return `"${la.name}" (${la.code})`;
}

export function findLocalAuthority(query: string, las: readonly LocalAuthority[]): FindResult {
  const q = query.trim();
  const example = las.find((la) => la.code === '801') ?? las[0];
  const how = example ? `DfE's 3-digit code (such as ${example.code} for ${example.name}), the E-code (such as ${example.newCode}) or the name as DfE writes it` : "DfE's 3-digit code, the E-code or the name";
  if (/^\d{3}$/.test(q)) {
    const la = las.find((l) => l.code === q);
    if (la) return { ok: true, la };
    return { ok: false, expected: `a local authority code in this release (found ${las.length} local authorities)`, fix: `No local authority has the code ${q}. Give ${how}. DfE's list of codes is la-code-list.csv beside the statistical neighbours list.` };
  }
  if (/^E\d{8}$/i.test(q)) {
    const la = las.find((l) => l.newCode.toUpperCase() === q.toUpperCase());
    if (la) return { ok: true, la };
    return { ok: false, expected: 'an E-code that this release uses', fix: `No local authority has the E-code ${q.toUpperCase()} in this release (DfE's files keep some old E-codes). Give the 3-digit code instead.` };
  }
  const la = las.find((l) => tidy(l.name) === tidy(q));
  if (la) return { ok: true, la };
  const suggestions = suggestNames(q, las.map((l) => l.name)).map((name) => las.find((l) => l.name === name)!);
  const fix = suggestions.length > 0 ? `Did you mean ${suggestions.map(describe).join(' or ')}?` : `Give ${how}.`;
  return { ok: false, expected: `the name of a local authority as DfE writes it`, fix: `No local authority is called "${q}". ${fix}` };
}
