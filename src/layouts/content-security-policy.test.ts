import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyFor } from './content-security-policy';

/** The policy as a map from directive to its sources. */
const directives = new Map(contentSecurityPolicy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));

describe('the Content Security Policy', () => {
  it('allows only this site by default, and no plugins', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
  });

  it('allows no inline script or style, and no eval: only WebAssembly for search', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'sha256-|'nonce-/);
  });

  it('names each directive once', () => {
    const names = contentSecurityPolicy.split(';').map((d) => d.trim().split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('allows an analytics service only when the council configures one, and only its own site', () => {
    expect(contentSecurityPolicyFor(undefined)).toBe(contentSecurityPolicy);
    const withAnalytics = new Map(contentSecurityPolicyFor('https://stats.example/js/count.js?v=2').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
    expect(withAnalytics.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", 'https://stats.example']);
    expect(withAnalytics.get('connect-src')).toEqual(["'self'", 'https://stats.example']);
    expect(withAnalytics.get('img-src')).toEqual(directives.get('img-src'));
    expect(withAnalytics.get('default-src')).toEqual(["'self'"]);
  });
});
