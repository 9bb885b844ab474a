/**
 * Named examples of the dates panel, as govuk-frontend keeps them for each
 * component: the render tests use them, and they show each way of using it.
 */
import type { DateRow } from './dates-panel';

export interface DatesPanelExample {
  name: string;
  props: { rows: DateRow[] };
  /** Markup put in the panel's slot, after the rows. */
  extra?: string;
}

export const DATES_PANEL_EXAMPLES: readonly DatesPanelExample[] = [
  { name: 'last updated only', props: { rows: [{ term: 'Last updated', date: '2026-11-03' }] } },
  {
    name: 'last updated, and the next update with the month it covers',
    props: { rows: [{ term: 'Last updated', date: '2026-11-03' }, { term: 'Next update due', date: '2026-12-21', text: '(figures for November 2026)' }] },
  },
  {
    name: 'the latest review, and an estimate linked to where it is explained',
    props: {
      rows: [
        { term: 'Latest review', date: '2026-07-10' },
        { term: 'Last updated', date: '2026-07-14' },
        { term: 'Next review', link: { href: '#next-review', text: 'Around October 2026' }, text: '(an estimate)' },
      ],
    },
  },
  {
    name: 'words with no date, and an extra row in the slot',
    props: { rows: [{ term: 'Figures from', text: 'DfE, 2025' }, { term: 'Last updated', date: '2026-06-30' }] },
    extra: '<dt class="font-bold">Target</dt><dd class="m-0">At least 60%</dd>',
  },
];
