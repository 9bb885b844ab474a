/**
 * The two files of the indicator suite, as zod row schemas:
 * `data/indicators/indicators.csv` (one row per measure) and
 * `data/indicators/values.csv` (one row per measure per period).
 * Each field turns a cell into a typed value or says, in plain English, what was expected.
 */
import { z } from 'zod';
import { month, oneOf, optionalCount, optionalText, semicolonList, text } from '../core/fields';
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
const EXPECT_NUMBER = 'a number such as 14 or 21.5, with no units or % sign';

/** Why a cell that is not a number was refused, with a hint for the usual slips. */
function numberHint(cell: string): string {
  const lower = cell.toLowerCase();
  if (['c', 'low', 'u'].includes(lower)) return `${EXPECT_NUMBER}. Type the real figure: the site hides small numbers itself`;
  if (['x', 'z', 'n/a', 'na', '-'].includes(lower)) return `${EXPECT_NUMBER}. If there is no figure for this period, leave the cell empty and say why in the note column`;
  if (/%$/.test(cell)) return `${EXPECT_NUMBER}. Percentages are worked out from numerator and denominator, so leave value empty for a percentage`;
  return EXPECT_NUMBER;
}

/** A number (whole or with decimals), or blank for "not given". `1,234` is read as 1234. */
export const optionalNumber = z.string().transform((raw, ctx) => {
  const cell = raw.trim();
  if (cell === '') return undefined;
  const cleaned = cell.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) {
    ctx.addIssue({ code: 'custom', message: numberHint(cell) });
    return z.NEVER;
  }
  return Number(cleaned);
});

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
