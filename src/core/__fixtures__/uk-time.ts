/**
 * Instants for date tests, written as a clock in England shows them, so a
 * test can stand just before or after midnight, a month or year end, 29
 * February, or the clock changes (last Sunday of March and of October).
 */
const OFFSET = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' });

/** Minutes England is ahead of UTC at an instant: 0 (GMT) or 60 (BST). */
function ukOffsetMinutes(instant: Date): number {
  const name = OFFSET.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = name.match(/GMT([+-])(\d+)/);
  return m ? (m[1] === '-' ? -1 : 1) * Number(m[2]) * 60 : 0;
}

/** `ukTime('2027-03-28 00:30')`: that wall-clock time in England, as an instant. */
export function ukTime(wall: string): Date {
  const [date, time = '12:00'] = wall.split(' ');
  const guess = new Date(`${date}T${time}:00Z`);
  const first = new Date(guess.getTime() - ukOffsetMinutes(guess) * 60_000);
  return new Date(guess.getTime() - ukOffsetMinutes(first) * 60_000);
}

/**
 * The turning points every date-dependent sentence or check is tried at:
 * each as [label, instant]. Days given as `YYYY-MM-DD` are around noon.
 */
export const TURNING_POINTS = {
  /** The last minute of a month in summer time: in UTC it is still the day before. */
  lastMinuteOfJune: ukTime('2027-06-30 23:59'),
  firstMinuteOfJuly: ukTime('2027-07-01 00:30'),
  lastMinuteOfYear: ukTime('2027-12-31 23:59'),
  firstMinuteOfYear: ukTime('2028-01-01 00:00'),
  leapDay: ukTime('2028-02-29 12:00'),
  dayAfterLeapDay: ukTime('2028-03-01 00:00'),
  /** Clocks go forward at 1am on Sunday 28 March 2027, and back at 2am on Sunday 31 October 2027. */
  springForwardNight: ukTime('2027-03-29 00:30'),
  fallBackNight: ukTime('2027-10-31 00:30'),
  nightAfterFallBack: ukTime('2027-11-01 00:30'),
} as const;
