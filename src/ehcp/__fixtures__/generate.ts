/** Many months of valid EHCP figures, for load tests and benchmarks (`npm run fixtures -- --ehcp-months N`). */
import { allColumns, toCsv, type ColumnOf } from '../../core/csv';
import { addMonths } from '../../core/format';
import { random } from '../../core/__fixtures__/random';
import { EHCP_TIMELINESS_COLUMNS } from '../read';

/** The last month of generated EHCP figures: fixed, so the files are the same every day. */
const LAST_MONTH = '2026-10';

/** `count` months of EHCP figures ending in LAST_MONTH, improving slowly with seasonal dips. */
export function generateEhcpCsv(count: number, seed: number): string {
  const rand = random(seed);
  const rows = Array.from({ length: count }, (_, i): Record<ColumnOf<typeof EHCP_TIMELINESS_COLUMNS>, string | number> => {
    const month = addMonths(LAST_MONTH, i - count + 1);
    const season = month.endsWith('-08') ? 0.55 : month.endsWith('-12') ? 0.8 : 1;
    const den = Math.max(5, Math.round((60 + i * 0.4) * season + (rand() - 0.5) * 16));
    const within = Math.min(den, Math.round(den * (0.35 + (0.3 * i) / count + (rand() - 0.5) * 0.1)));
    const exceptions = Math.floor(rand() * 6);
    return {
      month,
      plans_issued_den: den,
      plans_issued_within_20_weeks: within,
      plans_issued_den_ex: den - exceptions,
      plans_issued_20_weeks_ex: Math.min(den - exceptions, within),
      requests_received: Math.round(den * (1.2 + rand() * 0.3)),
      note: '',
    };
  });
  return toCsv(allColumns(EHCP_TIMELINESS_COLUMNS), rows);
}
