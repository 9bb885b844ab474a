/**
 * The real cause first. A problem that others follow from (a month taken out
 * of a file, so every update that quotes it fails; a workbook where the CSV
 * should be, so the CSV is missing) carries a `cause`. The problems it
 * explains are listed right after it, each saying what it follows from, and
 * the summary names the causes. Pure: check-data and the check page both use it.
 */
import type { DataProblem } from './problems';

/** A problem and the problems that follow from it. */
export interface CauseGroup {
  problem: DataProblem;
  followers: DataProblem[];
}

/** The words and ids in a value: `A1;A4` → A1, A4; a fact's name `ehcp.2026-10.issued` → ehcp, 2026-10, issued (and the whole name). */
function tokens(value: string): string[] {
  const parts = value.split(/[\s;,]+/).filter(Boolean);
  return [...parts, ...parts.flatMap((p) => p.split('.'))].map((t) => t.toLowerCase());
}

/** Does `p` follow from `root`'s cause? */
export function explains(root: DataProblem, p: DataProblem): boolean {
  const cause = root.cause;
  if (!cause || p === root) return false;
  if (cause.files?.includes(p.file)) return true;
  if (p.file === root.file || p.value === undefined || !cause.values?.length) return false;
  const values = new Set(cause.values.map((v) => v.toLowerCase()));
  return tokens(p.value).some((t) => values.has(t));
}

/** The cause each problem follows from, at the top of any chain (a workbook → a published file gone → the file missing). */
function topCauses(problems: readonly DataProblem[]): Map<DataProblem, DataProblem> {
  const roots = problems.filter((p) => p.cause);
  const direct = new Map<DataProblem, DataProblem>();
  for (const p of problems) {
    // Two causes that explain each other are both causes.
    const by = roots.find((r) => explains(r, p) && !explains(p, r));
    if (by) direct.set(p, by);
  }
  const top = new Map<DataProblem, DataProblem>();
  for (const [p, by] of direct) {
    let root = by;
    for (const seen = new Set([p]); direct.has(root) && !seen.has(root); root = direct.get(root)!) seen.add(root);
    top.set(p, root);
  }
  return top;
}

/**
 * Causes that explain at least one other problem, each with its followers
 * (marked `because`), first; then every other problem, in the order given.
 */
export function groupByCause(problems: readonly DataProblem[]): CauseGroup[] {
  const top = topCauses(problems);
  const groups = new Map<DataProblem, DataProblem[]>();
  for (const p of problems) {
    const root = top.get(p);
    if (root) groups.set(root, [...(groups.get(root) ?? []), { ...p, because: root.cause!.words }]);
  }
  const causes = problems.filter((p) => groups.has(p)).map((p) => ({ problem: p, followers: groups.get(p)! }));
  const rest = problems.filter((p) => !groups.has(p) && !top.has(p)).map((p) => ({ problem: p, followers: [] }));
  return [...causes, ...rest];
}

/** Every problem, the causes first, each followed by what follows from it. */
export function causesFirst(problems: readonly DataProblem[]): DataProblem[] {
  return groupByCause(problems).flatMap((g) => [g.problem, ...g.followers]);
}

/** "Start with the cause of 10 other problems: October 2026 is missing from data/ehcp-timeliness.csv." Empty when nothing follows from anything. */
export function causesSummary(problems: readonly DataProblem[]): string {
  const groups = groupByCause(problems).filter((g) => g.followers.length > 0);
  if (groups.length === 0) return '';
  const others = groups.reduce((n, g) => n + g.followers.length, 0);
  const what = `${others} other problem${others === 1 ? '' : 's'}`;
  const words = groups.map((g) => g.problem.cause!.words);
  return groups.length === 1
    ? `Start with the cause of ${what}: ${words[0]}.`
    : `Start with the ${groups.length} causes of ${what}: ${words.join('; ')}.`;
}
