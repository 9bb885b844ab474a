/**
 * The Content Security Policy in every page's `<meta>` tag: only this site's
 * own files, nothing inline. No page has inline script or style (`npm run
 * check-site` fails if one does), so the policy needs no hashes.
 *
 * Why not Astro's `security.csp`: it hashes each page's scripts and styles on
 * every render, and lists hashes of the site's own script and style files,
 * which `'self'` already allows. At 5,620 pages that was about 0.7 s of build.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Search (pagefind) runs WebAssembly; nothing runs eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'upgrade-insecure-requests',
] as const;

export const contentSecurityPolicy = CSP_DIRECTIVES.join('; ');

/**
 * The policy for this site: with no analytics configured, the one above; with
 * an analytics script (`analytics.script` in site.yaml), its site is allowed
 * to load that script and to receive what it records, and nothing else is.
 */
export function contentSecurityPolicyFor(analyticsScript?: string): string {
  if (analyticsScript === undefined) return contentSecurityPolicy;
  const origin = new URL(analyticsScript).origin;
  return CSP_DIRECTIVES.map((d) => (d.startsWith('script-src ') || d.startsWith('connect-src ') ? `${d} ${origin}` : d)).join('; ');
}
