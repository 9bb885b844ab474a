/**
 * Reading untrusted JSON from a directory feed without throwing: every helper
 * takes `unknown` and gives back a typed value or undefined, so a record with a
 * strange field is reported, never a crash halfway through an import.
 */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects in an array; anything else gives an empty list. */
export function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** Text with the whitespace trimmed; blank, null and non-text give undefined. Numbers become text (ids are often numbers). */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

/** A number, or a string that is only a number (CSV tables give every value as text). */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const t = str(value);
  if (t === undefined || !/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** true/false, also written as text ("true", "yes", "1") in CSV tables. */
export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const t = str(value)?.toLowerCase();
  if (t === undefined) return undefined;
  if (['true', 'yes', '1', 'y'].includes(t)) return true;
  if (['false', 'no', '0', 'n'].includes(t)) return false;
  return undefined;
}

/**
 * A field whatever the case of its name: some live ORUK feeds write
 * `totalelements` for `totalElements`.
 */
export function field(record: JsonObject, name: string): unknown {
  if (name in record) return record[name];
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

/** The first value that is not undefined. */
export function first<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}

/** `2021-01-13T12:48:54.730Z` or `2021-01-13` → `2021-01-13`; anything else undefined. */
export function datePart(value: unknown): string | undefined {
  const t = str(value);
  const match = t?.match(/^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/);
  return match?.[1];
}

/** Unique, in first-seen order. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
