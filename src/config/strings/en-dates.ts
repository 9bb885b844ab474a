/**
 * The words of the dates panel on figures pages, in English. Part of the
 * English dictionary (`strings.footer.lastUpdated`), kept in its own file with
 * no imports so the features' view code (which the check page runs in the
 * browser) can load it alone.
 */
export const datesWords = {
  lastUpdated: 'Last updated',
  nextUpdateDue: 'Next update due',
  /** After the next update's date: "(figures for November 2026)". */
  figuresFor: (period: string) => `(figures for ${period})`,
  /** After that, when the update is late. */
  late: 'This update is late.',
} as const;
