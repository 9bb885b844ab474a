import { describe, expect, it } from 'vitest';
import { changeLogTable, revisionLogTable } from './log-tables';

describe('the logs as tables', () => {
  it('put a revision’s period as the row header, then what changed and why, saying when no reason was given', () => {
    const table = revisionLogTable([{ date: '2026-10-02', title: 'EHCP figures', page: '/data/x/', label: 'August 2026', change: 'Plans changed from 5 to 6', why: undefined }]);
    expect(table.columns).toHaveLength(3 + table.rows[0]!.cells.length);
    expect(table.rows[0]).toEqual({ date: '2026-10-02', title: 'EHCP figures', page: '/data/x/', what: 'August 2026', cells: ['Plans changed from 5 to 6', 'Not given'] });
  });

  it('put a change’s "what" as the row header and its reason after', () => {
    const table = changeLogTable([{ date: '2026-09-01', title: 'Services', page: undefined, file: 'data/services.csv', what: 'svc-1, svc-2', why: 'Closed' }]);
    expect(table.columns).toHaveLength(3 + table.rows[0]!.cells.length);
    expect(table.rows[0]).toEqual({ date: '2026-09-01', title: 'Services', page: undefined, what: 'svc-1, svc-2', cells: ['Closed'] });
  });
});
