/** Serves the built site in dist/ (or `outDir`) on a free localhost port with `astro preview`. */
import { preview } from 'astro';
import { loadSiteConfig } from '../../src/config/site.node.ts';
import { dataDir } from '../../src/core/files.node.ts';
import { basePathOf } from '../../src/core/base-path';

/**
 * `base` serves a site built under a path (`/local-offer/`) where its host
 * would: `url` is then the server's root, and the site's home page is at `${url}${base}`.
 */
export async function serveDist(port = 0, outDir = 'dist', base?: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await preview({ root: process.cwd(), outDir, ...(base ? { base } : {}), logLevel: 'error', server: { port: port || 4400 + Math.floor(Math.random() * 500), host: '127.0.0.1' } });
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}

/**
 * Serves a built site at the base its own configuration gives it (site.yaml in
 * `dataDirectory`): `url` is its home page without the last slash, so
 * `${url}/guides/` is a page whether the site is at the root of its domain or
 * under a path (`https://www.council.gov.uk/localoffer/`).
 */
export async function serveSite(outDir: string, dataDirectory: string = dataDir()): Promise<{ url: string; stop: () => Promise<void> }> {
  const base = basePathOf(loadSiteConfig(dataDirectory).siteUrl);
  // Given even when it is `/`: left out, preview would take the base astro.config.mjs gives the live site.
  const server = await serveDist(0, outDir, base);
  return { url: `${server.url}${base}`.replace(/\/$/, ''), stop: server.stop };
}
