/**
 * A copy of the project to build in, with the frozen sample (tests/sample/) as
 * its own data/ and content/. Astro's content cache (node_modules/.astro and
 * .astro/) remembers where each guide was read from, so a build from other
 * content must not share it; node_modules here holds links to the packages.
 * The caller removes the folder when done.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SAMPLE_CONTENT, SAMPLE_DATA } from '../sample/sample-area';

export function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'olo-site-'));
  for (const f of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'build.env']) cpSync(f, join(root, f), { recursive: true });
  cpSync(SAMPLE_DATA, join(root, 'data'), { recursive: true });
  cpSync(SAMPLE_CONTENT, join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  // Not the caches (.astro, .vite): those are this copy's own.
  for (const name of readdirSync('node_modules')) if (name === '.bin' || !name.startsWith('.')) symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
  return root;
}
