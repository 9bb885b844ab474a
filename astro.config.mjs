// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/site.config.ts';

/**
 * The brand colour from src/site.config.ts as a CSS variable, bundled into the
 * site's stylesheet: no inline style attribute, so the Content Security Policy
 * needs no 'unsafe-inline'.
 * @returns {import('vite').Plugin}
 */
function brandCss() {
  const id = 'virtual:brand.css';
  return {
    name: 'open-local-offer:brand-css',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? `:root { --brand: ${site.brandColour}; }\n` : undefined),
  };
}

export default defineConfig({
  site: site.siteUrl,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') })],
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: {
    // A strict policy: only this site's own files; hashes for anything inline.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        'upgrade-insecure-requests',
      ],
      // Search (pagefind) runs WebAssembly; nothing runs eval.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: { plugins: [tailwindcss(), brandCss()], build: { assetsInlineLimit: 0 } },
  // No code blocks on this site; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
