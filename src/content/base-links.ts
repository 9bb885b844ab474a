/**
 * A Sätteri (hast) plugin for guides and updates on a site hosted under a path
 * (docs/hosting.md): the site paths writers type in guides and translated
 * guides (`[our figures](/data/)`, `![](/images/easy-read/plan.svg)`) get the
 * base in front (src/core/base-path.ts), so they lead to the site's own pages.
 * Runs after the other plugins, which work with site paths. At the root of a
 * domain it does nothing.
 */
import type { HastPluginEntry } from 'satteri';
import { withBase } from '../core/base-path.ts';

/** The attributes that hold an address, by element. */
const ADDRESSES: Readonly<Record<string, string>> = { a: 'href', area: 'href', link: 'href', img: 'src', source: 'src', audio: 'src', video: 'src', track: 'src', form: 'action' };

export function baseLinksPlugin(base: string): HastPluginEntry {
  if (base === '/') return null;
  return {
    name: 'base-links',
    element: {
      filter: Object.keys(ADDRESSES),
      visit(node, ctx) {
        const attribute = ADDRESSES[node.tagName]!;
        const address = node.properties?.[attribute];
        if (typeof address === 'string' && withBase(address, base) !== address) ctx.setProperty(node, attribute, withBase(address, base));
      },
    },
  };
}
