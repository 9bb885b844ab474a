/**
 * Named examples of the error summary, as govuk-frontend keeps them for each
 * component (`error-summary.yaml`): the render tests use them, and they show
 * what each way of using the component looks like.
 */
import type { SummaryItem } from './error-summary';

export interface ErrorSummaryExample {
  name: string;
  props: { id: string; errors?: SummaryItem[]; level?: 2 | 3; title?: string };
  /** Text put in the summary's slot, before the list. */
  intro?: string;
}

export const ERROR_SUMMARY_EXAMPLES: readonly ErrorSummaryExample[] = [
  { name: 'empty, for a page script to fill', props: { id: 'timeline-errors' } },
  {
    name: 'one error linked to its field',
    props: { id: 'directory-errors', errors: [{ text: 'Enter a postcode such as NB3 4XY, or just the first part, such as NB3', href: '#near' }] },
  },
  {
    name: 'two errors, in the order of the fields',
    props: {
      id: 'directory-errors',
      errors: [
        { text: 'Enter your child’s age as a number from 0 to 25', href: '#age' },
        { text: 'We do not have XX9 on our map', href: '#near' },
      ],
    },
  },
  {
    name: 'inside a section, with a count and problems no field can fix',
    props: {
      id: 'problem-summary',
      level: 3,
      errors: [{ lead: 'Error: services.csv, row 3, column "cost":', text: 'Found "freee". Expected one of free, free-for-some, paid, varies.' }],
    },
    intro: '1 error. Nothing would be published until the errors are fixed.',
  },
];
