/**
 * Prints the `source_hash` of English pages, for a translation's frontmatter:
 *   npx tsx scripts/translation-hash.ts content/guides/ehcp-process.mdx
 * With no files, lists every translation with its state (up to date or not).
 */
import { readFileSync } from 'node:fs';
import { sourceHash } from '../src/i18n/source-hash.node.ts';
import { checkTranslations } from '../src/i18n/check.node.ts';
import { formatProblem } from '../src/core/problems';
import { runCommand } from './lib/cli';

await runCommand(
  {
    command: 'npx tsx scripts/translation-hash.ts',
    summary: "Prints the source_hash of English pages, for a translation's frontmatter. With no files, lists every translation whose English page has changed since.",
    args: [{ name: 'file', description: 'English pages (.mdx).', many: true }],
    examples: ['npx tsx scripts/translation-hash.ts content/guides/ehcp-process.mdx', 'npx tsx scripts/translation-hash.ts'],
  },
  ({ positionals: files }) => {
    if (files.length > 0) {
      for (const file of files) console.log(`${sourceHash(readFileSync(file, 'utf8'))}  ${file}`);
      return;
    }
    const stale = checkTranslations().filter((p) => p.column === 'source_hash');
    console.log(stale.length === 0 ? 'Every translation matches its English page.' : stale.map(formatProblem).join('\n'));
  },
);
