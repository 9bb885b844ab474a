/**
 * The hash of an English page's text, which each translation records as
 * `source_hash`: when the English changes, the hash no longer matches and the
 * translation reports itself out of date.
 */
import { createHash } from 'node:crypto';
import { sourceText } from './translations';

/** How many hex digits a `source_hash` has: enough to notice any change, short enough to read. */
export const SOURCE_HASH_LENGTH = 12;

/** The `source_hash` of an English file's text (title, summary and body; other frontmatter ignored). */
export function sourceHash(englishFile: string): string {
  return createHash('sha256').update(sourceText(englishFile), 'utf8').digest('hex').slice(0, SOURCE_HASH_LENGTH);
}
