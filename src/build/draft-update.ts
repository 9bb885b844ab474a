/**
 * The month's "figures published" update, drafted from a data folder as read
 * (./data.ts): the newest month of the EHCP figures (or the one asked for),
 * its facts, and the other measures with a figure for a period that ends that
 * month. `npm run draft-update` writes it; the check page offers it once the
 * month's files pass. Browser-safe.
 */
import type { Month } from '../core/dates';
import { formatMonth } from '../core/format';
import { hasErrors } from '../core/problems';
import { draftUpdate, type Draft } from '../content/updates/draft';
import { dataProblems, factsFrom, type DataFiles } from './data';

export type DraftResult = { ok: true; draft: Draft; month: Month } | { ok: false; reason: string };

export function draftFromData(data: DataFiles, options: { today: Date; date: string; month?: Month | undefined }): DraftResult {
  const errors = dataProblems(data).filter((p) => p.severity === 'error');
  if (hasErrors(errors) || !data.site.value) {
    return { ok: false, reason: `The data has ${errors.length} error${errors.length === 1 ? '' : 's'}, so the update cannot be drafted yet. Run npm run check-data, fix them, then run this again.` };
  }
  const ehcp = data.datasets.ehcp?.value;
  const months = ehcp?.months.map((m) => m.month) ?? [];
  const file = ehcp?.files.timeliness ?? 'the EHCP figures';
  const newest = months.at(-1);
  if (!newest) return { ok: false, reason: `There are no EHCP figures in ${file} yet: add the month's row first.` };
  const month = options.month ?? newest;
  if (!months.includes(month)) {
    return { ok: false, reason: `There are no figures for ${formatMonth(month)} in ${file}. Add that month's row first (the newest month there is ${formatMonth(newest)}).` };
  }
  // The other measures with a figure for a period that ends this month are published with it.
  const suite = data.datasets.indicators?.value;
  const otherMeasures = (suite?.indicators ?? []).filter((i) => suite!.values.some((v) => v.indicator_id === i.id && v.period.end === month)).map((i) => i.title);
  const draft = draftUpdate({ month, date: options.date, facts: factsFrom(data.site.value, data.datasets, options.today), otherMeasures });
  return { ok: true, draft, month };
}
