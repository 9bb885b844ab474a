/**
 * Reading dates typed by people: plain TypeScript with no dependencies, so the
 * same code runs in the data checks and in the browser (the timeline calculator).
 */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Whether a day exists in a month (29 February only in leap years). */
export function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads a date as `YYYY-MM-DD` or UK `DD/MM/YYYY`; returns `YYYY-MM-DD`. */
export function parseDate(raw: string): { ok: true; date: string } | { ok: false; reason: string } {
  const text = raw.trim();
  let match: RegExpMatchArray | null;
  let year: number;
  let month: number;
  let day: number;
  if ((match = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/))) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    return { ok: false, reason: 'it is not in a form we recognise' };
  }
  if (!validDay(year, month, day)) return { ok: false, reason: `"${text}" is not a real date` };
  return { ok: true, date: `${year}-${pad(month)}-${pad(day)}` };
}
