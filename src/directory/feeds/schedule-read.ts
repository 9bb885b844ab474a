/**
 * Reading opening rules from a feed: HSDS 3.0 `schedules` (`byday: "MO,TU"`,
 * `1WE` for the first Wednesday, `bymonthday`) and ORUK 1.0 / Outpost
 * `regular_schedules` (one row per `weekday`, written as a name, a two-letter
 * code or a number).
 */
import { WEEKDAYS, type FeedSchedule, type Weekday } from './feed-service';
import { datePart, num, str, type JsonObject } from './json';

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** `Monday`, `mon`, `MO`, `1` (ISO: Monday is 1, Sunday 7 or 0) → `MO`. */
export function weekday(raw: unknown): Weekday | undefined {
  const n = num(raw);
  if (n !== undefined) return Number.isInteger(n) && n >= 0 && n <= 7 ? WEEKDAYS[(n + 6) % 7] : undefined;
  const t = str(raw)?.toLowerCase();
  if (t === undefined || t.length < 2) return undefined;
  const index = DAY_NAMES.findIndex((d) => d.startsWith(t) || d.slice(0, 2) === t);
  return index === -1 ? undefined : WEEKDAYS[index];
}

/** `MO,1WE,-1FR` → days with their ordinals; parts that are not days are dropped. */
export function byday(raw: unknown): FeedSchedule['days'] {
  const t = str(raw);
  if (t === undefined) return [];
  return t.split(/[,\s]+/).flatMap((part) => {
    const match = part.trim().toUpperCase().match(/^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/);
    if (!match) return [];
    const nth = match[1] === undefined ? undefined : Number(match[1]);
    return [{ day: match[2] as Weekday, ...(nth === undefined ? {} : { nth }) }];
  });
}

function monthDays(raw: unknown): number[] {
  const t = str(raw);
  if (t === undefined) return [];
  return t.split(/[,\s]+/).map(Number).filter((n) => Number.isInteger(n) && n >= 1 && n <= 31);
}

/** `10:00:00` → `10:00`; anything that is not a time of day gives undefined. */
export function timeOfDay(raw: unknown): string | undefined {
  const match = str(raw)?.match(/^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/);
  if (!match) return undefined;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h <= 24 && m < 60 ? `${String(h).padStart(2, '0')}:${match[2]}` : undefined;
}

/** One schedule record in any of the layouts; none if it says nothing at all. */
export function readWeekdaySchedule(r: JsonObject): FeedSchedule[] {
  const single = weekday(r['weekday']);
  const days = single === undefined ? byday(r['byday']) : [{ day: single }];
  const freqText = str(r['freq'])?.toUpperCase();
  const schedule: FeedSchedule = {
    days,
    opensAt: timeOfDay(r['opens_at']),
    closesAt: timeOfDay(r['closes_at']),
    freq: freqText === 'WEEKLY' || freqText === 'MONTHLY' ? freqText : undefined,
    interval: num(r['interval']),
    monthDays: monthDays(r['bymonthday']),
    description: str(r['description']),
    notes: str(r['notes']),
    validTo: datePart(r['valid_to']),
  };
  const saysSomething = days.length > 0 || schedule.monthDays.length > 0 || schedule.description !== undefined || schedule.notes !== undefined;
  return saysSomething ? [schedule] : [];
}
