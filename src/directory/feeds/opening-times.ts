/**
 * Opening times in plain English from a feed's schedules, in the style of the
 * hand-written directory: "Monday to Friday 9am to 5pm, Saturday 10am to 12 noon".
 */
import { listInWords } from '../../core/format';
import { WEEKDAYS, type FeedSchedule, type Weekday } from './feed-service';
import { unique } from './json';

const DAY_LABEL: Record<Weekday, string> = {
  MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday',
};
const ORDINAL = ['', 'first', 'second', 'third', 'fourth', 'fifth'];

/** `09:30` → `9.30am`, `12:00` → `12 noon`, `17:00` → `5pm`, `00:00` → `midnight`. */
export function clockText(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  if ((h === 0 || h === 24) && m === 0) return 'midnight';
  if (h === 12 && m === 0) return '12 noon';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const minutes = m === 0 ? '' : `.${String(m).padStart(2, '0')}`;
  return `${hour12}${minutes}${h < 12 ? 'am' : 'pm'}`;
}

function timesText(s: Pick<FeedSchedule, 'opensAt' | 'closesAt'>): string {
  if (s.opensAt && s.closesAt) return `${clockText(s.opensAt)} to ${clockText(s.closesAt)}`;
  if (s.opensAt) return `from ${clockText(s.opensAt)}`;
  if (s.closesAt) return `until ${clockText(s.closesAt)}`;
  return '';
}


/** MO, TU, WE, FR → "Monday to Wednesday and Friday"; all seven → "every day". */
export function daysText(days: readonly Weekday[]): string {
  const indexes = unique(days.map((d) => WEEKDAYS.indexOf(d))).sort((a, b) => a - b);
  if (indexes.length === 7) return 'every day';
  const tokens: string[] = [];
  for (let i = 0; i < indexes.length; ) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j]! + 1) j++;
    const run = indexes.slice(i, j + 1).map((n) => DAY_LABEL[WEEKDAYS[n]!]);
    tokens.push(...(run.length >= 3 ? [`${run[0]} to ${run[run.length - 1]}`] : run));
    i = j + 1;
  }
  return listInWords(tokens);
}

function nthText(n: number): string {
  if (n === -1) return 'last';
  return ORDINAL[n] ?? `${n}th`;
}

function dayOfMonthText(n: number): string {
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function joinPhrase(...parts: string[]): string {
  return parts.filter((p) => p !== '').join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A rule that is not simply "these weekdays": monthly, every other week. */
function otherRuleText(s: FeedSchedule): string {
  const times = timesText(s);
  const ordinal = s.days.filter((d) => d.nth !== undefined);
  if (ordinal.length > 0) {
    const byDay = WEEKDAYS.filter((w) => ordinal.some((d) => d.day === w)).map((w) => {
      const nths = ordinal.filter((d) => d.day === w).map((d) => nthText(d.nth!));
      return `${listInWords(nths)} ${DAY_LABEL[w]}`;
    });
    return joinPhrase(`${listInWords(byDay)} of the month`, times);
  }
  if (s.monthDays.length > 0) return joinPhrase(`the ${listInWords(s.monthDays.map(dayOfMonthText))} of each month`, times);
  const every = s.freq === 'MONTHLY' ? `every ${s.interval && s.interval > 1 ? `${s.interval} months` : 'month'}` : `every ${s.interval} weeks`;
  return joinPhrase(`${every} on ${daysText(s.days.map((d) => d.day))}`, times);
}

function isPlainWeekly(s: FeedSchedule): boolean {
  return s.days.length > 0 && s.days.every((d) => d.nth === undefined) && s.monthDays.length === 0 && s.freq !== 'MONTHLY' && (s.interval ?? 1) <= 1;
}

/**
 * The opening times, or undefined if the schedules say nothing. Weekly rules
 * with the same hours are grouped; the feed's own descriptions and notes
 * follow, as they often hold the exceptions ("closed on bank holidays").
 */
export function openingTimes(schedules: readonly FeedSchedule[], today: string): string | undefined {
  const current = schedules.filter((s) => s.validTo === undefined || s.validTo >= today);
  const groups = new Map<string, { days: Weekday[]; times: string }>();
  for (const s of current.filter(isPlainWeekly)) {
    const times = timesText(s);
    const group = groups.get(times) ?? { days: [], times };
    group.days.push(...s.days.map((d) => d.day));
    groups.set(times, group);
  }
  const weekly = [...groups.values()]
    .sort((a, b) => Math.min(...a.days.map((d) => WEEKDAYS.indexOf(d))) - Math.min(...b.days.map((d) => WEEKDAYS.indexOf(d))))
    .map((g) => joinPhrase(daysText(g.days), g.times));
  const other = current.filter((s) => !isPlainWeekly(s) && (s.days.length > 0 || s.monthDays.length > 0)).map(otherRuleText);
  const rules = unique([...weekly, ...other]);
  const words = unique(current.flatMap((s) => [s.description, s.notes]).filter((t): t is string => t !== undefined));
  const parts = [...(rules.length > 0 ? [capitalise(rules.join(', '))] : []), ...words];
  if (parts.length <= 1) return parts[0];
  return `${parts.map((p) => p.replace(/\.\s*$/, '')).join('. ')}.`;
}
