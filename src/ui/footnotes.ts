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
