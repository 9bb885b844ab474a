/** Filling platform-specific optional packages into package-lock.json (see scripts/complete-lockfile.ts). */

export interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

export type Lockfile = { packages: Record<string, LockEntry> };

/** os, cpu and libc from a platform package name such as `…-linux-arm64-musl`. */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> | undefined {
  const m = name.match(/[-/](android|darwin|freebsd|linux|win32|windows|wasm32)-?(arm64|x64|ia32|arm|wasi)?(?:-(gnu|musl|gnueabihf|msvc))?$/);
  if (!m) return undefined;
  if (m[1] === 'wasm32') return { cpu: ['wasm32'] };
  const entry: Pick<LockEntry, 'os' | 'cpu' | 'libc'> = { os: [m[1] === 'windows' ? 'win32' : m[1]!], cpu: [m[2]!] };
  if (m[3] === 'gnu' || m[3] === 'gnueabihf') entry.libc = ['glibc'];
  if (m[3] === 'musl') entry.libc = ['musl'];
  return entry;
}


/** Adds a platform-tagged entry for each optional dependency missing from the lockfile. */
export function completeLockfile(lock: Lockfile): { lock: Lockfile; added: number } {
  const packages = { ...lock.packages };
  let added = 0;
  for (const entry of Object.values(lock.packages)) {
    for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${dep}`;
      const platform = platformOf(dep);
      if (packages[key] || !platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
      packages[key] = { version, optional: true, ...platform };
      added++;
    }
  }
  const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  return { lock: { ...lock, packages: sorted }, added };
}
