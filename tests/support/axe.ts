/** axe-core over an open page, its violations as one readable line each. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Every WCAG 2.0, 2.1 and 2.2 A and AA rule. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page, tags: readonly string[]): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // Details of passing checks are not needed, and collecting them is slow on long pages.
    // (First: options() replaces every option, including the tags withTags() sets.)
    .options({ resultTypes: ['violations'] })
    .withTags([...tags])
    // Runs axe in the page itself. The default opens an extra blank page for every check to
    // gather results from frames (this site has none), which took most of each check's time.
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
