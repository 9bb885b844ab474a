/**
 * The site may live under a path (`https://www.council.gov.uk/localoffer/`,
 * `https://org.github.io/repo/`): astro.config.mjs makes the path of siteUrl
 * Astro's `base`. The code works with site paths (`/guides/`, as if the site
 * were at the root of its domain) and adds the base here, where an address is
 * written out: an href, src or action, a fetch, a feed entry. The one home of
 * that rule. Browser-safe: Vite writes the base into every bundle.
 */

/** The base as Vite gives it; plain Node (a command run with tsx) has no bundler, so the root. */
function configuredBase(): string {
  try {
    return import.meta.env.BASE_URL;
  } catch {
    return '/';
  }
}

/** `/`, `/localoffer` or `localoffer/` as `/`, `/localoffer/`: one slash at each end. */
export function normaliseBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** The base a site is built and served under: the path of its siteUrl (`/`, or `/localoffer/` under a path). */
export function basePathOf(siteUrl: string): string {
  return normaliseBase(new URL(siteUrl).pathname);
}

/** The path the site is served under, ending in `/`: `/` at the root of a domain, `/local-offer/` under a path. */
export const BASE_PATH = normaliseBase(configuredBase());

/** True for a site path (`/guides/`), false for `https:`, `mailto:`, `//host`, `#part`, `?query` and relative addresses. */
export function isSitePath(address: string): boolean {
  return address.startsWith('/') && !address.startsWith('//');
}

/**
 * A site path with the base in front: `/guides/` → `/local-offer/guides/`.
 * Any other address (another site, `mailto:`, `#part`) is returned as it is.
 * Call it once, where the address is written out: it cannot tell a path that
 * already has the base (`/local-offer/` may be a page of the site itself).
 */
export function withBase(address: string, base: string = BASE_PATH): string {
  return isSitePath(address) ? `${base}${address.slice(1)}` : address;
}

/**
 * A page's address as the browser or Astro sees it (`Astro.url.pathname`,
 * `location.pathname`) as a site path: `/local-offer/guides/` → `/guides/`.
 * An address outside the base is returned as it is.
 */
export function withoutBase(pathname: string, base: string = BASE_PATH): string {
  if (base === '/' || !pathname.startsWith(base.slice(0, -1))) return pathname;
  const rest = pathname.slice(base.length - 1);
  return rest === '' ? '/' : rest.startsWith('/') ? rest : pathname;
}

/**
 * The full web address of a site path on the public site, keeping the path
 * siteUrl has: (`/updates/`, `https://org.github.io/repo/`) →
 * `https://org.github.io/repo/updates/`. For canonical links, feeds and exports.
 */
export function absoluteUrl(address: string, siteUrl: string): string {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(isSitePath(address) ? address.slice(1) : address, root).href;
}
