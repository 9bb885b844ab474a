/**
 * The GOV.UK error summary pattern, shared by every form on the site (the
 * directory, the timeline calculator, the staff check page): what one line of
 * the summary is, and the words around it (src/config/strings/en-forms.ts).
 * Browser-safe, so the component, its browser helper and the tests read the
 * same definitions.
 */
import { formsClient } from '../../config/strings/en-forms';

/** One line of the summary: a message, linked to the field it is about when there is one. */
export interface SummaryItem {
  /** The message, in the same words as the error beside the field. */
  text: string;
  /** `#field-id`: the first box to fix. Left out for a problem no field can fix (a row of a file). */
  href?: string | undefined;
  /** Bold words before the message, such as where in a file the problem is. */
  lead?: string | undefined;
}

/** The summary's fixed words (GOV.UK's own). */
export const ERROR_SUMMARY_WORDS = { title: formsClient.errorSummaryTitle, prefix: formsClient.errorPrefix } as const;

/** The page title while errors are shown: "Error: Find a service – …", as GOV.UK does. */
export function errorTitle(title: string, hasErrors: boolean): string {
  const base = title.startsWith(`${ERROR_SUMMARY_WORDS.prefix}: `) ? title.slice(ERROR_SUMMARY_WORDS.prefix.length + 2) : title;
  return hasErrors ? `${ERROR_SUMMARY_WORDS.prefix}: ${base}` : base;
}

/** The `aria-describedby` of a field with its error message added (first, so it is read before the hint) or taken away. */
export function describedBy(current: string | null, errorId: string, hasError: boolean): string {
  const others = (current ?? '').split(/\s+/).filter((id) => id !== '' && id !== errorId);
  return (hasError ? [errorId, ...others] : others).join(' ');
}
