/**
 * The rows of the panel of dates near the top of a figures page: when it was
 * last updated, when the next update is due, and the like. View models build
 * the rows; DatesPanel.astro lays them out. Examples: ./examples.ts.
 */
import { datesWords } from '../../config/strings/en-dates';

/** One line of the panel: a term, and a date, a link or words (or a date or link with words after it). */
export interface DateRow {
  term: string;
  /** `YYYY-MM-DD`, shown as a <time>. */
  date?: string;
  link?: { href: string; text: string };
  /** Words after the date or link, or on their own. */
  text?: string;
}

/** "Last updated", from the date the page's data last changed. */
export function lastUpdatedRow(date: string): DateRow {
  return { term: datesWords.lastUpdated, date };
}

/** "Next update due", with the period its figures will cover, and saying so when it is late. */
export function nextUpdateRow(date: string, period: string, late = false): DateRow {
  return { term: datesWords.nextUpdateDue, date, text: `${datesWords.figuresFor(period)}${late ? `. ${datesWords.late}` : ''}` };
}
