/**
 * The two files of the indicator suite, as zod row schemas:
 * `data/indicators/indicators.csv` (one row per measure) and
 * `data/indicators/values.csv` (one row per measure per period).
 * Each field turns a cell into a typed value or says, in plain English, what was expected.
 */
import { z } from 'zod';
import { cellType, month, oneOf, optionalCount, optionalText, semicolonList, text, type CellResult } from '../core/fields';
import { isDataSymbol } from '../core/symbols';
import { FREQUENCIES, parsePeriod, PERIOD_EXAMPLE } from './period';

export const MEASURES = ['percentage', 'count', 'average'] as const;
export type Measure = (typeof MEASURES)[number];

export const BETTER = ['higher', 'lower', 'neither'] as const;
export type Better = (typeof BETTER)[number];

/** Ids that would clash with pages that already live under /data/. */
export const RESERVED_IDS = ['ehcp-timeliness', 'compare'] as const;

export const INDICATORS_COLUMNS = {
  required: ['id', 'title', 'description', 'measure', 'unit', 'frequency', 'better', 'source'],
  optional: ['target', 'target_by', 'plan_areas'],
} as const;

export const VALUES_COLUMNS = {
  required: ['indicator_id', 'period'],
  optional: ['numerator', 'denominator', 'value', 'note'],
} as const;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Why a cell is not a number, for the usual slips: a symbol typed by hand, or a percentage. */
function notANumber(cell: string): string | undefined {
  const lower = cell.toLowerCase();
  if (['c', 'low', 'u'].includes(lower)) return `"${cell}" is a symbol: type the real figure, and the site hides small numbers itself`;
  if (isDataSymbol(cell) || ['n/a', 'na', '-'].includes(lower)) return `"${cell}" is not a figure: if there is none for this period, leave the cell empty and say why in the note column`;
  if (/%$/.test(cell)) return 'a percentage is worked out from numerator and denominator, so leave value empty for one';
  return undefined;
}

/** A number (whole or with decimals): `14`, `21.5`, `1,234`. */
const numberType = cellType('a number such as 14 or 21.5, with no units or % sign', (raw): CellResult<number> => {
  const cleaned = raw.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? { ok: true, value: Number(cleaned) } : { ok: false, reason: notANumber(raw.trim()) };
});
export const optionalNumber = numberType.optional;

export const indicatorSchema = z.object({
  /** Short name in lower case with hyphens; also the page address /data/<id>/. */
  id: z.string().transform((raw, ctx) => {
    const cell = raw.trim();
    if (!SLUG.test(cell)) {
      ctx.addIssue({ code: 'custom', message: 'a short id in lower case with hyphens and no spaces, such as annual-reviews-on-time' });
      return z.NEVER;
    }
    return cell;
  }),
  /** What is measured, in plain English: the card and page heading. */
  title: text.transform((t) => t.trim()),
  /** What the measure means for a family: "what this measures". */
  description: text.transform((t) => t.trim()),
  /** `percentage` (worked out from numerator and denominator), `count` or `average`. */
  measure: oneOf(MEASURES),
  /** What the figure counts in: `%`, `weeks`, `appeals`. */
  unit: text.transform((t) => t.trim()),
  /** How often there is a new figure: `monthly`, `quarterly` or `annual`. */
  frequency: oneOf(FREQUENCIES),
  /** Whether a higher figure is better, a lower one is, or neither (a measure of demand). */
  better: oneOf(BETTER),
  /** Where the figures come from, e.g. "Northbrook Council case records". */
  source: text.transform((t) => t.trim()),
  /** The figure the council aims for, in the indicator's unit. */
  target: optionalNumber.optional(),
  /** The month the target should be reached by, `YYYY-MM`. */
  target_by: z.string().transform((raw, ctx) => {
    if (raw.trim() === '') return undefined;
    const parsed = month.safeParse(raw);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `${parsed.error.issues[0]?.message ?? 'a month'}, or an empty cell` });
      return z.NEVER;
    }
    return parsed.data;
  }).optional(),
  /** Improvement-plan areas this measures, by `area_id`, separated by `;`. */
  plan_areas: semicolonList.optional().transform((list) => list ?? []),
});

export type Indicator = z.output<typeof indicatorSchema>;

export const valueSchema = z.object({
  /** The `id` of the indicator in indicators.csv. */
  indicator_id: text.transform((t) => t.trim()),
  /** The period the figure is for: `2026-10`, `2026-Q3` or `2026`. */
  period: z.string().transform((raw, ctx) => {
    const result = parsePeriod(raw);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: `${PERIOD_EXAMPLE.month}, ${PERIOD_EXAMPLE.quarter} or ${PERIOD_EXAMPLE.year}, but ${result.reason}` });
      return z.NEVER;
    }
    return result.period;
  }),
  /** Percentages: how many met the measure (e.g. decisions within 6 weeks). */
  numerator: optionalCount.optional(),
  /** Percentages: how many there were in all. */
  denominator: optionalCount.optional(),
  /** Counts and averages: the figure itself. */
  value: optionalNumber.optional(),
  /** A footnote shown with this period. */
  note: optionalText.optional(),
});

export type IndicatorValue = z.output<typeof valueSchema>;
