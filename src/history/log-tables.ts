/** The revisions log and the change log as the shared log table (ui/log-table) shows them. */
import type { LogTableProps } from '../ui/log-table/log-table';
import type { ChangeLogRow, RevisionLogRow } from './view';

export function revisionLogTable(rows: readonly RevisionLogRow[]): LogTableProps {
  return {
    captionId: 'revisions-caption',
    caption: 'Every revised figure, newest first',
    columns: ['Revised on', 'Figures', 'Period', 'What changed', 'Why'],
    rows: rows.map((r) => ({ date: r.date, title: r.title, page: r.page, what: r.label, cells: [r.change, r.why ?? 'Not given'] })),
    empty: 'No published figure has been revised.',
  };
}

export function changeLogTable(rows: readonly ChangeLogRow[]): LogTableProps {
  return {
    captionId: 'changes-caption',
    caption: 'What we changed, and why, newest first',
    columns: ['Date', 'Data', 'What', 'Why'],
    rows: rows.map((r) => ({ date: r.date, title: r.title, page: r.page, what: r.what, cells: [r.why] })),
    empty: 'Nothing has been taken out.',
  };
}
