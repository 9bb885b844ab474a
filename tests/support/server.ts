/** Serves the built site in dist/ (or `outDir`) on a free localhost port with `astro preview`. */
import { preview } from 'astro';

/**
 * `base` serves a site built under a path (`/local-offer/`) where its host
 * would: `url` is then the server's root, and the site's home page is at `${url}${base}`.
 */
export async function serveDist(port = 0, outDir = 'dist', base?: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await preview({ root: process.cwd(), outDir, ...(base ? { base } : {}), logLevel: 'error', server: { port: port || 4400 + Math.floor(Math.random() * 500), host: '127.0.0.1' } });
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
