/** Serves the built site in dist/ (or `outDir`) on a free localhost port with `astro preview`. */
import { preview } from 'astro';

export async function serveDist(port = 0, outDir = 'dist'): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await preview({ root: process.cwd(), outDir, logLevel: 'error', server: { port: port || 4400 + Math.floor(Math.random() * 500), host: '127.0.0.1' } });
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
