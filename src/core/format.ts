/** Formatting for people: en-GB dates, months and numbers. */
import { isoDay, type Month } from './dates';

const monthLong = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthNameOnly = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const dayLong = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('en-GB');

function monthDate(month: Month | string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, 1));
}

/** `2026-10` → "October 2026". */
export function formatMonth(month: Month | string): string {
  return monthLong.format(monthDate(month));
}

/** `2026-10` → "October". */
export function formatMonthName(month: Month | string): string {
  return monthNameOnly.format(monthDate(month));
}

// A build prints the same few dates thousands of times (every footer, each service's "last checked"),
// and Intl formatting is slow next to a lookup.
const formattedDays = new Map<string, string>();

/** `2026-10-31` (or a Date: the day it is in the UK) → "31 October 2026". */
export function formatDate(date: string | Date): string {
  const day = typeof date === 'string' ? date.slice(0, 10) : isoDay(date);
  let text = formattedDays.get(day);
  if (text === undefined) {
    text = dayLong.format(new Date(`${day}T00:00:00Z`));
    formattedDays.set(day, text);
  }
  return text;
}

/** 1 → "1st", 22 → "22nd", 113 → "113th": a place or a day of the month in words. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const AND_LIST = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** ["large print", "easy read", "braille"] → "large print, easy read and braille" (no comma before "and", as British English writes it); [] → "". */
export function listInWords(items: readonly string[]): string {
  return AND_LIST.format(items);
}

/** 1234 → "1,234". */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** 1 → "1 service", 1234 → "1,234 services": a count with the word that goes with it. */
export function formatCount(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** 63.7 → "64%" (whole numbers for reading). */
export function formatPercent(pct: number): string {
  return `${Math.round(pct)}%`;
}

/** 63.74 → "63.7%" (one decimal place for tables, as DfE publishes). */
export function formatPercent1(pct: number): string {
  return `${pct.toFixed(1)}%`;
}

/** The month before, e.g. `2026-01` → `2025-12`. */
export function previousMonth(month: Month | string): Month {
  const d = monthDate(month);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}` as Month;
}

/** `months` months later (negative for earlier). */
export function addMonths(month: Month | string, months: number): Month {
  const d = monthDate(month);
  d.setUTCMonth(d.getUTCMonth() + months);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}` as Month;
}

/** Rounds to one decimal place, so derived figures print the same everywhere. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Dates, months and numbers in one language, for translated pages (`localeFormat('ur')`). */
export interface LocaleFormat {
  /** `2026-10-31` → "31 października 2026" (Polish). */
  date(date: string | Date): string;
  /** `2026-10` → "październik 2026" (Polish). */
  month(month: Month | string): string;
  /** 1234 → "1234" (Polish), "1,234" (Urdu). */
  number(n: number): string;
  /** 63.7 → "64%" (whole numbers for reading). */
  percent(pct: number): string;
}

const localeFormats = new Map<string, LocaleFormat>();

/**
 * Formatting through Intl with an explicit locale and the UK's time zone, so a
 * date is the day it was in England whatever the server's zone. Digits are
 * always Western (0–9, numbering system `latn`) in every language, Urdu and
 * Arabic included: they match the phone numbers, postcodes and dates on letters
 * families get, and do not change with the browser's or server's language data.
 * (docs/translations.md explains the choice.) The English functions above keep
 * their own formatters, so English pages are unchanged.
 */
export function localeFormat(locale: string): LocaleFormat {
  const cached = localeFormats.get(locale);
  if (cached) return cached;
  const common = { timeZone: 'Europe/London', numberingSystem: 'latn' } as const;
  const day = new Intl.DateTimeFormat(locale, { ...common, day: 'numeric', month: 'long', year: 'numeric' });
  const month = new Intl.DateTimeFormat(locale, { ...common, month: 'long', year: 'numeric' });
  const number = new Intl.NumberFormat(locale, { numberingSystem: 'latn' });
  const percent = new Intl.NumberFormat(locale, { numberingSystem: 'latn', style: 'percent', maximumFractionDigits: 0 });
  // Midday UTC is the same calendar day in London in winter and in summer.
  const midday = (ymd: string) => new Date(`${ymd.slice(0, 10)}T12:00:00Z`);
  const format: LocaleFormat = {
    date: (d) => day.format(typeof d === 'string' ? midday(d) : d),
    month: (m) => month.format(midday(`${m}-15`)),
    number: (n) => number.format(n),
    percent: (pct) => percent.format(Math.round(pct) / 100),
  };
  localeFormats.set(locale, format);
  return format;
}
