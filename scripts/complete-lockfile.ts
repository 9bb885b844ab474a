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
import { runCommand } from './lib/cli';

await runCommand(
  {
    command: 'npm run lockfile --',
    summary: "Runs npm install, then adds the other platforms' optional native packages to package-lock.json, so npm ci works from the registry mirror.",
    args: [{ name: 'lockfile', description: 'The lockfile to complete (default: package-lock.json).' }],
    examples: ['npm run lockfile'],
  },
  ({ positionals }) => {
    const path = positionals[0] ?? 'package-lock.json';
    const { lock, added } = completeLockfile(JSON.parse(readFileSync(path, 'utf8')));
    writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
    console.log(`Added ${added} platform-specific optional packages to ${path}.`);
  },
);
