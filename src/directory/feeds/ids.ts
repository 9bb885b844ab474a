/**
 * Keeping our service ids stable across imports. `data/directory-ids.csv`
 * records, for every service the importer has ever written, the feed's id and
 * the id (page address) we gave it. Entries are never deleted, so a service
 * keeps its address for good, and an address is never given to another service.
 */
import { z } from 'zod';
import { readCsvBytes } from '../../core/csv';
import { text } from '../../core/fields';
import type { Checked } from '../../core/problems';
import { findDuplicates, quoteAsTyped, validateRows } from '../../core/validate';
import { slugify } from '../../core/slug';
import { RESERVED_SERVICE_IDS } from '../services';
import { slug } from '../taxonomy';

export const ID_MAP_COLUMNS = { required: ['feed_id', 'id'], optional: [] } as const;

export const idMapRowSchema = z.object({
  /** The service's id in the feed, exactly as the feed writes it. */
  feed_id: text,
  /** Our id for it in data/services.csv. */
  id: slug,
});

export type IdMapEntry = z.output<typeof idMapRowSchema>;

export function readIdMap(bytes: Uint8Array, file: string): Checked<IdMapEntry[]> {
  const { table, problems } = readCsvBytes(bytes, file, ID_MAP_COLUMNS);
  const { records, problems: rowProblems } = validateRows(table, idMapRowSchema, file);
  problems.push(
    ...rowProblems,
    ...findDuplicates(records, (r) => r.feed_id.trim(), file, 'feed_id', 'feed id'),
    ...findDuplicates(records, (r) => r.id, file, 'id', 'service id'),
  );
  return { value: records.map(({ feed_id, id }) => ({ feed_id: feed_id.trim(), id })), problems: quoteAsTyped(problems, { file, table }) };
}

/** How a feed service got its id, for the report. */
export type IdSource = 'kept' | 'matched by name' | 'new';

const MAX_SLUG = 60;

/** A readable id from a name, unique among `taken`: "Aces Wheelchair Basketball" → `aces-wheelchair-basketball`. */
export function newId(name: string, feedId: string, taken: ReadonlySet<string>): string {
  let base = slugify(name);
  if (base.length > MAX_SLUG) base = base.slice(0, MAX_SLUG).replace(/-[^-]*$/, '');
  if (base === '') base = `service-${slugify(feedId) || 'x'}`;
  if ((RESERVED_SERVICE_IDS as readonly string[]).includes(base)) base = `${base}-service`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Our id for each feed service: the one in the id map; else, the first time a
 * feed is imported over a hand-made directory, the hand-made service with the
 * same name (if exactly one has it); else a new id from the name.
 */
export function assignIds(
  feed: readonly { feedId: string; name: string }[],
  idMap: readonly IdMapEntry[],
  existing: readonly { id: string; name: string }[],
): { ids: Map<string, { id: string; source: IdSource }>; idMap: IdMapEntry[] } {
  const mapped = new Map(idMap.map((e) => [e.feed_id, e.id]));
  const fromFeed = new Set(idMap.map((e) => e.id));
  const taken = new Set([...fromFeed, ...existing.map((e) => e.id)]);
  const key = (name: string) => name.trim().toLowerCase();
  const count = <T>(items: readonly T[], f: (t: T) => string) => items.reduce((m, t) => m.set(f(t), (m.get(f(t)) ?? 0) + 1), new Map<string, number>());
  const handMade = existing.filter((e) => !fromFeed.has(e.id));
  const handMadeNames = count(handMade, (e) => key(e.name));
  const feedNames = count(feed.filter((f) => !mapped.has(f.feedId)), (f) => key(f.name));
  const ids = new Map<string, { id: string; source: IdSource }>();
  const out = [...idMap];
  for (const f of feed) {
    const known = mapped.get(f.feedId);
    if (known !== undefined) {
      ids.set(f.feedId, { id: known, source: 'kept' });
      continue;
    }
    const k = key(f.name);
    const match = handMadeNames.get(k) === 1 && feedNames.get(k) === 1 ? handMade.find((e) => key(e.name) === k) : undefined;
    const id = match?.id ?? newId(f.name, f.feedId, taken);
    taken.add(id);
    ids.set(f.feedId, { id, source: match ? 'matched by name' : 'new' });
    out.push({ feed_id: f.feedId, id });
  }
  return { ids, idMap: out };
}
