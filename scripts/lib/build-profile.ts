/**
 * Where a build's time goes, for `npm run bench`: phases of `astro build` from
 * the moments its log lines appeared, rendering time by section of the site
 * from its per-page lines, and the functions that used the CPU from a
 * `node --cpu-prof` profile. Pure functions over text and JSON, tested beside.
 */

/** The middle item by `key` (of an even number, the lower of the two in the middle): one run that is typical, with all its figures. */
export function medianBy<T>(items: readonly T[], key: (item: T) => number): T {
  if (items.length === 0) throw new Error('medianBy needs at least one item');
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** A line the build printed and when, in milliseconds from its start. */
export interface TimedLine {
  ms: number;
  text: string;
}

export interface Phase {
  name: string;
  ms: number;
}

/** The log lines that start each phase of `astro build`, in order. */
const MARKERS: { name: string; starts: RegExp }[] = [
  { name: 'start-up and config', starts: /^/ },
  { name: 'content sync (loaders, data store)', starts: /\[content\] Syncing content/ },
  { name: 'types and build info', starts: /\[content\] Synced content/ },
  { name: 'bundling (vite)', starts: /\[build\] Building static entrypoints/ },
  { name: 'rendering pages', starts: /generating static routes/ },
  { name: 'finishing (sitemap, assets)', starts: /page\(s\) built in/ },
];

const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Splits a build into phases by the first line matching each marker; a phase whose marker never showed is left out. */
export function buildPhases(lines: readonly TimedLine[], totalMs: number): Phase[] {
  const starts: { name: string; ms: number }[] = [{ name: MARKERS[0]!.name, ms: 0 }];
  let from = 0;
  for (const marker of MARKERS.slice(1)) {
    const index = lines.findIndex((l, i) => i >= from && marker.starts.test(plain(l.text)));
    if (index === -1) continue;
    starts.push({ name: marker.name, ms: lines[index]!.ms });
    from = index;
  }
  return starts.map((s, i) => ({ name: s.name, ms: (starts[i + 1]?.ms ?? totalMs) - s.ms }));
}

/** Rendering time by the first part of each page's address, from Astro's `├─ /services/x/index.html (+5ms)` lines, largest first. */
export function renderingBySection(lines: readonly TimedLine[]): { section: string; pages: number; ms: number }[] {
  const sections = new Map<string, { pages: number; ms: number }>();
  for (const line of lines) {
    const m = plain(line.text).match(/[├└]─ (\/[^\s]*) \(\+(\d+(?:\.\d+)?)(m?s)\)/);
    if (!m) continue;
    const parts = m[1]!.split('/').filter((p) => p !== '' && p !== 'index.html');
    const section = parts.length <= 1 ? `/${parts[0] ?? ''}` : `/${parts[0]}/…`;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const s = sections.get(section) ?? { pages: 0, ms: 0 };
    sections.set(section, { pages: s.pages + 1, ms: s.ms + ms });
  }
  return [...sections].map(([section, s]) => ({ section, ...s })).sort((a, b) => b.ms - a.ms);
}

/** The parts of a V8 `.cpuprofile` this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Which code a function belongs to: a package, one of our files, or V8's own bookkeeping. */
export function codeOwner(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1);
  if (pkg) return pkg[1]!;
  const ours = url.match(/\/((?:src|scripts)\/.+?)(?:\?.*)?$/);
  if (ours) return ours[1]!;
  if (url.startsWith('node:')) return 'node';
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

/** Self time (ms) by function and by owner, largest first. */
export function summariseCpuProfile(profile: CpuProfile, top = 15): { functions: { name: string; ms: number }[]; owners: { name: string; ms: number }[]; totalMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const functions = new Map<string, number>();
  const owners = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    totalMs += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const owner = codeOwner(url, functionName);
    const name = `${functionName || '(anonymous)'} ${owner}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    owners.set(owner, (owners.get(owner) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) => [...m].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms).slice(0, top);
  return { functions: sorted(functions), owners: sorted(owners), totalMs };
}
