/**
 * Renders an Astro component to HTML in a unit test, with Astro's container
 * API: the component is compiled by a Vite server set up from Astro's own
 * configuration (no integrations, so no data is read), started once per test
 * file. For render tests fed by a component's named examples.
 */
import { experimental_AstroContainer, type ContainerRenderOptions } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { createServer, type ViteDevServer } from 'vite';

let server: Promise<ViteDevServer> | undefined;
let container: Promise<experimental_AstroContainer> | undefined;

function viteServer(): Promise<ViteDevServer> {
  server ??= (async () => {
    const config = await getViteConfig(
      { server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error' },
      { configFile: false, root: process.cwd(), logLevel: 'error', devToolbar: { enabled: false } },
    )({ command: 'serve', mode: 'test' });
    return createServer({ ...config, configFile: false });
  })();
  return server;
}

/** The HTML of the component at `path` (from the project root, e.g. `/src/ui/x/X.astro`) with these props and slots. */
export async function renderAstro(path: string, options: ContainerRenderOptions = {}): Promise<string> {
  const vite = await viteServer();
  const mod = (await vite.ssrLoadModule(path)) as { default: Parameters<experimental_AstroContainer['renderToString']>[0] };
  container ??= experimental_AstroContainer.create();
  return (await container).renderToString(mod.default, options);
}

/** Stops the Vite server: call in afterAll. */
export async function closeAstroRenderer(): Promise<void> {
  const running = server;
  server = undefined;
  container = undefined;
  await (await running)?.close();
}
