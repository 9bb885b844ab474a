/** Many guides for load tests and benchmarks (`npm run fixtures -- --guides N`): copies of the area's own, so they pass the same plain-English checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `count` guides made from those in `contentDir`, by their path inside the content folder. */
export function generateGuideFiles(count: number, contentDir: string): Record<string, string> {
  const sources = readdirSync(join(contentDir, 'guides'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readFileSync(join(contentDir, 'guides', f), 'utf8'));
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const copy = source
      .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/^["']|["']$/g, '')} (copy ${i + 1})`)
      .replace(/^related: .*\n/m, '')
      .replace(/^order: .*$/m, `order: ${100 + i}`);
    files[`guides/generated/guide-${String(i + 1).padStart(4, '0')}.mdx`] = copy;
  }
  return files;
}
