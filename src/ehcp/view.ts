/**
 * Everything the EHCP page, the home page and the downloads need, derived once
 * from the two committed files.
 */
import type { EhcpMonth, EhcpNationalYear } from './ehcp';
import { deriveMonthlyStats, headline, nationalFor, summarySentence, type EhcpMonthStat } from './stats';
import type { Month } from '../core/fields';
import { formatMonth } from '../core/format';
import { revisionsByKey, revisionNote, type Revision } from '../history/revisions';

/** A footnote about one month: its note from the file, or what was revised. */
export interface MonthNote {
  month: Month;
  kind: 'note' | 'revised';
  text: string;
}

export interface EhcpView {
  stats: EhcpMonthStat[];
  latest: EhcpMonthStat | undefined;
  title: string;
  summary: string;
  period: string;
  england: EhcpNationalYear | undefined;
  national: EhcpNationalYear[];
  /** Footnotes for single months: the file's notes, then revisions, each oldest first. */
  monthNotes: MonthNote[];
}

/** The months' own notes, then one note per revised month, so the notes' numbers stay put when a revision comes. */
export function monthNotes(stats: readonly EhcpMonthStat[], revised: ReadonlyMap<string, Revision[]>, threshold: number): MonthNote[] {
  const notes: MonthNote[] = stats.filter((s) => s.note).map((s) => ({ month: s.month, kind: 'note', text: `${formatMonth(s.month)}: ${s.note}` }));
  for (const s of stats) {
    const revisions = revised.get(s.month);
    if (revisions) notes.push({ month: s.month, kind: 'revised', text: revisionNote(revisions, threshold) });
  }
  return notes;
}

/** `revisions`: the revisions log's entries for the timeliness file. */
export function ehcpView(months: readonly EhcpMonth[], national: readonly EhcpNationalYear[], threshold: number, revisions: readonly Revision[] = []): EhcpView {
  const revised = revisionsByKey(revisions);
  const stats = deriveMonthlyStats(months, threshold).map((s) => (revised.has(s.month) ? { ...s, revised: true } : s));
  const first = stats[0];
  const latest = stats.at(-1);
  return {
    stats,
    latest,
    title: headline(stats, national),
    summary: summarySentence(stats, national, threshold),
    period: first && latest ? `${formatMonth(first.month)} to ${formatMonth(latest.month)}` : '',
    england: latest ? nationalFor(national, latest.month) : undefined,
    national: [...national],
    monthNotes: monthNotes(stats, revised, threshold),
  };
}
