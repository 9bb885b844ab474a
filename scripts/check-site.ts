/**
 * `npm run check-site`: reads the built site in dist/ and checks what timed
 * tests cannot: every page's gzipped weight against its budget, no broken
 * internal links or anchors, every internal address under the path of siteUrl
 * (a site hosted under a path, docs/hosting.md), no loads from other origins,
 * no inline script or style (the Content Security Policy blocks them), and
 * valid HTML.
 * Prints a table of figures; exits 1 on any failure.
 *   --budgets-only   skip link and HTML checks (used by the benchmark)
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { site } from '../src/config/site.node.ts';
import { brokenLinks, checkBudget, inlineCode, pageWeight, thirdPartyLoads, type BudgetResult } from './lib/site-audit';
import { readCommandLine } from './lib/cli';
import { basePathOf, withoutBase } from '../src/core/base-path';

const DIST = process.env['DIST_DIR'] ?? 'dist';
/** The path the site is served under, from siteUrl: pages link to `${BASE}guides/`, and dist/ holds `guides/`. */
const BASE = basePathOf(site.siteUrl);

/** Extra data a page fetches as it opens, which counts towards its weight. */
const EXTRA_DATA: Record<string, string[]> = {
  '/services/': ['/services/index.json'],
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const { values } = readCommandLine({
  command: 'npm run check-site --',
  summary: 'Reads the built site and checks each page against its weight budget, and that there are no broken links, no loads from other sites, no inline code and no invalid HTML. Exits 1 on any failure.',
  options: { 'budgets-only': { type: 'boolean', description: 'Check only the page weights (the benchmark uses this).' } },
  examples: ['npm run build && npm run check-site', 'DIST_DIR=bench-out/dist npm run check-site -- --budgets-only'],
  notes: ['Reads the site in DIST_DIR (default dist/), built for siteUrl in site.yaml (DATA_DIR, default data/): every internal link must carry its path.'],
});
const budgetsOnly = values['budgets-only'];

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`There is no built site in ${DIST}/. Run npm run build first.`);
  process.exit(2);
}

const files = walk(DIST).map((f) => f.slice(DIST.length).split('\\').join('/'));
const pages = new Map<string, string>();
for (const file of files.filter((f) => f.endsWith('.html'))) {
  const path = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  pages.set(path, readFileSync(join(DIST, file), 'utf8'));
}
const read = (url: string) => {
  const full = join(DIST, withoutBase(url.split('?')[0]!, BASE));
  return existsSync(full) && statSync(full).isFile() ? readFileSync(full) : undefined;
};

const failures: string[] = [];
const results: BudgetResult[] = [];
for (const [path, html] of pages) {
  if (path === '/404.html') continue;
  const extra = (EXTRA_DATA[path] ?? []).filter((u) => read(u));
  const result = checkBudget(path, pageWeight(html, read, extra), /<script[^>]+src=/.test(html));
  results.push(result);
  failures.push(...result.problems);
  // The one script from another site a council may choose: its analytics (docs/local-offer.md).
  failures.push(...thirdPartyLoads(html, new URL(site.siteUrl).origin).filter((u) => u !== site.analytics?.script).map((u) => `${path} loads ${u} from another site.`));
  failures.push(...inlineCode(html).map((c) => `${path} has ${c}, which the Content Security Policy blocks: move it into a bundled script or stylesheet.`));
}

// One line per page type: the heaviest page of each type, so a large site prints a short table.
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const heaviest = new Map<string, BudgetResult>();
for (const r of results) if ((heaviest.get(r.budget.type)?.weight.total ?? -1) < r.weight.total) heaviest.set(r.budget.type, r);
console.log(`Page weights, gzipped KB (heaviest page of each type, ${results.length} pages checked):`);
console.log('type        html    css     js   data  total budget  page');
for (const r of [...heaviest.values()].sort((a, b) => a.budget.type.localeCompare(b.budget.type))) {
  const w = r.weight;
  console.log(`${r.budget.type.padEnd(9)}${kb(w.html)}${kb(w.css)}${kb(w.js)}${kb(w.data)}${kb(w.total)} ${String(r.budget.maxKb).padStart(6)}  ${r.path}`);
}

if (!budgetsOnly) {
  const links = brokenLinks(pages, (p) => files.includes(p) || files.includes(`${p}index.html`), site.siteUrl);
  failures.push(...links);
  console.log(`Links: checked ${pages.size} pages, ${links.length} broken.`);

  const validator = new HtmlValidate({
    extends: ['html-validate:standard'],
    rules: {
      // Astro writes attribute-free booleans and void elements its own way; these rules are style, not validity.
      'void-style': 'off',
      'no-trailing-whitespace': 'off',
      'attribute-boolean-style': 'off',
      'no-inline-style': 'error',
      'long-title': 'off',
    },
  });
  let invalid = 0;
  for (const [path, html] of pages) {
    const report = await validator.validateString(html, path);
    for (const result of report.results) {
      for (const m of result.messages) {
        invalid++;
        failures.push(`${path}:${m.line}:${m.column} HTML ${m.ruleId}: ${m.message}`);
      }
    }
  }
  console.log(`HTML: validated ${pages.size} pages, ${invalid} problems.`);
}

if (failures.length > 0) {
  console.error(`\n${failures.length} problem(s):`);
  for (const f of failures.slice(0, 200)) console.error(`  ${f}`);
  process.exit(1);
}
console.log('Site check passed.');
