/** When figures are due: the one home of the publishing-day arithmetic every dataset's schedule uses. */
import type { Month } from './dates';
import { addMonths } from './format';

/**
 * The day the figures for a period are due: the publishing day of the month
 * after the period ends. `2026-11`, 20 → `2026-12-20`; a quarter ending in
 * September, 20 → `YYYY-10-20`.
 */
export function dueDate(periodEnd: Month | string, publishDay: number): string {
  return `${addMonths(periodEnd, 1)}-${String(publishDay).padStart(2, '0')}`;
}
