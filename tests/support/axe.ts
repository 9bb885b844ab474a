/**
 * axe-core over an open page, its violations as one readable line each.
 *
 * axe-core is put into the page once and then run as often as needed (the
 * every-page checks run it at two widths). @axe-core/playwright's AxeBuilder
 * puts all 560 KB of it in again on every run: measured over 29 pages, one
 * AxeBuilder run took 245 ms against 57 ms to add axe and 61–90 ms per run.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** Every WCAG 2.0, 2.1 and 2.2 A and AA rule. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = { id: string; help: string; nodes: { target: string[] }[] };

export async function axeViolations(page: Page, tags: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (values) => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    // Details of passing checks are not needed, and collecting them is slow on long pages.
    const results = await engine.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
  }, [...tags]);
  return (violations as Violation[]).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
