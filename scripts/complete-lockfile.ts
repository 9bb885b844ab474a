/**
 * Our npm registry mirror lacks some other-platform builds (macOS, Windows,
 * ARM) of native packages that astro and tailwind list as optional. npm then
 * leaves them out of package-lock.json and `npm ci` refuses the lockfile.
 * This adds a platform-tagged entry for each, so `npm ci` skips them on Linux
 * and fetches them by version elsewhere. Run after `npm install`:
 *   npx tsx scripts/complete-lockfile.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { completeLockfile } from './lib/lockfile';

const path = process.argv[2] ?? 'package-lock.json';
const { lock, added } = completeLockfile(JSON.parse(readFileSync(path, 'utf8')));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`Added ${added} platform-specific optional packages to ${path}.`);
