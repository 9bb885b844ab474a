/**
 * The Local Offer's checks on a copy of the frozen sample: it answers every
 * paragraph of Schedule 2, and taking away the guide on disagreements and
 * appeals (with its translations) makes check-data name the paragraph left
 * unanswered.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems';
import { readTextTree } from '../core/files.node.ts';
import { readGuideFrontmatter } from '../content/guides/schema';
import { readTaxonomy } from '../directory/taxonomy';
import { loadDatasets } from '../build/load-all.node.ts';
import { SAMPLE_CONTENT, SAMPLE_DATA, SAMPLE_TODAY } from '../../tests/sample/sample-area';
import { SITE_PAGES } from './coverage';
import { loadSchedule2 } from './schedule-2.node.ts';
import { paragraphName } from './schedule-2';

const root = mkdtempSync(join(tmpdir(), 'olo-local-offer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const schedule2Warnings = (content: string) =>
  loadDatasets(SAMPLE_DATA, SAMPLE_TODAY, content)
    .content.map(formatProblem)
    .filter((m) => m.includes('Schedule 2, paragraph'));

describe('Schedule 2 on the frozen sample', () => {
  const paragraphs = loadSchedule2().value;
  const guides = readTextTree(join(SAMPLE_CONTENT, 'guides'), ['.mdx']).map((g) => ({ ...g, data: readGuideFrontmatter(g.path, g.source).value! }));
  // The guide on disagreements and appeals, found by its topic.
  const disagreements = guides.find((g) => g.data.topics.includes('disagreements'))!;
  const others = [
    ...guides.filter((g) => g !== disagreements).flatMap((g) => g.data.schedule2 ?? []),
    ...readTaxonomy(readFileSync(join(SAMPLE_DATA, 'taxonomy.csv')), 'taxonomy.csv').value.categories.flatMap((c) => c.schedule2),
    ...SITE_PAGES.flatMap((p) => p.keys),
  ];
  // What only that guide answers.
  const onlyThere = paragraphs.filter((p) => disagreements.data.schedule2?.includes(p.key) && !others.includes(p.key));

  it('answers every paragraph', () => {
    expect(disagreements).toBeDefined();
    expect(onlyThere.length).toBeGreaterThan(0);
    expect(schedule2Warnings(SAMPLE_CONTENT)).toEqual([]);
  });

  it('names the paragraph left unanswered when the guide on disagreements and appeals, and its translations, are taken away', () => {
    const content = join(root, 'content');
    cpSync(SAMPLE_CONTENT, content, { recursive: true });
    const name = disagreements.path.split('/guides/')[1]!;
    rmSync(join(content, 'guides', name));
    const languages = readdirSync(content).filter((d) => existsSync(join(content, d, 'guides', name)));
    expect(languages.length).toBeGreaterThan(0);
    for (const lang of languages) rmSync(join(content, lang, 'guides', name));

    const warnings = schedule2Warnings(content);
    expect(warnings).toHaveLength(onlyThere.length);
    for (const [i, p] of onlyThere.entries()) {
      expect(warnings[i]).toMatch(/^Warning: .*content\/guides: Expected a guide, page or directory category that answers /);
      expect(warnings[i]).toContain(paragraphName(p));
      expect(warnings[i]).toContain(`"schedule2: [${p.key}]"`);
    }
    // Nothing else went wrong: the translations went with it.
    expect(loadDatasets(SAMPLE_DATA, SAMPLE_TODAY, content).translations.filter((p) => p.severity === 'error')).toEqual([]);
  }, 60_000);
});
