/**
 * Named examples of the log table, as govuk-frontend keeps them for each
 * component: the render tests use them, and they show each way of using it.
 */
import type { LogTableProps } from './log-table';

export interface LogTableExample {
  name: string;
  props: LogTableProps;
}

export const LOG_TABLE_EXAMPLES: readonly LogTableExample[] = [
  {
    name: 'an empty log',
    props: { captionId: 'changes-caption', caption: 'What we changed', columns: ['Date', 'Data', 'What', 'Why'], rows: [], empty: 'Nothing has been taken out.' },
  },
  {
    name: 'two lines, one linked to its page and one with no page',
    props: {
      captionId: 'changes-caption',
      caption: 'What we changed, and why, newest first',
      columns: ['Date', 'Data', 'What', 'Why'],
      rows: [
        { date: '2026-10-14', title: 'Services', page: '/services/', what: 'riverside-play', cells: ['The service closed.'] },
        { date: '2026-09-02', title: 'data/old.csv', what: 'March 2026', cells: ['Published by mistake.'] },
      ],
      empty: 'Nothing has been taken out.',
    },
  },
  {
    name: 'a revision, with two cells after the row header',
    props: {
      captionId: 'revisions-caption',
      caption: 'Every revised figure, newest first',
      columns: ['Revised on', 'Figures', 'Period', 'What changed', 'Why'],
      rows: [{ date: '2026-11-05', title: 'EHCP figures', page: '/data/ehcp/', what: 'August 2026', cells: ['Plans issued changed from 95 to 97', 'Not given'] }],
      empty: 'No published figure has been revised.',
    },
  },
];
