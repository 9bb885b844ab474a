/**
 * The build's own integration: adds the pages of the datasets this area
 * publishes (./optional-pages.node.ts), and runs the build's second process
 * (./second-process.node.ts): starts it as soon as the configuration is read,
 * and waits for its written-content checks just before the first page is
 * rendered, so no page is written unless they pass.
 */
import type { AstroIntegration } from 'astro';
import { buildDate } from '../core/build-date.ts';
import { contentDir, dataDir } from '../core/files.node.ts';
import { reportContentChecks, startContentChecks } from './second-process.node.ts';
import { optionalRoutes } from './optional-pages.node.ts';
import { fileURLToPath } from 'node:url';

export function contentChecksBesideBuild(): AstroIntegration {
  let started = false;
  return {
    name: 'open-local-offer:content-checks',
    hooks: {
      // Only for builds: `astro dev`, `sync` and `check` check in their own process, as before.
      'astro:config:setup': ({ command, injectRoute, config }) => {
        // Pages of the datasets this area publishes (./optional-pages.node.ts).
        for (const route of optionalRoutes(fileURLToPath(new URL('pages/', config.srcDir)), dataDir())) injectRoute(route);
        started = command === 'build' && startContentChecks(dataDir(), buildDate(), contentDir());
      },
      // Astro asks for every page's address once, before it renders and writes the first: the checks are
      // awaited there, so Astro sets the pages up meanwhile and nothing is written unless they pass.
      'astro:build:start': ({ setPrerenderer }) => {
        if (!started) return;
        setPrerenderer((astro) => ({
          ...astro,
          name: 'open-local-offer:after-content-checks',
          getStaticPaths: async () => {
            const paths = await astro.getStaticPaths();
            await reportContentChecks();
            return paths;
          },
        }));
      },
    },
  };
}
