/**
 * Helpers for Sätteri's HTML-tree (hast) plugins, which Astro's MDX runs on
 * every guide (src/content/, src/i18n/).
 */
import type { Element } from 'hast';
import type { HastNode, HastVisitorContext } from 'satteri';

/**
 * Whether every ancestor of `node` up to the root is an HTML element that
 * `allowed` accepts. Text inside an MDX component (`<Fact />`) never is:
 * its words come from the data, not the writer.
 */
export function insideOnly(node: Readonly<HastNode>, ctx: HastVisitorContext, allowed: (element: Readonly<Element>) => boolean): boolean {
  for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
    if (parent.type !== 'element' || !allowed(parent)) return false;
  }
  return true;
}

/**
 * A plain copy of a node and everything in it. The nodes a visitor is given
 * are views on Sätteri's own tree whose children load when read, so a node
 * moved into new content is copied whole first.
 */
export function plainCopy<T>(node: Readonly<T>): T {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key.startsWith('_') ? undefined : value))) as T;
}
