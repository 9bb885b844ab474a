/**
 * The words of the GOV.UK form patterns (the error summary and the error
 * beside a field), in English. Part of the English dictionary
 * (`strings.forms`), kept in its own file with no imports so browser scripts
 * can load it alone.
 */
export const formsClient = {
  /** The error summary's heading. */
  errorSummaryTitle: 'There is a problem',
  /** Before each error beside a field (read by screen readers), and before the page title while errors show. */
  errorPrefix: 'Error',
} as const;
