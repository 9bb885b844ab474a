/**
 * The import report in Markdown: printed in the terminal, and the body of the
 * nightly pull request, so the person reviewing sees every service added,
 * changed, removed or skipped and every feed term that still needs mapping.
 */
import type { ImportReport } from './import';
import type { MappingDefaults } from './mapping';
import { GAP_FIELDS, type GapField } from './to-row';

/** The report's words for each gap. */
const GAP_WORDS: Record<GapField, string> = { categories: 'category', area: 'area', cost: 'cost', referral: 'who can refer', last_reviewed: 'last checked' };

/** "cost 19, last checked 20": how many published services lack each detail. */
export function gapCounts(report: Pick<ImportReport, 'gaps'>): string {
  return GAP_FIELDS.map((g) => [g, report.gaps.filter((x) => x.fields.includes(g)).length] as const)
    .filter(([, n]) => n > 0)
    .map(([g, n]) => `${GAP_WORDS[g]} ${n}`)
    .join(', ');
}

function cell(value: string | number): string {
  return String(value).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() || ' ';
}

function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line, e.g. for a commit message: "2,805 in the feed: 12 added, 3 changed, …". */
export function summaryLine(report: ImportReport): string {
  const c = report.counts;
  const kept = c.kept > 0 ? ` ${plural(c.kept, 'service')} not from the feed kept as they were.` : '';
  return `${plural(c.inFeed, 'record')} in the feed: ${c.added} added, ${c.changed} changed, ${c.unchanged} unchanged, ${c.removed} removed, ${c.skipped} skipped.${kept}`;
}

/**
 * The commit message for the nightly pull request: the summary, then each
 * removed service with its reason, so the reason for every removal is on record.
 */
export function commitMessage(report: ImportReport): string {
  const removed = report.removed.map((r) => `- removed ${r.id} (${r.name}): ${r.reason}`);
  return [`Directory import: ${summaryLine(report)}`, ...(removed.length > 0 ? ['', ...removed] : [])].join('\n') + '\n';
}

function defaultValue(key: keyof MappingDefaults, defaults: MappingDefaults): string {
  const value = defaults[key];
  if (value === undefined) return '';
  if (typeof value === 'object') return value.wholeArea ? 'all' : value.areas.join('; ');
  return String(value);
}

export function formatReport(report: ImportReport, source: string, defaults: MappingDefaults): string {
  const out = [`# Directory import from ${source}`, '', summaryLine(report)];
  const section = (title: string, count: number, intro: string, body: string) => {
    if (count > 0) out.push('', `## ${title} (${count})`, '', intro, '', body);
  };
  section('Removed', report.removed.length, 'These were on the site and will not be after this change. Check each one before merging.', table(['id', 'name', 'why'], report.removed.map((r) => [r.id, r.name, r.reason])));
  section(
    'Not published',
    report.skipped.length,
    'Records in the feed that are not on the site, and why. Fix them in the directory system, or extend data/directory-mapping.csv.',
    table(['feed id', 'name', 'field', 'why'], report.skipped.map((s) => [s.feedId, s.name ?? '', s.field, s.reason])),
  );
  section(
    'Feed terms with no mapping',
    report.unmapped.length,
    'Add a row to data/directory-mapping.csv for each term (copy the first column as feed_term) with our category, need or area ids in maps_to, or leave maps_to blank to ignore it.',
    table(['feed term', "feed's name", 'services'], report.unmapped.map((u) => [u.key, u.label, u.services])),
  );
  section(
    'Defaults used',
    report.defaults.length,
    'The feed did not say, so the default in data/directory-mapping.csv was written.',
    table(['column', 'default', 'services'], report.defaults.map((d) => [d.key, defaultValue(d.key, defaults), d.services])),
  );
  section(
    'Data-quality gaps for the directory team',
    report.gaps.length,
    [
      `These services are published, but the feed does not say everything families look for (${gapCounts(report)}).`,
      'Their pages say what is not known, for example "Cost: ask the service", "Area: not given" and "Last checked: not known"; a service with no category is listed under "Other".',
      'Ask each service to fill these in, in the directory system. A feed term that should give a category or an area needs a row in data/directory-mapping.csv.',
    ].join(' '),
    table(['feed id', 'name', 'not given'], report.gaps.map((g) => [g.feedId, g.name, g.fields.map((f) => GAP_WORDS[f]).join('; ')])),
  );
  section('Details left out or assumed', report.notes.length, 'These services are published, but without some of what the feed says, or with a stated assumption.', table(['feed id', 'name', 'column', 'feed had', 'why'], report.notes.map((n) => [n.feedId, n.name, n.field, n.value, n.reason])));
  section('Added', report.added.length, 'New on the site.', table(['id', 'name'], report.added.map((a) => [a.id, a.name])));
  section(
    'Changed',
    report.changed.length,
    'Updated from the feed. "Taken over" means a hand-made entry with the same name is now kept in step with the feed, at the same page address.',
    table(['id', 'name', 'columns changed'], report.changed.map((c) => [c.id, c.name, `${c.columns.join(', ')}${c.source === 'matched by name' ? ' (taken over)' : ''}`])),
  );
  return `${out.join('\n')}\n`;
}
