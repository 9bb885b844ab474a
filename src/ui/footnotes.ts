/**
 * Footnotes are data with ids: a view model lists them once, the figure
 * draws them (ui/Footnotes.astro) and table cells point at them by id, so
 * numbering can never drift between the list and the cells.
 */
export interface Footnote {
  /** Stable within a figure, e.g. `suppression` or `month-2026-03`. */
  id: string;
  text: string;
}

/** The number a footnote is shown with (1-based), by id. */
export function footnoteNumbers(notes: readonly Footnote[]): Map<string, number> {
  return new Map(notes.map((n, i) => [n.id, i + 1]));
}

/** The anchor of a figure's numbered footnote, e.g. `ehcp-note-5`. */
export function footnoteAnchor(figureId: string, n: number): string {
  return `${figureId}-note-${n}`;
}

/**
 * The note every figure made from counts carries: small numbers are withheld.
 * `percentages`: the figure also gives percentages made from the counts, which
 * are withheld with them.
 */
export function suppressionFootnote(threshold: number, percentages = true): Footnote {
  const shown = `from 1 to ${threshold - 1} are shown as “fewer than ${threshold}”`;
  return {
    id: 'suppression',
    text: percentages ? `Counts ${shown}, and a percentage made from them is not shown, so that no child can be identified.` : `Numbers ${shown}, so that no child can be identified.`,
  };
}

/** The note every figure with percentages carries: they are worked out, never typed. */
export const DERIVED_FOOTNOTE: Footnote = { id: 'derived', text: 'Percentages are worked out from the counts when the site is built; nobody types them in.' };
