/**
 * Runs the written-content checks beside `astro build` (see
 * ./content-checks.node.ts): starts them as soon as the configuration is read,
 * and waits for them after bundling, just before Astro writes the first page.
 */
import type { AstroIntegration } from 'astro';
import { buildDate } from '../core/build-date.ts';
import { contentDir, dataDir } from '../core/files.node.ts';
import { reportContentChecks, startContentChecks } from './content-checks.node.ts';

export function contentChecksBesideBuild(): AstroIntegration {
  return {
    name: 'open-local-offer:content-checks',
    hooks: {
      // Only for builds: `astro dev`, `sync` and `check` check in their own process, as before.
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build' || !startContentChecks(dataDir(), buildDate(), contentDir())) return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'open-local-offer:content-checks',
                // Vite runs this after bundling; Astro writes pages in a later hook of the same kind.
                buildApp: { order: 'post', handler: reportContentChecks },
              },
            ],
          },
        });
      },
    },
  };
}
